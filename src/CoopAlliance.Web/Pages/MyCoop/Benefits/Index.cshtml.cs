using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyCoop.Benefits;

/// <summary>A rep's benefits page: what the co-op has, who is enrolled or waived, who has not decided, and a form to enroll or waive each.</summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public ElectionInput Election { get; set; } = new();

    public CoopBenefitsDto Benefits { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostElectAsync()
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new MakeElection(coopId, Election.MemberId, Election.PlanYearId, Election.Choice, Election.DependentIds,
            Election.Choice == ElectionAction.Waive ? Election.WaiveReason : null, null), "Election");
        if (ok)
        {
            Flash(Election.Choice == ElectionAction.Enroll ? "Enrolled. The worker is emailed a confirmation." : "The waiver is recorded.");
            return RedirectToPage("/MyCoop/Benefits/Index", null, null, "workers");
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        if (RepCoop.IdOf(User) is not { } coopId)
        {
            return false;
        }

        Benefits = await Mediator.Send(new GetCoopBenefits(coopId));
        return true;
    }

    public sealed class ElectionInput
    {
        public int MemberId { get; set; }
        public int PlanYearId { get; set; }
        public ElectionAction Choice { get; set; } = ElectionAction.Enroll;
        public List<int> DependentIds { get; set; } = [];
        public WaiveReason? WaiveReason { get; set; }
    }
}
