using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Financing;

/// <summary>What a month of a loan's schedule is: nothing due (grace), interest only, or principal and interest.</summary>
public enum InstallmentKind
{
    Grace,
    InterestOnly,
    Amortizing,
}

/// <summary>
/// A loan's terms: the principal lent, a fixed yearly rate (0 % allowed), then month by month first
/// <see cref="GraceMonths"/> with nothing due (the interest they accrue is added to the principal), then
/// <see cref="InterestOnlyMonths"/> paying the interest alone, then <see cref="AmortizingMonths"/> level payments of
/// principal and interest. The first month falls due on <see cref="FirstDueOn"/>, each next one a month later (the 31st
/// becomes the month's last day).
/// </summary>
public sealed record LoanTerms(decimal Principal, decimal AnnualRatePercent, int AmortizingMonths, DateOnly FirstDueOn, int GraceMonths = 0, int InterestOnlyMonths = 0)
{
    public const int MaxMonths = 360;

    public decimal MonthlyRate => AnnualRatePercent / 100m / 12m;

    public int TotalMonths => GraceMonths + InterestOnlyMonths + AmortizingMonths;

    public DateOnly DueOn(int month) => FirstDueOn.AddMonths(month);

    /// <summary>Refuses terms no schedule can be made of, with the words a committee member would use.</summary>
    public void Check()
    {
        if (Principal <= 0 || Principal != Money.RoundToCent(Principal))
        {
            throw new DomainRuleException("Lend an amount in dollars and cents, above $0.00.");
        }

        if (AnnualRatePercent is < 0 or > 100)
        {
            throw new DomainRuleException("The yearly rate is between 0 % and 100 %.");
        }

        if (AmortizingMonths < 1 || GraceMonths < 0 || InterestOnlyMonths < 0 || TotalMonths > MaxMonths)
        {
            throw DomainRuleException.Format("A loan is repaid over 1 to {0} months, grace and interest-only months included.", MaxMonths);
        }

        if (Principal < AmortizingMonths * 0.01m)
        {
            throw new DomainRuleException("The amount is too small to repay in that many months.");
        }
    }
}

/// <summary>One month of a schedule: what falls due, how it splits, and the principal left after it.</summary>
public sealed record Installment(int Number, DateOnly DueOn, InstallmentKind Kind, decimal Payment, decimal Principal, decimal Interest, decimal Balance);

/// <summary>
/// The exact schedule of a loan. Interest for a month is the balance at its start times the monthly rate, rounded to the
/// cent (half away from zero); the level payment is the annuity payment rounded to the cent (at 0 %, the principal over
/// the months); the last payment takes whatever principal is left, so the cents always add up to the amount lent.
/// </summary>
public static class RepaymentSchedule
{
    public static IReadOnlyList<Installment> Of(LoanTerms terms)
    {
        terms.Check();
        var rate = terms.MonthlyRate;
        var balance = terms.Principal;
        var rows = new List<Installment>(terms.TotalMonths);
        var month = 0;
        for (var i = 0; i < terms.GraceMonths; i++, month++)
        {
            // Nothing is due; the month's interest joins the principal.
            var interest = Money.RoundToCent(balance * rate);
            balance += interest;
            rows.Add(new Installment(month + 1, terms.DueOn(month), InstallmentKind.Grace, 0m, 0m, interest, balance));
        }

        for (var i = 0; i < terms.InterestOnlyMonths; i++, month++)
        {
            var interest = Money.RoundToCent(balance * rate);
            rows.Add(new Installment(month + 1, terms.DueOn(month), InstallmentKind.InterestOnly, interest, 0m, interest, balance));
        }

        var payment = LevelPayment(balance, rate, terms.AmortizingMonths);
        for (var i = 0; i < terms.AmortizingMonths; i++, month++)
        {
            var interest = Money.RoundToCent(balance * rate);
            var principal = i == terms.AmortizingMonths - 1 ? balance : Math.Min(payment - interest, balance);
            balance -= principal;
            rows.Add(new Installment(month + 1, terms.DueOn(month), InstallmentKind.Amortizing, principal + interest, principal, interest, balance));
        }

        return rows;
    }

    /// <summary>The annuity payment for <paramref name="principal"/> over <paramref name="months"/> at a monthly rate, to the cent.</summary>
    public static decimal LevelPayment(decimal principal, decimal monthlyRate, int months)
    {
        if (monthlyRate == 0)
        {
            return Money.RoundToCent(principal / months);
        }

        // (1 + r)^-n by repeated multiplication: decimal has no Pow, and 28 significant digits keep the cents exact.
        var growth = 1m;
        for (var i = 0; i < months; i++)
        {
            growth *= 1 + monthlyRate;
        }

        return Money.RoundToCent(principal * monthlyRate / (1 - 1 / growth));
    }
}
