using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Conversions;
using CoopAlliance.Domain.Conversions;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Conversions;

/// <summary>
/// The conversion pipeline: a board of businesses by stage (open stages; the closed ones counted), or one stage as a
/// paged list; search by business, owner, town or sector; CSV of everything the filters find.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PerStage = 20;
    public const int PageSize = Paging.DefaultPageSize;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>One stage as a paged list; none: the board.</summary>
    [BindProperty(SupportsGet = true)] public ConversionStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(ConversionStage Stage, PagedList<ConversionListItem> Items)> Board { get; private set; } = [];
    public PagedList<ConversionListItem>? StageList { get; private set; }
    public IReadOnlyDictionary<ConversionStage, int> Counts { get; private set; } = new Dictionary<ConversionStage, int>();
    public int Total { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Stage is not null;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Counts = await Mediator.Send(new CountConversionsByStage(Q), ct);
        if (Stage is { } stage)
        {
            StageList = await Mediator.Send(new ListConversions { Q = Q, Stage = stage, Sort = ConversionSort.Name, Page = Math.Max(1, PageNumber), PageSize = PageSize }, ct);
            if (StageList.Items.Count == 0 && StageList.Total > 0)
            {
                StageList = await Mediator.Send(new ListConversions { Q = Q, Stage = stage, Sort = ConversionSort.Name, Page = StageList.PageCount, PageSize = PageSize }, ct);
            }

            Total = StageList.Total;
            return;
        }

        var board = new List<(ConversionStage, PagedList<ConversionListItem>)>();
        foreach (var s in Enum.GetValues<ConversionStage>().Where(s => s.IsOpen()))
        {
            board.Add((s, await Mediator.Send(new ListConversions { Q = Q, Stage = s, Sort = ConversionSort.TargetSale, PageSize = PerStage }, ct)));
        }

        Board = board;
        Total = Counts.Values.Sum();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var file = await Mediator.Send(new ExportConversions(Q, Stage), HttpContext.RequestAborted);
        return File(file.Content, "text/csv", file.FileName);
    }

    public string ListUrl(ConversionStage? stage = null, int? page = null, string? handler = null, bool board = false) =>
        Url.Page("/Conversions/Index", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            stage = board ? null : stage ?? Stage,
            pageNumber = page is null or 1 ? null : page,
        })!;
}
