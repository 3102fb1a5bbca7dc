using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>Staff record a payment received for a registration (cash at the door, a cheque, a transfer). No card processing.</summary>
[Authorize(Roles.Staff)]
public sealed record RecordRegistrationPayment(int EventId, int RegistrationId, decimal Amount, DateOnly PaidOn, string? Reference, int? Version = null) : ICommand<Unit>;

public sealed class RecordRegistrationPaymentValidator : AbstractValidator<RecordRegistrationPayment>
{
    public RecordRegistrationPaymentValidator(AllianceClock clock)
    {
        RuleFor(x => x.Amount).GreaterThan(0).WithMessage("The amount paid must be more than zero.")
            .LessThanOrEqualTo(100_000).WithMessage("Please check the amount.");
        RuleFor(x => x.PaidOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("The payment date cannot be in the future.");
        RuleFor(x => x.Reference).MaximumLength(200).WithMessage("Keep the reference under 200 characters.");
    }
}

public sealed class RecordRegistrationPaymentHandler(IAppDbContext db) : IRequestHandler<RecordRegistrationPayment, Unit>
{
    public async Task<Unit> Handle(RecordRegistrationPayment request, CancellationToken cancellationToken)
    {
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == request.RegistrationId && r.EventId == request.EventId, cancellationToken)
                           ?? throw new NotFoundException("Registration", request.RegistrationId);
        if (request.Version is { } version)
        {
            db.ExpectVersion(registration, version);
        }

        registration.RecordPayment(request.Amount, request.PaidOn, request.Reference);
        return Unit.Value;
    }
}
