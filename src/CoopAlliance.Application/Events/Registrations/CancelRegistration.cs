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
/// The registrant gives up their place (or leaves the waitlist) from their own link. The freed place is offered at once
/// to the next person waiting, and so are the workshop places they held.
/// </summary>
[PublicRequest]
public sealed record CancelRegistration(string Token) : ICommand<Unit>;

/// <summary>Staff cancel a registration (e.g. the person phoned); the place passes on the same way.</summary>
[Authorize(Roles.Staff)]
public sealed record CancelRegistrationByStaff(int EventId, int RegistrationId) : ICommand<Unit>;

public sealed class CancelRegistrationHandler(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options, IOptions<AppOptions> app)
    : IRequestHandler<CancelRegistration, Unit>, IRequestHandler<CancelRegistrationByStaff, Unit>
{
    public async Task<Unit> Handle(CancelRegistration request, CancellationToken cancellationToken)
    {
        var registration = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        await CancelAsync(registration, cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(CancelRegistrationByStaff request, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == request.RegistrationId && r.EventId == request.EventId, cancellationToken)
                           ?? throw new NotFoundException("Registration", request.RegistrationId);
        await CancelAsync(registration, cancellationToken);
        return Unit.Value;
    }

    private async Task CancelAsync(Registration registration, CancellationToken ct)
    {
        var ev = await db.Events.FirstAsync(e => e.Id == registration.EventId, ct);
        if (ev.IsOver(clock.Now.DateTime))
        {
            throw new DomainRuleException("The event is over; its registrations can no longer be cancelled.");
        }

        var now = clock.UtcNow;
        var freed = registration.Cancel(ev, now);
        var signups = await db.SessionSignups.Where(s => s.RegistrationId == registration.Id).ToListAsync(ct);
        var sessionIds = signups.Select(s => s.SessionId).ToList();
        var sessions = await db.EventSessions.Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var freedSessions = signups.Where(s => s.Cancel(sessions[s.SessionId], now)).Select(s => sessions[s.SessionId]).ToList();
        await db.SaveChangesAsync(ct);
        if (freed)
        {
            await WaitlistOffers.OfferEventPlacesAsync(db, ev, clock, options.Value, app.Value, ct);
        }

        foreach (var session in freedSessions.Distinct())
        {
            await WaitlistOffers.OfferSessionPlacesAsync(db, ev, session, clock, options.Value, app.Value, ct);
        }
    }
}

internal static class RegistrationLinks
{
    /// <summary>The registration behind a confirmation link; an unknown token is simply not found (no hint).</summary>
    public static async Task<Registration> FindAsync(IAppDbContext db, string token, CancellationToken ct)
    {
        var clean = (token ?? "").Trim();
        if (clean.Length is < 16 or > 64)
        {
            throw new NotFoundException("Registration", "link");
        }

        return await db.Registrations.FirstOrDefaultAsync(r => r.Token == clean, ct) ?? throw new NotFoundException("Registration", "link");
    }
}
