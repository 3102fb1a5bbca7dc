using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// What is owed, by how late: days past the due date, where an invoice not yet due counts in 0–30.
/// </summary>
public sealed record AgingBuckets(decimal Days0To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    public decimal Total => Days0To30 + Days31To60 + Days61To90 + Over90;
}

public sealed record CoopBalance(int CoopId, string Name, decimal Balance, int DaysOverdue);

/// <summary>The alliance's dues position on a day, from the ledger as it stood that day.</summary>
public sealed record DuesPositionDto(DateOnly AsOf, decimal Outstanding, decimal CreditHeld, int CoopsOwing, AgingBuckets Aging,
    IReadOnlyList<CoopBalance> TopBalances);

/// <summary>
/// The dues position (outstanding, aging, largest balances) as of a day: only invoices issued, voids, payments
/// received and credits given by that day count, each co-op's account derived exactly as its ledger is.
/// </summary>
public static class DuesPositions
{
    public static async Task<DuesPositionDto> ComputeAsync(IAppDbContext db, DateOnly asOf, int top, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.IssuedOn <= asOf)
            .Select(i => new { i.CooperativeId, i.Id, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn, i.Kind }).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.ReceivedOn <= asOf)
            .Select(p => new { p.CooperativeId, S = new Settlement(SettlementKind.Payment, p.Id, p.ReceivedOn, p.Amount, p.InvoiceId) }).ToListAsync(ct);
        var credits = await db.DuesCredits.AsNoTracking().Where(c => c.On <= asOf)
            .Select(c => new
            {
                c.CooperativeId,
                S = new Settlement(c.Kind == CreditKind.LaborCredit ? SettlementKind.LaborCredit : SettlementKind.CreditNote, c.Id, c.On, c.Amount, c.InvoiceId),
            }).ToListAsync(ct);
        var settlements = payments.Concat(credits).ToLookup(s => s.CooperativeId, s => s.S);
        var byCoop = invoices.ToLookup(i => i.CooperativeId,
            i => new InvoiceFacts(i.Id, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn != null && i.VoidedOn <= asOf) { Kind = i.Kind });
        var ids = byCoop.Select(g => g.Key).Union(settlements.Select(g => g.Key)).ToList();
        var names = await db.Cooperatives.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.TradeName }).ToDictionaryAsync(c => c.Id, c => string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName, ct);

        decimal b1 = 0, b2 = 0, b3 = 0, b4 = 0, credit = 0;
        var balances = new List<CoopBalance>();
        foreach (var id in ids)
        {
            var account = DuesAccount.Derive(byCoop[id], settlements[id], asOf);
            foreach (var s in account.Invoices.Where(s => s.Outstanding > 0))
            {
                switch (s.DaysOverdue)
                {
                    case <= 30: b1 += s.Outstanding; break;
                    case <= 60: b2 += s.Outstanding; break;
                    case <= 90: b3 += s.Outstanding; break;
                    default: b4 += s.Outstanding; break;
                }
            }

            credit += account.UnappliedCredit;
            if (account.Balance > 0)
            {
                balances.Add(new CoopBalance(id, names.GetValueOrDefault(id) ?? $"Co-op {id}", account.Balance, account.MaxDaysOverdue));
            }
        }

        var aging = new AgingBuckets(b1, b2, b3, b4);
        return new DuesPositionDto(asOf, aging.Total, credit, balances.Count, aging,
            balances.OrderByDescending(b => b.Balance).ThenBy(b => b.Name, StringComparer.Ordinal).Take(top).ToList());
    }
}

/// <summary>Today's dues position for staff: outstanding, aging and the largest balances.</summary>
[Authorize(Roles.Staff)]
public sealed record GetDuesPosition(DateOnly? AsOf = null, int Top = 10) : IRequest<DuesPositionDto>;

public sealed class GetDuesPositionHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetDuesPosition, DuesPositionDto>
{
    public Task<DuesPositionDto> Handle(GetDuesPosition request, CancellationToken cancellationToken) =>
        DuesPositions.ComputeAsync(db, request.AsOf ?? clock.Today, Math.Clamp(request.Top, 1, 100), cancellationToken);
}
