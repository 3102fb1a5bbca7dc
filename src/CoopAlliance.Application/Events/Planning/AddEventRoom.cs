using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff add a room of the venue (its seats, if they limit a workshop, and how to reach it). Returns the room's id.</summary>
[Authorize(Roles.Staff)]
public sealed record AddEventRoom(int EventId, string Name, int? Capacity = null, string? AccessibilityNotes = null) : ICommand<int>;

public sealed class AddEventRoomValidator : AbstractValidator<AddEventRoom>
{
    public AddEventRoomValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the room.").MaximumLength(100).WithMessage("Keep the room's name under 100 characters.");
        RuleFor(x => x.Capacity).GreaterThan(0).When(x => x.Capacity is not null).WithMessage("A room's capacity must be at least 1, or left empty.");
        RuleFor(x => x.AccessibilityNotes).MaximumLength(1000).WithMessage("Keep the notes under 1,000 characters.");
    }
}

public sealed class AddEventRoomHandler(IAppDbContext db) : IRequestHandler<AddEventRoom, int>
{
    public async Task<int> Handle(AddEventRoom request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        var room = ev.AddRoom(request.Name, request.Capacity, request.AccessibilityNotes);
        await db.SaveChangesAsync(cancellationToken);
        return room.Id;
    }
}
