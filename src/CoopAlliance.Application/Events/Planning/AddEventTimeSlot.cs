using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff add a block of the programme (wall-clock times in the alliance's zone, within the event). Returns the slot's id.</summary>
[Authorize(Roles.Staff)]
public sealed record AddEventTimeSlot(int EventId, DateTime StartsAt, DateTime EndsAt, string? Label = null) : ICommand<int>;

public sealed class AddEventTimeSlotValidator : AbstractValidator<AddEventTimeSlot>
{
    public AddEventTimeSlotValidator()
    {
        RuleFor(x => x.StartsAt).NotEqual(default(DateTime)).WithMessage("Say when the slot starts.");
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).WithMessage("A time slot must end after it starts.");
        RuleFor(x => x.Label).MaximumLength(100).WithMessage("Keep the label under 100 characters.");
    }
}

public sealed class AddEventTimeSlotHandler(IAppDbContext db) : IRequestHandler<AddEventTimeSlot, int>
{
    public async Task<int> Handle(AddEventTimeSlot request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        var slot = ev.AddSlot(request.StartsAt, request.EndsAt, request.Label);
        await db.SaveChangesAsync(cancellationToken);
        return slot.Id;
    }
}
