using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>
/// Invoice runs: preview a period (what would be billed; nothing is written), start the run, and every run's log.
/// Starting a period already run is safe: the run resumes or reports what it did, never invoicing twice. A long run
/// is a background job (<see cref="StartInvoiceRun"/>) and its page follows it.
/// </summary>
public sealed class RunsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public InvoiceRunPreview? Preview { get; private set; }
    public IReadOnlyList<InvoiceRunDto> Runs { get; private set; } = [];
    public IReadOnlyList<MissedPeriod> Missed { get; private set; } = [];
    /// <summary>The period proposed in the form: the next one not invoiced yet, with the due date its run gives.</summary>
    public NextInvoiceRunDto? Next { get; private set; }

    public async Task OnGetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Period))
        {
            var (ok, preview) = await TrySendAsync(new PreviewInvoiceRun(Period.Trim(), Math.Max(1, PageNumber)), prefix: "");
            Preview = ok ? preview : null;
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var (ok, started) = await TrySendAsync(new StartInvoiceRun(Period?.Trim() ?? ""), prefix: "");
        if (ok && started.Run is null)
        {
            Flash($"The run for {started.PeriodKey} is queued; it starts as soon as a job server picks it up, and appears below.");
            return RedirectToPage("/Dues/Runs");
        }

        if (ok)
        {
            var (run, ended) = (started.Run!, started.Ended);
            Flash(ended
                ? $"The run for {run.PeriodKey}: {DuesWords.RunStatus(run.Status).ToLowerInvariant()}, {run.Created} invoices issued, {run.Skipped} already invoiced or not billed, {run.Errors} errors."
                : $"The run for {run.PeriodKey} is under way; this page follows its progress until it is done. You can leave it: the run goes on.");
            return RedirectToPage("/Dues/Run", new { id = run.Id });
        }

        await LoadAsync();
        return Page();
    }

    public string PreviewPageUrl(int page) => Url.Page("/Dues/Runs", new { period = Preview?.PeriodKey, pageNumber = page })!;

    private async Task LoadAsync()
    {
        Runs = await Mediator.Send(new ListInvoiceRuns(), HttpContext.RequestAborted);
        Missed = await Mediator.Send(new ListMissedPeriods(clock.Today), HttpContext.RequestAborted);
        Next = await Mediator.Send(new GetNextInvoiceRun(clock.Today), HttpContext.RequestAborted);
        Period ??= Next?.PeriodKey ?? clock.Today.ToString("yyyy-MM");
    }
}
