using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Web.Pages.MyCoop;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.MyProject;

/// <summary>
/// The home of a rep whose co-op is still developing (a start-up group or conversion project): its stage in the
/// pipeline, the checklist, what it wants help with, the timeline, and its mentor once the match is active.
/// The rep's own co-op is the only one there is: it is found from their login, never from the address.
/// </summary>
public sealed class IndexModel(IMediator mediator) : AppPageModel(mediator)
{
    public DevelopingCoopDetail? Coop { get; private set; }
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    /// <summary>The mentor the rep may see: only once the mentor has accepted (an offer is not yet their mentor).</summary>
    public MentorSummaryDto? Mentor => Coop?.Mentor is { Status: MatchStatus.Active } mentor ? mentor : null;

    public IReadOnlyList<MilestoneDto> CurrentMilestones => Coop?.Milestones.Where(m => m.Stage == Coop.Stage).ToList() ?? [];

    /// <summary>The next steps agreed at the latest session that recorded some.</summary>
    public SessionDto? LatestNextSteps => Sessions.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.NextSteps));

    public async Task<IActionResult> OnGetAsync()
    {
        Coop = await FindAsync(new GetMyDevelopingCoop());
        if (Coop is null)
        {
            // A member co-op's rep has their own home; a login linked to nothing yet is told what to do.
            return RepCoop.HasMemberCoop(User) ? RedirectToPage("/MyCoop/Index") : Page();
        }

        Sessions = await Mediator.Send(new ListSessions(Coop.Id), HttpContext.RequestAborted);
        return Page();
    }

    public static string Capitalized(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    public static string Importance(NeedImportance importance) => importance switch
    {
        NeedImportance.Essential => "essential",
        NeedImportance.Important => "important",
        _ => "nice to have",
    };
}
