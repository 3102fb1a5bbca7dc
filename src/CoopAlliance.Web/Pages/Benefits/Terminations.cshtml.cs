using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Web.Pages.Shared;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>Every coverage end the daily round found and that has not taken effect: staff see each one, and can stop one found in error.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class TerminationsModel(IMediator mediator) : AppPageModel(mediator)
{
    public IReadOnlyList<PendingTerminationDto> Pending { get; private set; } = [];

    /// <summary>The "are you sure?" step, shown instead of the list's buttons once staff ask to stop a termination.</summary>
    public ConfirmDecisionModel? Confirmation { get; private set; }

    public async Task OnGetAsync() => Pending = await Mediator.Send(new ListPendingTerminations(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCancelAsync(int id, bool confirmed)
    {
        if (!confirmed)
        {
            await OnGetAsync();
            var t = Pending.FirstOrDefault(p => p.Id == id);
            if (t is null)
            {
                Flash("That termination is no longer pending.");
                return RedirectToPage();
            }

            Confirmation = new ConfirmDecisionModel($"Keep {t.WorkerName} covered by {t.PlanName}?",
                [$"The end of coverage on {BenefitsWords.Day(t.LastCoveredDay)} ({t.ReasonName.ToLowerInvariant()}) is cancelled.",
                    "Coverage continues as a new election row; the next change file tells the carrier.",
                    "Do this only when the reason was an error: the daily round finds the termination again if it still applies."],
                "Yes, keep the coverage", Url.Page("/Benefits/Terminations")!, Url.Page("/Benefits/Terminations", "Cancel")!,
                [new("id", $"{id}"), new("confirmed", "true")])
            { Serious = true };
            return Page();
        }

        var (ok, _) = await TrySendAsync(new CancelCoverageTermination(id), "");
        if (ok)
        {
            Flash("The termination is cancelled; the worker stays covered.");
            return RedirectToPage();
        }

        await OnGetAsync();
        return Page();
    }
}
