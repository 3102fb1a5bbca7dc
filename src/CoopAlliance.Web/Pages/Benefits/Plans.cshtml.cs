using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>Every group plan with its carrier, its current or next plan year and whether open enrollment is open now.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class PlansModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<PlanDto> Plans { get; private set; } = [];
    public bool HasCarriers { get; private set; }

    public async Task OnGetAsync()
    {
        Plans = await Mediator.Send(new ListPlans(), HttpContext.RequestAborted);
        HasCarriers = Plans.Count > 0 || (await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted)).Count > 0;
    }

    /// <summary>The year shown for a plan: the one whose window is open, else the latest (years come latest first).</summary>
    public static PlanYearDto? ShownYear(PlanDto plan) => plan.Years.FirstOrDefault(y => y.WindowOpen) ?? plan.Years.FirstOrDefault();
}
