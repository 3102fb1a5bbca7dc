using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Staff record money received for an invoice. Less than owed leaves it partially paid; more becomes credit that
/// settles the next invoice. A co-op lapsed for unpaid dues whose balance this settles is reinstated at once.
/// Returns the payment's id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RecordPayment(int InvoiceId, decimal Amount, DateOnly ReceivedOn, PaymentMethod Method, string? Reference) : ICommand<int>;

public sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public RecordPaymentValidator(AllianceClock clock)
    {
        // A cleared date field arrives as 1 January of year 1, and a date in the future is a typo; either would put the
        // payment in the wrong place in the ledger (settlements apply in date order) and on the wrong monthly summary.
        RuleFor(x => x.ReceivedOn).NotEmpty().WithMessage("Enter the day the payment was received.")
            .LessThanOrEqualTo(_ => clock.Today).WithMessage("The day received cannot be in the future.");
        RuleFor(x => x.Amount).GreaterThan(0).PrecisionScale(18, 2, true).WithMessage("Enter an amount in dollars and cents, above $0.00.");
        RuleFor(x => x.Method).IsInEnum();
        RuleFor(x => x.Reference).MaximumLength(200);
    }
}

public sealed class RecordPaymentHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<RecordPayment, int>
{
    public async Task<int> Handle(RecordPayment request, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken)
                      ?? throw new NotFoundException("Invoice", request.InvoiceId);
        var payment = new Payment(invoice.CooperativeId, invoice.Id, request.Amount, request.ReceivedOn, request.Method, request.Reference,
            user.AsActor(), clock.UtcNow);
        db.Payments.Add(payment);
        await DuesLedger.ReinstateIfSettledAsync(db, invoice.CooperativeId, clock.Today, clock.UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return payment.Id;
    }
}
