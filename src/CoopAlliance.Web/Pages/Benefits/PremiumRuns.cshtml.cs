using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Web.Pages.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>
/// Premium runs: every month's run log, and starting a month's run (this month proposed). Starting a month already run is
/// safe: the run resumes or reports what it did, never billing a co-op twice (<see cref="RunPremiums"/>).
/// </summary>
// Pages/Benefits may also hold the reps' pages: this one is staff-only by itself, not by folder.
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class PremiumRunsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public IReadOnlyList<InvoiceRunDto> Runs { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostStartAsync()
    {
        var (ok, run) = await TrySendAsync(new RunPremiums(Period?.Trim() ?? ""), prefix: "");
        if (ok)
        {
            Flash($"Premiums for {run.PeriodKey}: {DuesWords.RunStatus(run.Status).ToLowerInvariant()}, {run.Created} invoices issued in all, " +
                  $"{run.Skipped} co-ops already billed or with no worker covered, {run.Errors} errors.");
            return RedirectToPage("/Benefits/PremiumRuns");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Runs = await Mediator.Send(new ListPremiumRuns(), HttpContext.RequestAborted);
        Period ??= clock.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }
}
