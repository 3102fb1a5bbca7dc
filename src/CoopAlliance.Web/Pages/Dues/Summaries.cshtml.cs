using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Dues;

/// <summary>The treasurer's monthly summaries: the stored ones to download, and making one now.</summary>
public sealed class SummariesModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty] public string? Month { get; set; }

    public IReadOnlyList<DuesSummaryDto> Summaries { get; private set; } = [];

    /// <summary>The month just ended (the one the job summarises on the 1st), as 2027-01.</summary>
    public string LastMonth => clock.FirstOfThisMonth.AddDays(-1).ToString("yyyy-MM");

    public string LastMonthName => clock.FirstOfThisMonth.AddDays(-1).ToString("MMMM yyyy");

    /// <summary>Whether the job (or someone) has stored the month just ended; if not, its PDF is made on demand.</summary>
    public bool LastMonthStored => Summaries.Any(s => s.Month == LastMonth);

    public async Task OnGetAsync()
    {
        Month = clock.Today.AddMonths(-1).ToString("yyyy-MM");
        await LoadAsync();
    }

    public async Task<IActionResult> OnGetPdfAsync(string month)
    {
        var file = await FindAsync(new GetDuesSummaryPdf(month));
        return file is null ? NotFound() : File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, summary) = await TrySendAsync(new GenerateDuesSummary(Month?.Trim() ?? ""), prefix: "");
        if (ok)
        {
            Flash(summary.AlreadyExisted
                ? $"The summary for {summary.MonthName} was already stored; nothing was sent again."
                : $"The summary for {summary.MonthName} is stored and emailed to the treasurers.");
            return RedirectToPage("/Dues/Summaries");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Summaries = await Mediator.Send(new ListDuesSummaries(), HttpContext.RequestAborted);
}
