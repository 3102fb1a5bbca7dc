using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Financing;

namespace CoopAlliance.Domain.Tests.Financing;

/// <summary>Schedules and payments against tables worked out by hand (issue 15): to the cent, the last payment absorbing the rest.</summary>
public sealed class RepaymentScheduleTests
{
    private static readonly DateOnly Jan31 = new(2027, 1, 31);

    private static (decimal Payment, decimal Principal, decimal Interest, decimal Balance)[] Rows(LoanTerms terms) =>
        RepaymentSchedule.Of(terms).Select(r => (r.Payment, r.Principal, r.Interest, r.Balance)).ToArray();

    [Test]
    public void TenThousandDollarsAtSixPercentOverAYear()
    {
        var expected = new (decimal, decimal, decimal, decimal)[]
        {
            (860.66m, 810.66m, 50.00m, 9189.34m), (860.66m, 814.71m, 45.95m, 8374.63m), (860.66m, 818.79m, 41.87m, 7555.84m),
            (860.66m, 822.88m, 37.78m, 6732.96m), (860.66m, 827.00m, 33.66m, 5905.96m), (860.66m, 831.13m, 29.53m, 5074.83m),
            (860.66m, 835.29m, 25.37m, 4239.54m), (860.66m, 839.46m, 21.20m, 3400.08m), (860.66m, 843.66m, 17.00m, 2556.42m),
            (860.66m, 847.88m, 12.78m, 1708.54m), (860.66m, 852.12m, 8.54m, 856.42m), (860.70m, 856.42m, 4.28m, 0.00m),
        };

        Assert.That(Rows(new LoanTerms(10_000m, 6m, 12, Jan31)), Is.EqualTo(expected));
    }

    [Test]
    public void AtZeroPercentTheLastPaymentTakesTheOddCent()
    {
        var terms = new LoanTerms(1_000m, 0m, 3, Jan31);

        Assert.That(Rows(terms), Is.EqualTo(new[] { (333.33m, 333.33m, 0m, 666.67m), (333.33m, 333.33m, 0m, 333.34m), (333.34m, 333.34m, 0m, 0m) }));
        Assert.That(RepaymentSchedule.Of(terms).Select(r => r.DueOn),
            Is.EqualTo(new[] { Jan31, new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31) }), "A month later each time; the 31st becomes the month's last day.");
    }

    [Test]
    public void GraceMonthsAddTheirInterestToThePrincipalAndInterestOnlyMonthsPayItAlone()
    {
        var rows = RepaymentSchedule.Of(new LoanTerms(5_000m, 4.5m, 6, Jan31, GraceMonths: 2, InterestOnlyMonths: 1));

        Assert.That(rows.Select(r => r.Kind), Is.EqualTo(new[]
        {
            InstallmentKind.Grace, InstallmentKind.Grace, InstallmentKind.InterestOnly, InstallmentKind.Amortizing, InstallmentKind.Amortizing,
            InstallmentKind.Amortizing, InstallmentKind.Amortizing, InstallmentKind.Amortizing, InstallmentKind.Amortizing,
        }));
        Assert.That(rows.Select(r => (r.Payment, r.Principal, r.Interest, r.Balance)), Is.EqualTo(new[]
        {
            (0m, 0m, 18.75m, 5018.75m), (0m, 0m, 18.82m, 5037.57m), (18.89m, 0m, 18.89m, 5037.57m),
            (850.65m, 831.76m, 18.89m, 4205.81m), (850.65m, 834.88m, 15.77m, 3370.93m), (850.65m, 838.01m, 12.64m, 2532.92m),
            (850.65m, 841.15m, 9.50m, 1691.77m), (850.65m, 844.31m, 6.34m, 847.46m), (850.64m, 847.46m, 3.18m, 0m),
        }));
    }

    [TestCase(0, 12)]
    [TestCase(101, 12)]
    [TestCase(5, 0)]
    [TestCase(5, 361)]
    public void TermsNoScheduleCanBeMadeOfAreRefused(decimal rate, int months) =>
        Assert.Throws<DomainRuleException>(() => RepaymentSchedule.Of(new LoanTerms(rate == 0 ? 0m : 1_000m, rate, months, Jan31)));

    [Test]
    public void PaymentsMadeToTheLetterRepayTheLoanExactlyAsScheduled()
    {
        var terms = new LoanTerms(5_000m, 4.5m, 6, Jan31, GraceMonths: 2, InterestOnlyMonths: 1);
        var schedule = RepaymentSchedule.Of(terms);
        var payments = schedule.Where(r => r.Payment > 0).Select(r => new LoanPayment(r.DueOn, r.Payment)).ToList();

        var position = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], payments, schedule[^1].DueOn);

        Assert.That(position.IsRepaid, Is.True);
        Assert.That(position.InterestPaid, Is.EqualTo(schedule.Where(r => r.Kind != InstallmentKind.Grace).Sum(r => r.Interest)));
        Assert.That(position.Payments.Select(p => (p.ToInterest, p.ToPrincipal)),
            Is.EqualTo(schedule.Where(r => r.Payment > 0).Select(r => (r.Interest, r.Principal))));
    }

    [Test]
    public void AnEarlyPayoffOwesThePrincipalLeftAndNoFutureInterest()
    {
        var terms = new LoanTerms(10_000m, 6m, 12, Jan31);
        var schedule = RepaymentSchedule.Of(terms);
        var onTime = schedule.Take(3).Select(r => new LoanPayment(r.DueOn, r.Payment)).ToList();
        var dayAfterThird = schedule[2].DueOn.AddDays(1);

        var before = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], onTime, dayAfterThird);
        Assert.That(before.Payoff, Is.EqualTo(7555.84m));

        var after = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], [.. onTime, new LoanPayment(dayAfterThird, 7555.84m)], schedule[^1].DueOn);
        Assert.That(after.IsRepaid, Is.True);
        Assert.That(after.InterestPaid, Is.EqualTo(50.00m + 45.95m + 41.87m));
        Assert.Throws<DomainRuleException>(() =>
            LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], [.. onTime, new LoanPayment(dayAfterThird, 7555.85m)], dayAfterThird),
            "A cent more than is owed is refused.");
    }

    [Test]
    public void ALatePartialPaymentGoesToInterestThenPrincipalAndTheRestStaysInArrears()
    {
        var terms = new LoanTerms(10_000m, 6m, 12, Jan31);
        var due = RepaymentSchedule.Of(terms).Select(r => r.DueOn).ToArray();
        List<LoanPayment> payments = [new(due[0], 860.66m), new(due[1].AddDays(10), 500m)];

        var late = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], payments, due[1].AddDays(10));
        Assert.That(late.Payments[1], Is.EqualTo(new PaymentSplit(due[1].AddDays(10), 500m, 45.95m, 454.05m)));
        Assert.That(late.PrincipalOutstanding, Is.EqualTo(8735.29m));
        Assert.That(late.Arrears, Is.EqualTo(360.66m));
        Assert.That(late.OldestUnpaidDueOn, Is.EqualTo(due[1]));

        // The next month's interest is on the principal still owed: more than the schedule's 41.87.
        var next = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], payments, due[2]);
        Assert.That(next.InterestDue, Is.EqualTo(43.68m));
        Assert.That(next.PrincipalOverdue, Is.EqualTo(360.66m + 816.98m));
        Assert.That(next.Arrears, Is.EqualTo(1221.32m));
    }

    [Test]
    public void APrepaymentShortensTheLoan()
    {
        var terms = new LoanTerms(1_200m, 0m, 12, Jan31);
        var due = RepaymentSchedule.Of(terms).Select(r => r.DueOn).ToArray();
        List<LoanPayment> payments = [new(Jan31.AddDays(-20), 600m), .. due.Take(6).Select(d => new LoanPayment(d, 100m))];

        var position = LoanLedger.Position([new TermsPeriod(Jan31, terms, null)], payments, due[6]);

        Assert.That(position.IsRepaid, Is.True, "Six months early: nothing more falls due.");
        Assert.That(position.Arrears, Is.Zero);
    }

    [Test]
    public void ARestructureTakesWhatIsOwedAsTheNewPrincipalAndKeepsTheOldTerms()
    {
        var first = new LoanTerms(10_000m, 6m, 12, Jan31);
        var due = RepaymentSchedule.Of(first).Select(r => r.DueOn).ToArray();
        List<LoanPayment> paid = [new(due[0], 860.66m), new(due[1], 860.66m)];
        var on = due[2].AddDays(5);
        var behind = LoanLedger.Position([new TermsPeriod(Jan31, first, null)], paid, on);
        Assert.That(behind.Payoff, Is.EqualTo(8374.63m + 41.87m));

        var second = new LoanTerms(8_416.50m, 3m, 12, on.AddMonths(1));
        TermsPeriod[] history = [new(Jan31, first, null), new(on, second, "Slow winter; the committee lowered the rate.")];
        var position = LoanLedger.Position(history, [.. paid, new LoanPayment(on.AddMonths(1), 712.82m)], on.AddMonths(1));

        Assert.That(position.Arrears, Is.Zero, "The missed month is part of the new principal.");
        Assert.That(position.Payments[^1], Is.EqualTo(new PaymentSplit(on.AddMonths(1), 712.82m, 21.04m, 691.78m)));
        Assert.That(position.PrincipalOutstanding, Is.EqualTo(7724.72m));
        Assert.That(RepaymentSchedule.Of(second)[0].Payment, Is.EqualTo(712.82m));
        Assert.Throws<DomainRuleException>(() => LoanLedger.Position(
            [new(Jan31, first, null), new(on, second with { Principal = 8_374.63m }, null)], paid, on.AddMonths(1)),
            "A restructure cannot forgive the unpaid interest by accident.");
    }
}
