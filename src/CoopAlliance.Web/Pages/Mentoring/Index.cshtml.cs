using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>
/// The pipeline board: developing co-ops by stage, with their mentor and last session. The board shows the first
/// <see cref="PerStage"/> of each stage; "show all" opens one stage as a paged list. CSV exports every co-op the
/// filters find.
/// </summary>
public sealed class IndexModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int PerStage = 20;
    public const int PageSize = Paging.DefaultPageSize;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    /// <summary>One stage as a paged list; none: the board.</summary>
    [BindProperty(SupportsGet = true)] public DevelopmentStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public DevelopingCoopSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }

    /// <summary>The board: each stage's first co-ops and how many it has in all.</summary>
    public IReadOnlyList<(DevelopmentStage Stage, PagedList<DevelopingCoopListItem> Coops)> Board { get; private set; } = [];
    /// <summary>The chosen stage's page.</summary>
    public PagedList<DevelopingCoopListItem>? StageList { get; private set; }
    public int Total { get; private set; }
    /// <summary>Only co-ops whose latest offer was declined or expired (linked from the staff home).</summary>
    [BindProperty(SupportsGet = true)] public bool NeedsMatch { get; set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Region is not null || NeedsMatch;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (Stage is { } stage)
        {
            StageList = await Mediator.Send(Filter() with { Stage = stage, Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);
            if (StageList.Items.Count == 0 && StageList.Total > 0)
            {
                StageList = await Mediator.Send(Filter() with { Stage = stage, Page = StageList.PageCount, PageSize = PageSize }, ct);
            }

            Total = StageList.Total;
            return;
        }

        var board = new List<(DevelopmentStage, PagedList<DevelopingCoopListItem>)>();
        foreach (var s in Enum.GetValues<DevelopmentStage>())
        {
            board.Add((s, await Mediator.Send(Filter() with { Stage = s, PageSize = PerStage }, ct)));
        }

        Board = board;
        Total = board.Sum(b => b.Item2.Total);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = new CsvBuilder().Row("Id", "Name", "Kind", "Stage", "Stage since", "Sector", "Region", "Town", "Mentor", "Match status", "Last session");
        for (var page = 1; ; page++)
        {
            var list = await Mediator.Send(Filter() with { Stage = Stage, Page = page, PageSize = Paging.MaxPageSize }, HttpContext.RequestAborted);
            foreach (var c in list.Items)
            {
                csv.Row(c.Id, c.Name, c.Kind.Describe(), c.Stage.Describe(), clock.DateOf(c.StageChangedAt), c.Sector,
                    c.Region.Describe(), c.Town, c.MentorName, c.MatchStatus?.Describe(), c.LastSessionOn);
            }

            if (page >= list.PageCount)
            {
                break;
            }
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "developing-coops.csv");
    }

    private ListDevelopingCoops Filter() => new() { Q = Q, Region = Region, NeedsNewMatch = NeedsMatch, Sort = Sort, Descending = Desc };

    /// <summary>This board's address with the same filters, changing only what is given.</summary>
    public string ListUrl(DevelopmentStage? stage = null, int? page = null, string? handler = null, bool board = false,
        DevelopingCoopSort? sort = null, bool? desc = null) =>
        Url.Page("/Mentoring/Index", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            region = Region,
            needsMatch = NeedsMatch ? "true" : null,
            stage = board ? null : stage ?? Stage,
            sort = (sort ?? Sort) == DevelopingCoopSort.Stage ? (DevelopingCoopSort?)null : sort ?? Sort,
            desc = (desc ?? Desc) ? "true" : null,
            pageNumber = page is null or 1 ? null : page,
        })!;

    /// <summary>Sorts the stage's list by a column: names A to Z and the latest dates first; again reverses.</summary>
    public string SortUrl(DevelopingCoopSort column) =>
        ListUrl(sort: column, desc: Sort == column ? !Desc : column is DevelopingCoopSort.StageSince or DevelopingCoopSort.LastSession);

    public (string Label, SortKind Kind) SortShown => Sort switch
    {
        DevelopingCoopSort.Name => ("Developing co-op", SortKind.Text),
        DevelopingCoopSort.Region => ("Region", SortKind.Text),
        DevelopingCoopSort.StageSince => ("At this stage since", SortKind.Date),
        DevelopingCoopSort.LastSession => ("Last session", SortKind.Date),
        // One stage's list: by stage, then name, is by name.
        _ => ("Developing co-op", SortKind.Text),
    };

    public string? AriaSort(DevelopingCoopSort column) => Sort != column ? null : Desc ? "descending" : "ascending";
}
