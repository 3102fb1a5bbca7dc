using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>
/// Matches by status (offered, active, completed, ended …), found by the co-op's or mentor's name, paged and
/// exported as CSV; staff end one with a reason after confirming.
/// </summary>
public sealed class MatchesModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public MatchStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public EndInput End { get; set; } = new();

    public IReadOnlyList<MatchDto> All { get; private set; } = [];
    public IReadOnlyList<MatchDto> Items { get; private set; } = [];
    public MatchDto? Confirming { get; private set; }

    public async Task OnGetAsync()
    {
        All = await Mediator.Send(new ListMatches(Status, Q: Q), HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (All.Count + PageSize - 1) / PageSize));
        Items = All.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var csv = new CsvBuilder().Row("Id", "Developing co-op", "Mentor", "Status", "Score", "Why", "Proposed", "Offered", "Answer by",
            "Started", "Ended", "Reason");
        foreach (var m in await Mediator.Send(new ListMatches(Status, Q: Q), HttpContext.RequestAborted))
        {
            csv.Row(m.Id, m.DevelopingCoopName, m.MentorName, m.Status.Describe(), m.Score, m.Explanation, DateOnly.FromDateTime(m.ProposedAt.UtcDateTime),
                m.OfferedAt is { } offered ? DateOnly.FromDateTime(offered.UtcDateTime) : null, m.OfferExpiresOn, m.StartedOn, m.EndedOn, m.Reason);
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "matches.csv");
    }

    /// <summary>This list's address with the same filters, changing only what is given.</summary>
    public string ListUrl(int? page = null, string? handler = null) =>
        Url.Page("/Mentoring/Matches", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            status = Status,
            pageNumber = page is null or 1 ? null : page,
        })!;

    public async Task<IActionResult> OnPostEndAsync()
    {
        await OnGetAsync();
        var match = All.FirstOrDefault(m => m.Id == End.MatchId) ?? await FindAsync(new GetMatch(End.MatchId));
        if (match is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(End.Reason))
        {
            ModelState.AddModelError("End.Reason", "Give a reason for ending the match.");
            return Page();
        }

        if (!End.Confirmed)
        {
            Confirming = match;
            return Page();
        }

        var (ok, _) = await TrySendAsync(new EndMatch(match.Id, End.Reason), "End");
        if (!ok)
        {
            return Page();
        }

        Flash($"The match of {match.MentorName} with {match.DevelopingCoopName} has ended.");
        return RedirectToPage("/Mentoring/Matches", new { q = string.IsNullOrWhiteSpace(Q) ? null : Q, status = Status });
    }

    public sealed class EndInput
    {
        public int MatchId { get; set; }
        public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }
}
