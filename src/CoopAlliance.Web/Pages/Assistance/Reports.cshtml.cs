using System.Text;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Time;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Assistance;

/// <summary>The monthly activity reports (as emailed, or built now for any month) and the time-entries export.</summary>
public sealed class ReportsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public TimeEntryGrouping GroupBy { get; set; }

    public IReadOnlyList<AssistanceReportSummary> Reports { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync()
    {
        var today = Today;
        From ??= new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        To ??= new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        Month ??= From.Value.ToString("yyyy-MM");
        Reports = await Mediator.Send(new ListAssistanceReports(), HttpContext.RequestAborted);
    }

    /// <summary>A stored report, exactly as it was emailed.</summary>
    public async Task<IActionResult> OnGetStoredAsync(string month)
    {
        var pdf = await FindAsync(new GetStoredAssistanceReport(month));
        return pdf is null ? NotFound() : File(pdf.Data, "application/pdf", pdf.FileName);
    }

    /// <summary>The report for any month, built from today's data.</summary>
    public async Task<IActionResult> OnGetBuildAsync()
    {
        if (!DateOnly.TryParseExact((Month ?? "") + "-01", "yyyy-MM-dd", out var first))
        {
            ModelState.AddModelError(nameof(Month), "Choose a month.");
            await OnGetAsync();
            return Page();
        }

        var (ok, pdf) = await TrySendAsync(new BuildAssistanceReport(first.Year, first.Month), "");
        if (!ok)
        {
            await OnGetAsync();
            return Page();
        }

        return File(pdf.Data, "application/pdf", pdf.FileName);
    }

    public async Task<IActionResult> OnGetTimeAsync()
    {
        var (ok, csv) = await TrySendAsync(new ExportTimeEntries { From = From, To = To, GroupBy = GroupBy }, "");
        if (!ok)
        {
            await OnGetAsync();
            return Page();
        }

        var suffix = GroupBy == TimeEntryGrouping.None ? "" : "-by-" + GroupBy.ToString().ToLowerInvariant();
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", $"time-entries{suffix}.csv");
    }
}
