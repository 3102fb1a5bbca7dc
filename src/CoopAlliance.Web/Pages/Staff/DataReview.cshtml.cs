using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.DataReview;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Staff;

/// <summary>The open follow-ups of the data review: co-ops whose records are incomplete.</summary>
public sealed class DataReviewModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<DataFindingItem> Findings { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync()
    {
        var all = await MatchingAsync();
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (int)Math.Ceiling(all.Count / (double)PageSize)));
        Findings = new PagedList<DataFindingItem>(all.Skip((page - 1) * PageSize).Take(PageSize).ToList(), all.Count, page, PageSize);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = new CsvBuilder().Row("Co-op id", "Co-op", "Missing", "First flagged on", "Last reviewed on");
        foreach (var f in await MatchingAsync())
        {
            csv.Row(f.CooperativeId, f.CoopName, f.MissingFields, f.FirstFlaggedOn, f.LastReviewedOn);
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "data-review.csv");
    }

    public async Task<IActionResult> OnPostRunAsync()
    {
        var (ok, result) = await TrySendAsync(new RunDataReview(clock.Today, Force: true), "");
        if (!ok)
        {
            await OnGetAsync();
            return Page();
        }

        Flash(Describe(result));
        return RedirectToPage("/Staff/DataReview");
    }

    public static string Describe(DataReviewResult r) =>
        $"The data review is done: {r.Reviewed} co-ops reviewed, {r.Flagged} with incomplete records, {r.Changed} follow-ups opened, updated or resolved.";

    public string ListUrl(int? page = null, string? handler = null) =>
        Url.Page("/Staff/DataReview", handler, new { q = string.IsNullOrWhiteSpace(Q) ? null : Q, pageNumber = page is null or 1 ? null : page })!;

    private async Task<List<DataFindingItem>> MatchingAsync()
    {
        var open = await Mediator.Send(new ListDataFindings(OpenOnly: true), HttpContext.RequestAborted);
        return string.IsNullOrWhiteSpace(Q)
            ? open.ToList()
            : open.Where(f => f.CoopName.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)
                              || f.MissingFields.Contains(Q.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
