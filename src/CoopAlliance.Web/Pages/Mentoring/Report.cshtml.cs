using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>The monthly mentoring report: the figures of a month, its PDF, and the reports already sent.</summary>
public sealed class ReportModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    /// <summary>The month as yyyy-MM (an &lt;input type="month"&gt;).</summary>
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }

    public MentoringReportFigures? Figures { get; private set; }
    public IReadOnlyList<StoredReportDto> Stored { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Month ??= clock.Today.AddMonths(-1).ToString("yyyy-MM");
        Stored = await Mediator.Send(new ListMentoringReports(), HttpContext.RequestAborted);
        if (Parse(Month) is { } m)
        {
            var (ok, figures) = await TrySendAsync(new GetMentoringReportFigures(m.Year, m.Month), "");
            Figures = ok ? figures : null;
        }
        else
        {
            ModelState.AddModelError(nameof(Month), "Choose a month, e.g. 2026-10.");
        }
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        if (Parse(Month) is not { } m)
        {
            return NotFound();
        }

        var file = await Mediator.Send(new DownloadMentoringReport(m.Year, m.Month), HttpContext.RequestAborted);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private static DateOnly? Parse(string? month) =>
        month is not null && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out var d) ? d : null;
}
