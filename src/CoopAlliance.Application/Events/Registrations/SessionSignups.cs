using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>
/// A registrant with a confirmed place signs up for a workshop (one with its own capacity) from their link; when it is
/// full they may wait for a place (<see cref="JoinWaitlist"/>). The session row's held count and version keep two
/// sign-ups at once from both taking its last place.
/// </summary>
[PublicRequest]
public sealed record SignUpForSession(string Token, int SessionId, bool JoinWaitlist = false) : ICommand<PlaceStatus>;

/// <summary>The registrant leaves a workshop (or its waitlist); the place passes to the next person waiting.</summary>
[PublicRequest]
public sealed record LeaveSession(string Token, int SessionId) : ICommand<Unit>;

public sealed class SessionSignupHandlers(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options, IOptions<AppOptions> app)
    : IRequestHandler<SignUpForSession, PlaceStatus>, IRequestHandler<LeaveSession, Unit>
{
    public async Task<PlaceStatus> Handle(SignUpForSession request, CancellationToken cancellationToken)
    {
        var registration = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        var ev = await db.Events.FirstAsync(e => e.Id == registration.EventId, cancellationToken);
        if (ev.IsOver(clock.Now.DateTime) || ev.Status != EventStatus.Published)
        {
            throw new DomainRuleException("Sign-up for this event's sessions is closed.");
        }

        var session = await db.EventSessions.FirstOrDefaultAsync(s => s.Id == request.SessionId && s.EventId == ev.Id, cancellationToken)
                      ?? throw new NotFoundException("Session", request.SessionId);
        var mine = await db.SessionSignups.Where(s => s.RegistrationId == registration.Id).ToListAsync(cancellationToken);
        var otherIds = mine.Select(s => s.SessionId).Distinct().ToList();
        var times = await db.EventSessions.Where(s => otherIds.Contains(s.Id) && s.StartsAt != null)
            .Select(s => new { s.Id, s.StartsAt, s.DurationMinutes }).ToListAsync(cancellationToken);
        var otherTimes = times.ToDictionary(t => t.Id, t => (t.StartsAt!.Value, t.StartsAt!.Value.AddMinutes(t.DurationMinutes)));
        var signup = SessionSignup.SignUp(session, registration, mine, otherTimes, request.JoinWaitlist, clock.UtcNow);
        db.SessionSignups.Add(signup);
        return signup.Status;
    }

    public async Task<Unit> Handle(LeaveSession request, CancellationToken cancellationToken)
    {
        var registration = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        var ev = await db.Events.FirstAsync(e => e.Id == registration.EventId, cancellationToken);
        var session = await db.EventSessions.FirstOrDefaultAsync(s => s.Id == request.SessionId && s.EventId == ev.Id, cancellationToken)
                      ?? throw new NotFoundException("Session", request.SessionId);
        var signups = await db.SessionSignups.Where(s => s.RegistrationId == registration.Id && s.SessionId == session.Id).ToListAsync(cancellationToken);
        var freed = signups.Count(s => s.Cancel(session, clock.UtcNow)) > 0;
        await db.SaveChangesAsync(cancellationToken);
        if (freed)
        {
            await WaitlistOffers.OfferSessionPlacesAsync(db, ev, session, clock, options.Value, app.Value, cancellationToken);
        }

        return Unit.Value;
    }
}
