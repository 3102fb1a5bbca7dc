using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>The benefits administrator's home: what waits (requests, life events, terminations) and where everything is.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public BenefitsOverviewDto Overview { get; private set; } = null!;

    public async Task OnGetAsync() => Overview = await Mediator.Send(new GetBenefitsOverview(), HttpContext.RequestAborted);
}
