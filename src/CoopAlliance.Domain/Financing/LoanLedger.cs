using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Financing;

/// <summary>A payment the borrower made: any amount, on any day (early, late, partial or the whole balance).</summary>
public sealed record LoanPayment(DateOnly On, decimal Amount);

/// <summary>How one payment was applied: interest fallen due first, then principal.</summary>
public sealed record PaymentSplit(DateOnly On, decimal Amount, decimal ToInterest, decimal ToPrincipal);

/// <summary>
/// The terms in force from <see cref="From"/>: the loan's first terms, or a restructure's (the old ones kept as history).
/// A restructure's principal is what was outstanding that day, unpaid interest included.
/// </summary>
public sealed record TermsPeriod(DateOnly From, LoanTerms Terms, string? Reason);

/// <summary>Where a loan stands on a day.</summary>
public sealed record LoanPosition(
    DateOnly AsOf,
    decimal PrincipalOutstanding,
    decimal InterestDue,
    decimal PrincipalOverdue,
    decimal InterestPaid,
    decimal PrincipalPaid,
    DateOnly? OldestUnpaidDueOn,
    IReadOnlyList<PaymentSplit> Payments)
{
    /// <summary>What has fallen due and is unpaid.</summary>
    public decimal Arrears => InterestDue + PrincipalOverdue;

    /// <summary>What paying the loan off today takes: the principal left and the interest fallen due (no future month's).</summary>
    public decimal Payoff => PrincipalOutstanding + InterestDue;

    public bool IsRepaid => PrincipalOutstanding == 0 && InterestDue == 0;
}

/// <summary>
/// Replays a loan from its terms and payments, month by month. Each month's interest is the principal outstanding at the
/// start of the month times the monthly rate, to the cent, and falls due with the month's installment; so a payment
/// made early (or a larger one) lowers the next months' interest and shortens the loan, a late or partial one leaves
/// arrears and costs the interest on the principal still owed. A payment goes to the interest fallen due, then to
/// principal fallen due, then ahead to principal not yet due. Followed to the letter, the replay gives exactly
/// <see cref="RepaymentSchedule.Of"/>.
/// </summary>
public static class LoanLedger
{
    public static LoanPosition Position(IReadOnlyList<TermsPeriod> terms, IEnumerable<LoanPayment> payments, DateOnly asOf)
    {
        if (terms.Count == 0)
        {
            throw new DomainRuleException("A loan has terms.");
        }

        var outstanding = terms[0].Terms.Principal;
        decimal interestDue = 0, overdue = 0, interestPaid = 0, principalPaid = 0;
        var unpaidSince = new Queue<(DateOnly DueOn, decimal Amount)>();
        var splits = new List<PaymentSplit>();
        var pending = new Queue<LoanPayment>(payments.Where(p => p.On <= asOf).OrderBy(p => p.On));

        void Pay(LoanPayment p)
        {
            if (p.Amount <= 0)
            {
                throw new DomainRuleException("A payment is more than $0.00.");
            }

            var toInterest = Math.Min(p.Amount, interestDue);
            var toPrincipal = p.Amount - toInterest;
            if (toPrincipal > outstanding)
            {
                throw DomainRuleException.Format("That is more than is owed: paying the loan off on {0:MMM d, yyyy} takes {1}.", p.On, Money.Format(outstanding + interestDue));
            }

            interestDue -= toInterest;
            outstanding -= toPrincipal;
            overdue = Math.Max(0, overdue - toPrincipal);
            interestPaid += toInterest;
            principalPaid += toPrincipal;
            Settle(unpaidSince, p.Amount);
            splits.Add(new PaymentSplit(p.On, p.Amount, toInterest, toPrincipal));
        }

        for (var t = 0; t < terms.Count; t++)
        {
            var period = terms[t];
            var until = t + 1 < terms.Count ? terms[t + 1].From : DateOnly.MaxValue;
            if (t > 0)
            {
                // A restructure takes what is owed that day — unpaid interest included — as the new principal.
                while (pending.Count > 0 && pending.Peek().On < period.From)
                {
                    Pay(pending.Dequeue());
                }

                if (period.Terms.Principal != outstanding + interestDue)
                {
                    throw DomainRuleException.Format("A restructure's principal is what is owed on {0:MMM d, yyyy}: {1}.", period.From, Money.Format(outstanding + interestDue));
                }

                outstanding += interestDue;
                interestDue = 0;
                overdue = 0;
                unpaidSince.Clear();
            }

            var rate = period.Terms.MonthlyRate;
            var level = RepaymentSchedule.LevelPayment(
                period.Terms.Principal + Capitalised(period.Terms), rate, period.Terms.AmortizingMonths);
            for (var month = 0; month < period.Terms.TotalMonths; month++)
            {
                var dueOn = period.Terms.DueOn(month);
                if (dueOn > asOf || dueOn >= until)
                {
                    break;
                }

                while (pending.Count > 0 && pending.Peek().On < dueOn)
                {
                    Pay(pending.Dequeue());
                }

                var interest = Money.RoundToCent(outstanding * rate);
                var kind = month < period.Terms.GraceMonths ? InstallmentKind.Grace
                    : month < period.Terms.GraceMonths + period.Terms.InterestOnlyMonths ? InstallmentKind.InterestOnly
                    : InstallmentKind.Amortizing;
                if (kind == InstallmentKind.Grace)
                {
                    outstanding += interest;
                    continue;
                }

                var notYetDue = outstanding - overdue;
                var principal = kind == InstallmentKind.InterestOnly ? 0m
                    : month == period.Terms.TotalMonths - 1 ? notYetDue
                    : Math.Min(Math.Max(level - interest, 0), notYetDue);
                interestDue += interest;
                overdue += principal;
                if (interest + principal > 0)
                {
                    unpaidSince.Enqueue((dueOn, interest + principal));
                }

                // A payment made on the due date counts against that month's installment.
                while (pending.Count > 0 && pending.Peek().On == dueOn)
                {
                    Pay(pending.Dequeue());
                }
            }
        }

        while (pending.Count > 0)
        {
            Pay(pending.Dequeue());
        }

        return new LoanPosition(asOf, outstanding, interestDue, overdue, interestPaid, principalPaid,
            interestDue + overdue > 0 && unpaidSince.Count > 0 ? unpaidSince.Peek().DueOn : null, splits);
    }

    /// <summary>The grace months' interest the schedule adds to the principal before the level payment is set.</summary>
    private static decimal Capitalised(LoanTerms terms)
    {
        var rows = RepaymentSchedule.Of(terms);
        return rows.Where(r => r.Kind == InstallmentKind.Grace).Sum(r => r.Interest);
    }

    /// <summary>Payments clear the oldest installments first: what is left says since when the loan is behind.</summary>
    private static void Settle(Queue<(DateOnly DueOn, decimal Amount)> unpaid, decimal amount)
    {
        while (amount > 0 && unpaid.Count > 0)
        {
            var (dueOn, owed) = unpaid.Dequeue();
            if (owed > amount)
            {
                var rest = new Queue<(DateOnly, decimal)>([(dueOn, owed - amount), .. unpaid]);
                unpaid.Clear();
                foreach (var item in rest)
                {
                    unpaid.Enqueue(item);
                }

                return;
            }

            amount -= owed;
        }
    }
}
