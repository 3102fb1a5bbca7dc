using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>
/// The waitlisted person takes the place offered to them, from their own link — the event place, or with
/// <see cref="SessionId"/> a workshop place. Refused once the offer has run out (the place has passed on).
/// </summary>
[PublicRequest]
public sealed record AcceptOffer(string Token, int? SessionId = null) : ICommand<Unit>;

public sealed class AcceptOfferHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<AcceptOffer, Unit>
{
    public async Task<Unit> Handle(AcceptOffer request, CancellationToken cancellationToken)
    {
        var registration = await RegistrationLinks.FindAsync(db, request.Token, cancellationToken);
        if (request.SessionId is { } sessionId)
        {
            var signup = await db.SessionSignups
                             .Where(s => s.RegistrationId == registration.Id && s.SessionId == sessionId)
                             .OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException("Session", sessionId);
            signup.AcceptOffer(clock.UtcNow);
        }
        else
        {
            registration.AcceptOffer(clock.UtcNow);
        }

        return Unit.Value;
    }
}
