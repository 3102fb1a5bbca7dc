using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>Matches by status (offered, active, completed, ended …); staff end one with a reason after confirming.</summary>
public sealed class MatchesModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public MatchStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public EndInput End { get; set; } = new();

    public IReadOnlyList<MatchDto> All { get; private set; } = [];
    public IReadOnlyList<MatchDto> Items { get; private set; } = [];
    public MatchDto? Confirming { get; private set; }

    public async Task OnGetAsync()
    {
        All = await Mediator.Send(new ListMatches(Status), HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (All.Count + PageSize - 1) / PageSize));
        Items = All.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

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
        return RedirectToPage("/Mentoring/Matches", new { status = Status });
    }

    public sealed class EndInput
    {
        public int MatchId { get; set; }
        public string? Reason { get; set; }
        public bool Confirmed { get; set; }
    }
}
