using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>One mentor: their profile, availability, conflicts and matches.</summary>
public sealed class MentorModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public MentorDto Mentor { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Conflicts { get; private set; } = [];
    public IReadOnlyList<MatchDto> Matches { get; private set; } = [];
    public DateOnly Today => clock.Today;
    public bool IsPaused => Mentor.PausedUntil is { } until && until >= Today;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var mentor = await FindAsync(new GetMentor(id));
        if (mentor is null)
        {
            return NotFound();
        }

        Mentor = mentor;
        var conflicts = new List<(int, string)>();
        foreach (var coopId in mentor.ConflictCoopIds)
        {
            conflicts.Add((coopId, (await FindAsync(new GetDevelopingCoop(coopId)))?.Name ?? $"Developing co-op #{coopId}"));
        }

        Conflicts = conflicts;
        Matches = await Mediator.Send(new ListMatches(MentorId: id), HttpContext.RequestAborted);
        return Page();
    }
}
