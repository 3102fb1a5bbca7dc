using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff change an event (send the version you read: 409 if someone saved since). A cancelled event stays as it was.</summary>
[Authorize(Roles.Staff)]
public sealed record UpdateEvent(int Id, int Version, string Title, string? Summary, string? Description, DateTime StartsAt, DateTime EndsAt,
    string VenueName, string? VenueAddress = null, string? Town = null, string? AccessibilityNotes = null, bool IsPublic = true, int? Capacity = null,
    int DotsPerPerson = 5, TrackerVisibility Tracker = TrackerVisibility.Public, IReadOnlyList<int>? FollowUpDays = null) : ICommand, IEventInput;

public sealed class UpdateEventValidator : AbstractValidator<UpdateEvent>
{
    public UpdateEventValidator() => Include(new EventInputValidator());
}

public sealed class UpdateEventHandler(IAppDbContext db) : IRequestHandler<UpdateEvent, Unit>
{
    public async Task<Unit> Handle(UpdateEvent request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.Id, cancellationToken);
        db.ExpectVersion(ev, request.Version);
        ev.Edit(EventInputValidator.Details(request));
        return Unit.Value;
    }
}
