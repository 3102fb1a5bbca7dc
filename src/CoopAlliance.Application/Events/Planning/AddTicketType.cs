using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>
/// Staff add a ticket type: member worker-owner, partner organisation, community, or solidarity / pay what you can (with a
/// suggested amount; its price is the least accepted). Returns the ticket type's id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record AddTicketType(int EventId, TicketKind Kind, string Name, decimal Price, decimal? SuggestedPrice = null) : ICommand<int>;

public sealed class AddTicketTypeValidator : AbstractValidator<AddTicketType>
{
    public AddTicketTypeValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of ticket.");
        RuleFor(x => x.Name).NotEmpty().WithMessage("Name the ticket type.").MaximumLength(100).WithMessage("Keep the name under 100 characters.");
        RuleFor(x => x.Price).InclusiveBetween(0m, 100_000m).WithMessage("Enter a price from 0 up.");
        RuleFor(x => x.SuggestedPrice).InclusiveBetween(0m, 100_000m).When(x => x.SuggestedPrice is not null).WithMessage("Enter a suggested amount from 0 up.");
        RuleFor(x => x.SuggestedPrice).NotNull().When(x => x.Kind == TicketKind.Solidarity).WithMessage("A solidarity ticket needs a suggested amount.");
    }
}

public sealed class AddTicketTypeHandler(IAppDbContext db) : IRequestHandler<AddTicketType, int>
{
    public async Task<int> Handle(AddTicketType request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        var ticket = ev.AddTicketType(request.Kind, request.Name, request.Price, request.SuggestedPrice);
        await db.SaveChangesAsync(cancellationToken);
        return ticket.Id;
    }
}
