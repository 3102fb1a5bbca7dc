using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Pause a mentor until a date (no new offers until the day after), or make them available again.</summary>
[Authorize(Roles.Staff, Roles.Mentor)]
public sealed record SetMentorAvailability(int MentorId, DateOnly? PausedUntil) : ICommand;

public sealed class SetMentorAvailabilityHandler(MentoringAccess access, AllianceClock clock) : IRequestHandler<SetMentorAvailability, Unit>
{
    public async Task<Unit> Handle(SetMentorAvailability request, CancellationToken cancellationToken)
    {
        var mentor = await access.GetMentorAsync(request.MentorId, cancellationToken);
        if (request.PausedUntil is { } until)
        {
            mentor.Pause(until, clock.Today);
        }
        else
        {
            mentor.Resume();
        }

        return Unit.Value;
    }
}
