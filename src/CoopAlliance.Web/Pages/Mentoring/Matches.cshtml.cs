using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>The columns the matches list sorts by.</summary>
public enum MatchSort
{
    Proposed,
    Coop,
    Mentor,
    Status,
    Score,
}

/// <summary>
/// Matches by status (offered, active, completed, ended …), found by the co-op's or mentor's name, sorted, paged and
/// exported as CSV; staff mark an active one completed, or end one with a reason, after confirming.
/// </summary>
public sealed class MatchesModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public MatchStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public MatchSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Asc { get; set; }
    [BindProperty] public EndInput End { get; set; } = new();

    public IReadOnlyList<MatchDto> All { get; private set; } = [];
    public IReadOnlyList<MatchDto> Items { get; private set; } = [];
    public MatchDto? Confirming { get; private set; }

    public async Task OnGetAsync()
    {
        All = await LoadAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (All.Count + PageSize - 1) / PageSize));
        Items = All.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = new CsvBuilder().Row("Id", "Developing co-op", "Mentor", "Status", "Score", "Why", "Proposed", "Offered", "Answer by",
            "Started", "Ended", "Reason");
        foreach (var m in await LoadAsync())
        {
            csv.Row(m.Id, m.DevelopingCoopName, m.MentorName, m.Status.Describe(), m.Score, m.Explanation, clock.DateOf(m.ProposedAt),
                m.OfferedAt is { } offered ? clock.DateOf(offered) : null, m.OfferExpiresOn, m.StartedOn, m.EndedOn, m.Reason);
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "matches.csv");
    }

    private async Task<IReadOnlyList<MatchDto>> LoadAsync()
    {
        var matches = await Mediator.Send(new ListMatches(Status, Q: Q), HttpContext.RequestAborted);
        // The list comes newest first; any other column keeps that order among equals.
        Func<MatchDto, object> key = Sort switch
        {
            MatchSort.Coop => m => m.DevelopingCoopName,
            MatchSort.Mentor => m => m.MentorName,
            MatchSort.Status => m => m.Status.Describe(),
            MatchSort.Score => m => m.Score,
            _ => m => m.ProposedAt,
        };
        return (Asc ? matches.OrderBy(key) : matches.OrderByDescending(key)).ToList();
    }

    /// <summary>This list's address with the same filters and order, changing only what is given.</summary>
    public string ListUrl(int? page = null, string? handler = null, MatchSort? sort = null, bool? asc = null) =>
        Url.Page("/Mentoring/Matches", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            sort = (sort ?? Sort) == MatchSort.Proposed ? (MatchSort?)null : sort ?? Sort,
            asc = (asc ?? Asc) ? "true" : null,
            pageNumber = page is null or 1 ? null : page,
        })!;

    /// <summary>Sorts by a column: names and status A to Z first, the score and date highest first; again reverses.</summary>
    public string SortUrl(MatchSort column) =>
        ListUrl(sort: column, asc: Sort == column ? !Asc : column is MatchSort.Coop or MatchSort.Mentor or MatchSort.Status);

    /// <summary>The order as a route value for the forms (none for the default, newest first).</summary>
    public string? SortRoute => Sort == MatchSort.Proposed ? null : Sort.ToString();

    public (string Label, SortKind Kind) SortShown => Sort switch
    {
        MatchSort.Coop => ("Developing co-op", SortKind.Text),
        MatchSort.Mentor => ("Mentor", SortKind.Text),
        MatchSort.Status => ("Status", SortKind.Text),
        MatchSort.Score => ("Score", SortKind.Number),
        _ => ("Proposed", SortKind.Date),
    };

    public string? AriaSort(MatchSort column) => Sort != column ? null : Asc ? "ascending" : "descending";

    public async Task<IActionResult> OnPostEndAsync()
    {
        await OnGetAsync();
        var match = All.FirstOrDefault(m => m.Id == End.MatchId) ?? await FindAsync(new GetMatch(End.MatchId));
        if (match is null)
        {
            return NotFound();
        }

        if (End.Complete && match.Status != MatchStatus.Active)
        {
            ModelState.AddModelError("End.Reason", "Only an active match can be completed; end it instead.");
            return Page();
        }

        if (!End.Complete && string.IsNullOrWhiteSpace(End.Reason))
        {
            ModelState.AddModelError("End.Reason", "Give a reason for ending the match.");
            return Page();
        }

        if (!End.Confirmed)
        {
            Confirming = match;
            return Page();
        }

        var (ok, _) = End.Complete
            ? await TrySendAsync(new CompleteMatch(match.Id, End.Reason), "End")
            : await TrySendAsync(new EndMatch(match.Id, End.Reason ?? ""), "End");
        if (!ok)
        {
            return Page();
        }

        Flash(End.Complete
            ? $"The match of {match.MentorName} with {match.DevelopingCoopName} is completed. Thank you, {match.MentorName}!"
            : $"The match of {match.MentorName} with {match.DevelopingCoopName} has ended.");
        return Redirect(ListUrl());
    }

    public sealed class EndInput
    {
        public int MatchId { get; set; }
        public string? Reason { get; set; }
        /// <summary>Completed (its goals reached) rather than ended early.</summary>
        public bool Complete { get; set; }
        public bool Confirmed { get; set; }
    }
}
