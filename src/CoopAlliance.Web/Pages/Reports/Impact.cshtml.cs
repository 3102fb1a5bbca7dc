using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Impact;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Reports;

/// <summary>
/// The impact report for staff: a year's figures (each linking to the list behind it), the narrative they write for the
/// PDF, the PDF and the CSV of each chart, and the monthly board reports sent.
/// </summary>
public sealed class ImpactModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public NarrativeInput Input { get; set; } = new();

    public ImpactFigures? Figures { get; private set; }
    public IReadOnlyList<StoredBoardReportDto> BoardReports { get; private set; } = [];
    public ImpactNarrativeDto? Narrative { get; private set; }
    public static readonly IReadOnlyList<string> Charts = ["members", "workers", "jobs", "assistance"];

    public sealed class NarrativeInput
    {
        public string Text { get; set; } = "";
        public int Version { get; set; }
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = new NarrativeInput { Text = Narrative!.Text, Version = Narrative.Version };
    }

    public async Task<IActionResult> OnPostNarrativeAsync()
    {
        Year ??= clock.Today.Year - 1;
        var (ok, _) = await TrySendAsync(new SaveImpactNarrative(Year.Value, Input.Text ?? "", Input.Version));
        if (ok)
        {
            Flash("The narrative is saved; it opens the year's PDF.");
            return RedirectToPage(new { year = Year });
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        var file = await Mediator.Send(new DownloadImpactReport(Year ?? clock.Today.Year - 1), HttpContext.RequestAborted);
        return File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnGetChartAsync(string chart)
    {
        var csv = await Mediator.Send(new GetImpactChartCsv(Year ?? clock.Today.Year - 1, chart), HttpContext.RequestAborted);
        return File(System.Text.Encoding.UTF8.GetBytes(csv.Content), "text/csv", csv.FileName);
    }

    public async Task<IActionResult> OnGetBoardPdfAsync(string month)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", out var first))
        {
            return NotFound();
        }

        var file = await Mediator.Send(new DownloadBoardReport(first.Year, first.Month), HttpContext.RequestAborted);
        return File(file.Content, "application/pdf", file.FileName);
    }

    private async Task LoadAsync()
    {
        Year ??= clock.Today.Year - 1;
        var (ok, figures) = await TrySendAsync(new GetImpactFigures(Year.Value), "");
        Figures = ok ? figures : null;
        Narrative = await Mediator.Send(new GetImpactNarrative(Year.Value), HttpContext.RequestAborted);
        BoardReports = await Mediator.Send(new ListBoardReports(), HttpContext.RequestAborted);
    }
}
