using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>
/// A published public event as anyone sees it: description, venue and accessibility notes, themes, tickets and the programme.
/// Events in planning, cancelled or not public are "not found".
/// </summary>
[PublicRequest]
public sealed record GetPublicEvent(int Id) : IRequest<PublicEventDetail>;

public sealed class GetPublicEventHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetPublicEvent, PublicEventDetail>
{
    public async Task<PublicEventDetail> Handle(GetPublicEvent request, CancellationToken cancellationToken)
    {
        var e = await EventData.LoadPublicAsync(db, request.Id, cancellationToken);
        var now = clock.Now.DateTime;
        return new PublicEventDetail(e.Id, e.Title, e.Slug, e.Summary, e.Description, e.StartsAt, e.EndsAt, e.VenueName, e.VenueAddress, e.Town,
            e.AccessibilityNotes, e.IsOpenForRegistration(now), !e.HasRoom, e.IsOver(now), EventData.Themes(e), EventData.TicketTypes(e),
            await EventData.ProgrammeAsync(db, e, cancellationToken));
    }
}
