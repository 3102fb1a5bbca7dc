using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

public sealed record InvoiceSummary(int Id, int CoopId, string PeriodKey, string PeriodName, DateOnly IssuedOn, DateOnly DueOn, decimal Total,
    decimal Paid, decimal Credited, decimal Outstanding, InvoiceStatus Status, int DaysOverdue, InvoiceKind Kind);

/// <summary>A co-op's dues at a glance: balance, credit, standing, what is due next, and its invoices (latest first).</summary>
public sealed record DuesAccountDto(int CoopId, string CoopName, MembershipStatus MembershipStatus, decimal Balance, decimal UnappliedCredit,
    DuesStanding Standing, bool InGoodStanding, InvoiceSummary? NextDue, IReadOnlyList<InvoiceSummary> Invoices, string Summary);

public static class InvoiceSummaries
{
    public static InvoiceSummary From(InvoiceState s, int coopId) =>
        new(s.Invoice.Id, coopId, s.Invoice.PeriodKey, Invoice.PeriodOf(s.Invoice.PeriodKey, s.Invoice.IssuedOn).Describe(), s.Invoice.IssuedOn, s.Invoice.DueOn,
            s.Invoice.Total, s.Paid, s.Credited, s.Outstanding, s.Status, s.DaysOverdue, s.Invoice.Kind);
}

/// <summary>A co-op's dues account (staff, or that co-op's rep; anyone else gets 404).</summary>
[AnySignedInUser]
public sealed record GetDuesAccount(int CoopId) : IRequest<DuesAccountDto>;

public sealed class GetDuesAccountHandler(IAppDbContext db, CoopAccess access, AllianceClock clock, IOptions<DuesOptions> options)
    : IRequestHandler<GetDuesAccount, DuesAccountDto>
{
    public async Task<DuesAccountDto> Handle(GetDuesAccount request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var account = await DuesLedger.LoadAccountAsync(db, coop.Id, clock.Today, cancellationToken);
        var standing = account.Standing(options.Value.GraceDays);
        var next = account.NextDue is { } n ? InvoiceSummaries.From(n, coop.Id) : null;
        var summary = account.Balance <= 0
            ? account.Balance < 0 ? $"{coop.DisplayName} has {Money.Format(-account.Balance)} in credit." : $"{coop.DisplayName} owes nothing."
            : next is null ? $"{coop.DisplayName} owes {Money.Format(account.Balance)}."
            : $"{coop.DisplayName} owes {Money.Format(account.Balance)}; {Money.Format(next.Outstanding)} for {next.PeriodName} " +
              $"{(next.DaysOverdue > 0 ? $"was due {next.DueOn:MMMM d}" : $"is due {next.DueOn:MMMM d}")}.";
        return new DuesAccountDto(coop.Id, coop.DisplayName, coop.Status, account.Balance, account.UnappliedCredit, standing,
            coop.Status == MembershipStatus.Active && standing != DuesStanding.PastGrace, next,
            account.Invoices.Reverse().Select(i => InvoiceSummaries.From(i, coop.Id)).ToList(), summary);
    }
}

/// <summary>A co-op's invoices, latest first, with their derived status.</summary>
[AnySignedInUser]
public sealed record ListCoopInvoices(int CoopId) : IRequest<IReadOnlyList<InvoiceSummary>>;

public sealed class ListCoopInvoicesHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<ListCoopInvoices, IReadOnlyList<InvoiceSummary>>
{
    public async Task<IReadOnlyList<InvoiceSummary>> Handle(ListCoopInvoices request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var account = await DuesLedger.LoadAccountAsync(db, coop.Id, clock.Today, cancellationToken);
        return account.Invoices.Reverse().Select(i => InvoiceSummaries.From(i, coop.Id)).ToList();
    }
}

public sealed record AllocationDto(SettlementKind Kind, int SettlementId, DateOnly On, decimal Amount);

public sealed record PaymentDto(int Id, int? InvoiceId, decimal Amount, DateOnly ReceivedOn, PaymentMethod Method, string? Reference, string RecordedBy);

public sealed record InvoiceDetail(int Id, int CoopId, string CoopName, InvoiceKind Kind, int? PolicyId, string PeriodKey, string PeriodName, DateOnly PeriodStart,
    DateOnly PeriodEnd, DateOnly IssuedOn, DateOnly DueOn, decimal Total, decimal Paid, decimal Credited, decimal Outstanding, InvoiceStatus Status,
    int DaysOverdue, IReadOnlyList<InvoiceLineDto> Lines, IReadOnlyList<AllocationDto> Settledby, IReadOnlyList<PaymentDto> PaymentsRecorded,
    DateOnly? VoidedOn, string? VoidReason, string? VoidedBy, decimal AccountBalance);

/// <summary>One invoice with its lines, what settled it, and its derived status. Not yours: 404.</summary>
[AnySignedInUser]
public sealed record GetInvoice(int Id) : IRequest<InvoiceDetail>;

public sealed class GetInvoiceHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetInvoice, InvoiceDetail>
{
    public async Task<InvoiceDetail> Handle(GetInvoice request, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken);
        if (invoice is null || !access.CanSee(invoice.CooperativeId))
        {
            throw new NotFoundException("Invoice", request.Id);
        }

        var coop = await db.Cooperatives.AsNoTracking().FirstAsync(c => c.Id == invoice.CooperativeId, cancellationToken);
        var account = await DuesLedger.LoadAccountAsync(db, invoice.CooperativeId, clock.Today, cancellationToken);
        var state = account.Invoices.Single(i => i.Invoice.Id == invoice.Id);
        var payments = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).OrderBy(p => p.Id)
            .Select(p => new PaymentDto(p.Id, p.InvoiceId, p.Amount, p.ReceivedOn, p.Method, p.Reference, p.RecordedByName)).ToListAsync(cancellationToken);
        return new InvoiceDetail(invoice.Id, coop.Id, coop.DisplayName, invoice.Kind, invoice.PolicyId, invoice.PeriodKey, invoice.Period.Describe(), invoice.PeriodStart,
            invoice.PeriodEnd, invoice.IssuedOn, invoice.DueOn, invoice.Total, state.Paid, state.Credited, state.Outstanding, state.Status, state.DaysOverdue,
            invoice.Lines.Select(l => new InvoiceLineDto(l.Description, l.Amount)).ToList(),
            account.Allocations.Where(a => a.InvoiceId == invoice.Id).Select(a => new AllocationDto(a.Kind, a.SettlementId, a.On, a.Amount)).ToList(),
            payments, invoice.VoidedOn, invoice.VoidReason, invoice.VoidedByName, account.Balance);
    }
}

public enum LedgerEntryKind
{
    Invoice = 1,
    Void = 2,
    Payment = 3,
    CreditNote = 4,
    LaborCredit = 5,
}

/// <summary>One line of the ledger; Amount is positive for what the co-op owes, negative for what settles it.</summary>
public sealed record LedgerEntry(DateOnly On, LedgerEntryKind Kind, string Description, decimal Amount, decimal Balance, int? InvoiceId, int? PaymentId,
    int? CreditId);

public sealed record LedgerDto(int CoopId, string CoopName, decimal Balance, IReadOnlyList<LedgerEntry> Entries);

/// <summary>
/// A co-op's ledger: its invoices, voids, payments and credits in date order with the running balance. It is read
/// from those records themselves, so the balance cannot disagree with them.
/// </summary>
[AnySignedInUser]
public sealed record GetCoopLedger(int CoopId) : IRequest<LedgerDto>;

public sealed class GetCoopLedgerHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<GetCoopLedger, LedgerDto>
{
    public async Task<LedgerDto> Handle(GetCoopLedger request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.CooperativeId == coop.Id).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.CooperativeId == coop.Id).ToListAsync(cancellationToken);
        var credits = await db.DuesCredits.AsNoTracking().Where(c => c.CooperativeId == coop.Id).ToListAsync(cancellationToken);

        var campaigns = await CampaignNamesAsync(invoices, cancellationToken);
        var rows = new List<(DateOnly On, int Order, LedgerEntryKind Kind, string Text, decimal Amount, int? InvoiceId, int? PaymentId, int? CreditId)>();
        foreach (var i in invoices)
        {
            // A campaign share says which campaign (its key is the campaign, not a billing period).
            var what = campaigns.TryGetValue(i.PeriodKey, out var campaign) ? campaign : i.Period.Describe();
            rows.Add((i.IssuedOn, i.Id, LedgerEntryKind.Invoice, $"{i.Kind.Describe()} for {what}, due {i.DueOn:MMMM d, yyyy}", i.Total, i.Id, null, null));
            if (i.VoidedOn is { } voided)
            {
                rows.Add((voided, i.Id, LedgerEntryKind.Void, $"{i.Kind.Describe()} invoice for {what} voided: {i.VoidReason}", -i.Total, i.Id, null, null));
            }
        }

        rows.AddRange(payments.Select(p => (p.ReceivedOn, p.Id, LedgerEntryKind.Payment,
            PaymentDescription(p.Method, p.Reference), -p.Amount, p.InvoiceId, (int?)p.Id, (int?)null)));
        rows.AddRange(credits.Select(c => (c.On, c.Id, c.Kind == CreditKind.LaborCredit ? LedgerEntryKind.LaborCredit : LedgerEntryKind.CreditNote,
            (c.Kind == CreditKind.LaborCredit ? "Labor credit: " : "Credit note: ") + c.Reason, -c.Amount, c.InvoiceId, (int?)null, (int?)c.Id)));

        decimal balance = 0;
        var entries = new List<LedgerEntry>();
        foreach (var r in rows.OrderBy(r => r.On).ThenBy(r => r.Kind).ThenBy(r => r.Order))
        {
            balance += r.Amount;
            entries.Add(new LedgerEntry(r.On, r.Kind, r.Text, r.Amount, balance, r.InvoiceId, r.PaymentId, r.CreditId));
        }

        return new LedgerDto(coop.Id, coop.DisplayName, balance, entries);
    }

    private async Task<Dictionary<string, string>> CampaignNamesAsync(List<Invoice> invoices, CancellationToken ct)
    {
        static List<int> Ids(IEnumerable<Invoice> of) =>
            of.Select(i => int.TryParse(i.PeriodKey.AsSpan(1), out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();

        var names = new Dictionary<string, string>();
        var campaignIds = Ids(invoices.Where(i => i.Kind == InvoiceKind.CampaignShare));
        if (campaignIds.Count > 0)
        {
            foreach (var c in await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            {
                names[Domain.Marketing.Campaign.InvoiceKeyFor(c.Id)] = c.Name;
            }
        }

        // An event's registrations say which event (their key is the event, like a campaign's).
        var eventIds = Ids(invoices.Where(i => i.Kind == InvoiceKind.EventFee));
        if (eventIds.Count > 0)
        {
            foreach (var e in await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).Select(e => new { e.Id, e.Title }).ToListAsync(ct))
            {
                names[Domain.Events.Event.InvoiceKeyFor(e.Id)] = e.Title;
            }
        }

        return names;
    }

    /// <summary>A payment as the ledger and the statement both write it: "Payment by ACH transfer (#1042), thank you".</summary>
    public static string PaymentDescription(PaymentMethod method, string? reference) =>
        $"Payment by {Common.Words.Glossary.MethodInSentence(method)}{(reference is null ? "" : $" ({reference})")}, thank you";
}
