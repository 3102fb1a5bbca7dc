using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff create an event: it starts in planning (not public) until it has a ticket type and is published.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateEvent(string Title, string? Summary, string? Description, DateTime StartsAt, DateTime EndsAt, string VenueName,
    string? VenueAddress = null, string? Town = null, string? AccessibilityNotes = null, bool IsPublic = true, int? Capacity = null,
    int DotsPerPerson = 5, TrackerVisibility Tracker = TrackerVisibility.Public, IReadOnlyList<int>? FollowUpDays = null) : ICommand<int>, IEventInput;

public sealed class CreateEventValidator : AbstractValidator<CreateEvent>
{
    public CreateEventValidator() => Include(new EventInputValidator());
}

public sealed class CreateEventHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CreateEvent, int>
{
    public async Task<int> Handle(CreateEvent request, CancellationToken cancellationToken)
    {
        var ev = new Event(EventInputValidator.Details(request), user.AsActor(), clock.GetUtcNow());
        db.Events.Add(ev);
        await db.SaveChangesAsync(cancellationToken);
        return ev.Id;
    }
}
