namespace CoopAlliance.Domain.Dues;

public enum InvoiceStatus
{
    Open = 1,
    PartiallyPaid = 2,
    Paid = 3,
    Void = 4,
    Overdue = 5,
}

public enum SettlementKind
{
    Payment = 1,
    CreditNote = 2,
    LaborCredit = 3,
}

/// <summary>The facts of an invoice the account needs.</summary>
public sealed record InvoiceFacts(int Id, string PeriodKey, DateOnly IssuedOn, DateOnly DueOn, decimal Total, bool IsVoid)
{
    public InvoiceKind Kind { get; init; } = InvoiceKind.Dues;
}

/// <summary>A payment or credit: money that settles invoices, aimed at one (InvoiceId) or at the account.</summary>
public sealed record Settlement(SettlementKind Kind, int Id, DateOnly On, decimal Amount, int? InvoiceId);

/// <summary>How much of a payment or credit went to an invoice.</summary>
public sealed record Allocation(int InvoiceId, SettlementKind Kind, int SettlementId, DateOnly On, decimal Amount);

public sealed record InvoiceState(InvoiceFacts Invoice, decimal Paid, decimal Credited, decimal Outstanding, InvoiceStatus Status, int DaysOverdue);

/// <summary>
/// A co-op's dues account, derived every time from its invoices, payments and credits — nothing here is stored,
/// so it cannot drift from the ledger. The rule: a payment or credit aimed at an invoice settles that invoice
/// first; everything else (and whatever exceeds the invoice) settles the oldest unpaid invoices in order of issue;
/// what is left over is credit that the next invoice will use. A void invoice counts for nothing, and what had
/// been paid on it becomes credit.
/// </summary>
public sealed class DuesAccount
{
    private DuesAccount(IReadOnlyList<InvoiceState> invoices, IReadOnlyList<Allocation> applications, decimal balance, decimal unappliedCredit)
    {
        Invoices = invoices;
        Allocations = applications;
        Balance = balance;
        UnappliedCredit = unappliedCredit;
    }

    public IReadOnlyList<InvoiceState> Invoices { get; }
    public IReadOnlyList<Allocation> Allocations { get; }
    /// <summary>Invoiced minus paid and credited; negative when the co-op is in credit.</summary>
    public decimal Balance { get; }
    public decimal UnappliedCredit { get; }

    public decimal Outstanding => Invoices.Sum(i => i.Outstanding);

    /// <summary>Days the oldest unpaid invoice is past due (0 when none is).</summary>
    public int MaxDaysOverdue => Invoices.Select(i => i.DaysOverdue).DefaultIfEmpty(0).Max();

    public InvoiceState? OldestOverdue => Invoices.Where(i => i.DaysOverdue > 0).MinBy(i => (i.Invoice.DueOn, i.Invoice.Id));

    public InvoiceState? NextDue => Invoices.Where(i => i.Outstanding > 0).MinBy(i => (i.Invoice.DueOn, i.Invoice.Id));

    public bool IsSettled => Balance <= 0;

    public static DuesAccount Derive(IEnumerable<InvoiceFacts> invoices, IEnumerable<Settlement> settlements, DateOnly today)
    {
        var ordered = invoices.OrderBy(i => i.IssuedOn).ThenBy(i => i.Id).ToList();
        var outstanding = ordered.Where(i => !i.IsVoid).ToDictionary(i => i.Id, i => i.Total);
        var applications = new List<Allocation>();
        var pool = new List<(Settlement From, decimal Left)>();

        var sorted = settlements.OrderBy(s => s.On).ThenBy(s => s.Kind).ThenBy(s => s.Id).ToList();
        foreach (var s in sorted)
        {
            var left = s.Amount;
            if (s.InvoiceId is { } target && outstanding.TryGetValue(target, out var owed) && owed > 0)
            {
                var applied = Math.Min(owed, left);
                outstanding[target] = owed - applied;
                applications.Add(new Allocation(target, s.Kind, s.Id, s.On, applied));
                left -= applied;
            }

            if (left > 0)
            {
                pool.Add((s, left));
            }
        }

        foreach (var invoice in ordered.Where(i => !i.IsVoid))
        {
            for (var p = 0; p < pool.Count && outstanding[invoice.Id] > 0; p++)
            {
                var (from, left) = pool[p];
                if (left <= 0)
                {
                    continue;
                }

                var applied = Math.Min(outstanding[invoice.Id], left);
                outstanding[invoice.Id] -= applied;
                pool[p] = (from, left - applied);
                applications.Add(new Allocation(invoice.Id, from.Kind, from.Id, from.On, applied));
            }
        }

        var states = ordered.Select(i =>
        {
            if (i.IsVoid)
            {
                return new InvoiceState(i, 0, 0, 0, InvoiceStatus.Void, 0);
            }

            var mine = applications.Where(a => a.InvoiceId == i.Id).ToList();
            var paid = mine.Where(a => a.Kind == SettlementKind.Payment).Sum(a => a.Amount);
            var credited = mine.Where(a => a.Kind != SettlementKind.Payment).Sum(a => a.Amount);
            var owed = outstanding[i.Id];
            var late = owed > 0 && today > i.DueOn ? today.DayNumber - i.DueOn.DayNumber : 0;
            var status = owed == 0 ? InvoiceStatus.Paid
                : late > 0 ? InvoiceStatus.Overdue
                : paid + credited > 0 ? InvoiceStatus.PartiallyPaid
                : InvoiceStatus.Open;
            return new InvoiceState(i, paid, credited, owed, status, late);
        }).ToList();

        var unapplied = pool.Sum(p => p.Left);
        var balance = ordered.Where(i => !i.IsVoid).Sum(i => i.Total) - sorted.Sum(s => s.Amount);
        return new DuesAccount(states, applications, balance, unapplied);
    }
}

/// <summary>Whether a co-op is up to date with its dues (membership status is kept on the co-op itself).</summary>
public enum DuesStanding
{
    /// <summary>Nothing past due.</summary>
    UpToDate = 1,
    /// <summary>Something is past due, but within the grace period.</summary>
    Overdue = 2,
    /// <summary>Something is past due beyond the grace period: the co-op is not in good standing.</summary>
    PastGrace = 3,
}

public static class DuesStandingRules
{
    public static DuesStanding Standing(this DuesAccount account, int graceDays) =>
        account.MaxDaysOverdue == 0 ? DuesStanding.UpToDate
        : account.MaxDaysOverdue > graceDays ? DuesStanding.PastGrace
        : DuesStanding.Overdue;

    /// <summary>The reason recorded in the membership history when dues lapse a co-op; reinstatement looks for it.</summary>
    public const string LapseReasonPrefix = "Dues unpaid";
}
