using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>Staff credit a co-op's account (against one invoice, or the account as a whole). Returns the credit's id.</summary>
[Authorize(Roles.Staff)]
public sealed record IssueCreditNote(int CoopId, int? InvoiceId, decimal Amount, string Reason) : ICommand<int>;

public sealed class IssueCreditNoteValidator : AbstractValidator<IssueCreditNote>
{
    public IssueCreditNoteValidator()
    {
        RuleFor(x => x.Amount).GreaterThan(0).PrecisionScale(18, 2, true).WithMessage("Enter an amount in dollars and cents, above $0.00.");
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class IssueCreditNoteHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<IssueCreditNote, int>
{
    public async Task<int> Handle(IssueCreditNote request, CancellationToken cancellationToken)
    {
        _ = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == request.CoopId, cancellationToken) ?? throw new NotFoundException("Co-op", request.CoopId);
        if (request.InvoiceId is { } invoiceId && !await db.Invoices.AnyAsync(i => i.Id == invoiceId && i.CooperativeId == request.CoopId, cancellationToken))
        {
            throw new NotFoundException("Invoice", invoiceId);
        }

        var today = clock.Today;
        var credit = DuesCredit.Note(request.CoopId, request.InvoiceId, request.Amount, today, request.Reason, user.AsActor(), clock.UtcNow);
        db.DuesCredits.Add(credit);
        await DuesLedger.ReinstateIfSettledAsync(db, request.CoopId, today, clock.UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return credit.Id;
    }
}

/// <summary>
/// Staff record hours a co-op's members worked for the alliance in lieu of cash; the credit is the hours times the
/// hourly value of the dues policy in force on that day. Returns the credit's id.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RecordLaborCredit(int CoopId, decimal Hours, DateOnly On, string Description) : ICommand<int>;

public sealed class RecordLaborCreditValidator : AbstractValidator<RecordLaborCredit>
{
    public RecordLaborCreditValidator(AllianceClock clock)
    {
        RuleFor(x => x.Hours).GreaterThan(0).LessThanOrEqualTo(2000);
        RuleFor(x => x.On).NotEmpty().WithMessage("Enter the day the work was done.")
            .LessThanOrEqualTo(_ => clock.Today).WithMessage("Record labor once it has been done, not in advance.");
        RuleFor(x => x.Description).NotEmpty().MaximumLength(500);
    }
}

public sealed class RecordLaborCreditHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<RecordLaborCredit, int>
{
    public async Task<int> Handle(RecordLaborCredit request, CancellationToken cancellationToken)
    {
        _ = await db.Cooperatives.FirstOrDefaultAsync(c => c.Id == request.CoopId, cancellationToken) ?? throw new NotFoundException("Co-op", request.CoopId);
        var policies = await db.DuesPolicies.AsNoTracking().Where(p => p.EffectiveFrom <= request.On).ToListAsync(cancellationToken);
        var policy = policies.OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).FirstOrDefault()
                     ?? throw new Domain.Common.DomainRuleException("No dues policy was in force on that day, so labor has no value yet.");
        var credit = DuesCredit.Labor(request.CoopId, request.Hours, policy.LaborHourValue, request.On, request.Description, user.AsActor(), clock.UtcNow);
        db.DuesCredits.Add(credit);
        await DuesLedger.ReinstateIfSettledAsync(db, request.CoopId, clock.Today, clock.UtcNow, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return credit.Id;
    }
}

/// <summary>Staff cancel an invoice, with the reason; it stops counting and what was paid on it becomes credit.</summary>
[Authorize(Roles.Staff)]
public sealed record VoidInvoice(int InvoiceId, string Reason) : ICommand;

public sealed class VoidInvoiceValidator : AbstractValidator<VoidInvoice>
{
    public VoidInvoiceValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give the reason for voiding; it is kept with the invoice.").MaximumLength(1000);
}

public sealed class VoidInvoiceHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<VoidInvoice, Unit>
{
    public async Task<Unit> Handle(VoidInvoice request, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Id == request.InvoiceId, cancellationToken)
                      ?? throw new NotFoundException("Invoice", request.InvoiceId);
        var today = clock.Today;
        invoice.Void(request.Reason, today, user.AsActor());
        await DuesLedger.ReinstateIfSettledAsync(db, invoice.CooperativeId, today, clock.UtcNow, cancellationToken);
        return Unit.Value;
    }
}
