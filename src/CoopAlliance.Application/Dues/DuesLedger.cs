using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// Reads a co-op's dues account from the database (the ledger is the invoices, payments and credits themselves)
/// and applies the one standing rule that follows from it: a co-op lapsed for unpaid dues returns to active once
/// its balance is settled.
/// </summary>
public static class DuesLedger
{
    public static async Task<DuesAccount> LoadAccountAsync(IAppDbContext db, int coopId, DateOnly today, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.CooperativeId == coopId)
            .Select(i => new InvoiceFacts(i.Id, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn != null) { Kind = i.Kind }).ToListAsync(ct);
        return DuesAccount.Derive(invoices, await SettlementsAsync(db, [coopId], ct), today);
    }

    /// <summary>Accounts of many co-ops at once (the arrears job and lists).</summary>
    public static async Task<Dictionary<int, DuesAccount>> LoadAccountsAsync(IAppDbContext db, IReadOnlyCollection<int> coopIds, DateOnly today, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => coopIds.Contains(i.CooperativeId))
            .Select(i => new { i.CooperativeId, Facts = new InvoiceFacts(i.Id, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn != null) { Kind = i.Kind } })
            .ToListAsync(ct);
        var settlements = await SettlementsByCoopAsync(db, coopIds, ct);
        var byCoop = invoices.ToLookup(i => i.CooperativeId, i => i.Facts);
        return coopIds.ToDictionary(id => id, id => DuesAccount.Derive(byCoop[id], settlements[id], today));
    }

    /// <summary>Accounts as they stood at the end of <paramref name="on"/> (a meeting's record date): later invoices and payments do not count.</summary>
    public static async Task<Dictionary<int, DuesAccount>> LoadAccountsAsOfAsync(IAppDbContext db, IReadOnlyCollection<int> coopIds, DateOnly on, CancellationToken ct)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => coopIds.Contains(i.CooperativeId) && i.IssuedOn <= on)
            .Select(i => new { i.CooperativeId, Facts = new InvoiceFacts(i.Id, i.PeriodKey, i.IssuedOn, i.DueOn, i.Total, i.VoidedOn != null) { Kind = i.Kind } })
            .ToListAsync(ct);
        var settlements = await SettlementsByCoopAsync(db, coopIds, ct);
        var byCoop = invoices.ToLookup(i => i.CooperativeId, i => i.Facts);
        return coopIds.ToDictionary(id => id, id => Domain.Governance.RecordDateStanding.DuesOn(byCoop[id], settlements[id], on));
    }

    private static async Task<List<Settlement>> SettlementsAsync(IAppDbContext db, IReadOnlyCollection<int> coopIds, CancellationToken ct) =>
        (await SettlementsByCoopAsync(db, coopIds, ct)).SelectMany(g => g).ToList();

    private static async Task<ILookup<int, Settlement>> SettlementsByCoopAsync(IAppDbContext db, IReadOnlyCollection<int> coopIds, CancellationToken ct)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => coopIds.Contains(p.CooperativeId))
            .Select(p => new { p.CooperativeId, S = new Settlement(SettlementKind.Payment, p.Id, p.ReceivedOn, p.Amount, p.InvoiceId) }).ToListAsync(ct);
        var credits = await db.DuesCredits.AsNoTracking().Where(c => coopIds.Contains(c.CooperativeId))
            .Select(c => new
            {
                c.CooperativeId,
                S = new Settlement(c.Kind == CreditKind.LaborCredit ? SettlementKind.LaborCredit : SettlementKind.CreditNote, c.Id, c.On, c.Amount, c.InvoiceId),
            }).ToListAsync(ct);
        return payments.Concat(credits).ToLookup(x => x.CooperativeId, x => x.S);
    }

    /// <summary>Reinstates a co-op that was lapsed for unpaid dues once its balance is settled; true when it did.</summary>
    public static async Task<bool> ReinstateIfSettledAsync(IAppDbContext db, int coopId, DateOnly today, DateTimeOffset at, CancellationToken ct)
    {
        var coop = await db.Cooperatives.Include(c => c.History).FirstAsync(c => c.Id == coopId, ct);
        if (!WasLapsedForDues(coop))
        {
            return false;
        }

        await db.SaveChangesAsync(ct); // the payment or credit that triggered this counts
        var account = await LoadAccountAsync(db, coopId, today, ct);
        if (!account.IsSettled)
        {
            return false;
        }

        coop.Reinstate($"Dues balance settled ({Money.Format(account.Balance)} owed)", Actor.System, at);
        return true;
    }

    public static bool WasLapsedForDues(Cooperative coop) =>
        coop.Status == MembershipStatus.Lapsed
        && coop.History.MaxBy(h => (h.At, h.Id)) is { Transition: MembershipTransition.Lapse, ByUserId: null } last
        && (last.Reason?.StartsWith(DuesStandingRules.LapseReasonPrefix, StringComparison.Ordinal) ?? false);
}
