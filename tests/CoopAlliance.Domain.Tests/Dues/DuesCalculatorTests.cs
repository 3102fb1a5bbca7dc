using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Tests.Dues;

public sealed class DuesCalculatorTests
{
    private static readonly DateTimeOffset At = new(2027, 1, 1, 11, 0, 0, TimeSpan.Zero);

    private static DuesPolicy Policy(BillingFrequency frequency, params DuesComponent[] components) =>
        new("Dues", new DateOnly(2026, 1, 1), frequency, 30, 25, [new DuesTier("Members", [], components)], At);

    private static InvoiceDraft Bill(DuesPolicy policy, string period, DateOnly? memberSince = null, DuesFigures? figures = null,
        IEnumerable<HardshipReduction>? hardships = null) =>
        DuesCalculator.Compute(policy, BillingPeriod.Parse(period), new DuesMember(1, CoopKind.WorkerCoop, memberSince ?? new DateOnly(2020, 1, 1)),
            figures ?? new DuesFigures(null, null, 10, "co-op profile"), hardships ?? [])!;

    [Test]
    public void APercentageOfWagesIsExplainedInWordsWithItsFloorAndCap()
    {
        var policy = Policy(BillingFrequency.Annual, DuesComponent.PercentOfWages(0.15m, 50, 3000));

        var draft = Bill(policy, "2027", figures: new DuesFigures(412_000, null, 10, "2026 self-report"));

        Assert.That(draft.Total, Is.EqualTo(618.00m));
        Assert.That(draft.Lines.Single().Description,
            Is.EqualTo("0.15 % of $412,000 reported wages (2026 self-report) = $618.00, within $50–$3,000 a year"));
    }

    [Test]
    public void APercentageAboveTheCapIsCappedAndBelowTheFloorIsRaised()
    {
        var policy = Policy(BillingFrequency.Annual, DuesComponent.PercentOfRevenue(1m, 50, 3000));

        var big = Bill(policy, "2027", figures: new DuesFigures(null, 1_000_000, 10, "2026 self-report"));
        var small = Bill(policy, "2027", figures: new DuesFigures(null, 1_000, 10, "2026 self-report"));
        var none = Bill(policy, "2027");

        Assert.That(big.Total, Is.EqualTo(3000m));
        Assert.That(big.Lines[0].Description, Does.Contain("capped at $3,000.00"));
        Assert.That(small.Total, Is.EqualTo(50m));
        Assert.That(small.Lines[0].Description, Does.Contain("raised to the minimum of $50.00"));
        Assert.That(none.Total, Is.EqualTo(50m));
        Assert.That(none.Lines[0].Description, Does.Contain("No annual revenue reported"));
    }

    [Test]
    public void PerWorkerOwnerDuesDeclineInSteps()
    {
        var policy = Policy(BillingFrequency.Annual, DuesComponent.PerWorkerOwner(
            [new WorkerOwnerStep(1, 200), new WorkerOwnerStep(3, 100), new WorkerOwnerStep(null, 50)]));

        var draft = Bill(policy, "2027", figures: new DuesFigures(null, null, 12, "co-op profile"));

        Assert.That(draft.Total, Is.EqualTo(850m)); // 200 + 2 × 100 + 9 × 50
        Assert.That(draft.Lines[0].Description, Does.Contain("12 worker-owners").And.Contain("$200 the first, $100 the 2nd–3rd, $50 each after")
            .And.Contain("1 × $200 + 2 × $100 + 9 × $50 = $850.00"));
    }

    [Test]
    public void ComponentsAddUpAndTheIntroductoryRateAppliesOnlyInTheFirstYears()
    {
        var tier = new DuesTier("New members", [CoopKind.WorkerCoop], [DuesComponent.Flat(600), DuesComponent.PercentOfWages(0.1m, null, null)], 2, 50);
        var policy = new DuesPolicy("Dues", new DateOnly(2026, 1, 1), BillingFrequency.Monthly, 30, 25, [tier], At);
        var figures = new DuesFigures(120_000, null, 4, "2026 self-report");

        var newMember = Bill(policy, "2027-01", new DateOnly(2025, 6, 1), figures);
        var oldMember = Bill(policy, "2027-07", new DateOnly(2025, 6, 1), figures);

        Assert.That(oldMember.Total, Is.EqualTo(60m)); // (600 + 120) / 12
        Assert.That(newMember.Total, Is.EqualTo(30m));
        Assert.That(newMember.Lines.Last().Description, Does.StartWith("Introductory rate for the first 2 years of membership"));
        Assert.That(newMember.Lines.Sum(l => l.Amount), Is.EqualTo(newMember.Total));
    }

    [Test]
    public void NoTierForTheCoopsKindMeansNoInvoice()
    {
        var policy = new DuesPolicy("Dues", new DateOnly(2026, 1, 1), BillingFrequency.Monthly, 30, 25,
            [new DuesTier("Start-ups", [CoopKind.StartupInDevelopment], [DuesComponent.Flat(120)])], At);

        Assert.That(DuesCalculator.Compute(policy, BillingPeriod.Parse("2027-01"), new DuesMember(1, CoopKind.WorkerCoop, null),
            new DuesFigures(null, null, 1, "co-op profile"), []), Is.Null);
    }

    // Pro-rating: the days from joining to the period's end, both included, over the days in the period;
    // full precision, rounded once at the end.
    [TestCase("2027-01", "2027-01-31", 1200, 3.23, Description = "last day of a 31-day month: 100 × 1/31")]
    [TestCase("2027-02", "2027-02-28", 1200, 3.57, Description = "last day of February in a common year: 100 × 1/28")]
    [TestCase("2028-02", "2028-02-29", 1200, 3.45, Description = "leap day: 100 × 1/29")]
    [TestCase("2028-02", "2028-02-01", 1200, 100.00, Description = "joining on the first day is a full period")]
    [TestCase("2027-04", "2027-04-16", 1200, 50.00, Description = "15 of 30 days")]
    [TestCase("2028-Q1", "2028-03-01", 1200, 102.20, Description = "31 of 91 days in a leap-year quarter: 300 × 31/91 = 102.197…")]
    [TestCase("2028", "2028-03-01", 1000, 836.07, Description = "306 of 366 days of a leap year")]
    [TestCase("2027", "2027-12-31", 1000, 2.74, Description = "1 of 365 days")]
    [TestCase("2028", "2028-12-31", 1000, 2.73, Description = "1 of 366 days")]
    public void AMidPeriodMemberIsProRatedByDays(string period, string joined, decimal annual, decimal expected)
    {
        var p = BillingPeriod.Parse(period);
        var policy = new DuesPolicy("Dues", p.Start, p.Frequency, 30, 25, [new DuesTier("All", [], [DuesComponent.Flat(annual)])], At);
        var since = DateOnly.Parse(joined, System.Globalization.CultureInfo.InvariantCulture);
        var exact = annual / p.PeriodsPerYear * (p.End.DayNumber - since.DayNumber + 1) / p.Days;

        var draft = Bill(policy, period, since);

        Assert.That(draft.Total, Is.EqualTo(Math.Round(exact, 2, MidpointRounding.AwayFromZero)));
        Assert.That(draft.Total, Is.EqualTo(expected));
        Assert.That(draft.Lines.Sum(l => l.Amount), Is.EqualTo(draft.Total));
    }

    [Test]
    public void TheTotalIsRoundedOnceNotLineByLine()
    {
        // Three components of $100 a year billed monthly: 8.3333... each. Rounded line by line that would be $24.99.
        var policy = Policy(BillingFrequency.Monthly, DuesComponent.Flat(100), DuesComponent.Flat(100), DuesComponent.Flat(100));

        var draft = Bill(policy, "2027-01");

        Assert.That(draft.Total, Is.EqualTo(25.00m));
        Assert.That(draft.Lines.Sum(l => l.Amount), Is.EqualTo(25.00m));
        Assert.That(draft.Lines.Select(l => l.Amount), Is.EquivalentTo(new[] { 8.34m, 8.33m, 8.33m }));
    }

    [Test]
    public void HardshipReductionsAndWaiversApplyToPeriodsStartingInTheirRange()
    {
        var policy = Policy(BillingFrequency.Monthly, DuesComponent.Flat(1200));
        var staff = new Actor(7, "Sam Staff");
        var quarter = new HardshipReduction(1, HardshipKind.Percentage, 25, new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31), "Fire in the bakery", staff, At);
        var waiver = new HardshipReduction(1, HardshipKind.Percentage, 100, new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30), "Closed for repairs", staff, At);

        Assert.That(Bill(policy, "2027-02", hardships: [quarter, waiver]).Total, Is.EqualTo(75m));
        Assert.That(Bill(policy, "2027-02", hardships: [quarter]).Lines.Last().Description, Does.Contain("25 %").And.Contain("Fire in the bakery").And.Contain("Sam Staff"));
        Assert.That(Bill(policy, "2027-04", hardships: [quarter, waiver]).Total, Is.Zero);
        Assert.That(Bill(policy, "2027-05", hardships: [quarter, waiver]).Total, Is.EqualTo(100m));
    }

    [Test]
    public void BillingPeriodsParseAndDescribeThemselves()
    {
        Assert.That(BillingPeriod.Parse("2027-01").Describe(), Is.EqualTo("January 2027"));
        Assert.That(BillingPeriod.Parse("2028-q1").Days, Is.EqualTo(91));
        Assert.That(BillingPeriod.Parse("2028").Days, Is.EqualTo(366));
        Assert.That(BillingPeriod.Parse("2027-12").Next().Key, Is.EqualTo("2028-01"));
        Assert.That(BillingPeriod.TryParse("2027-13", out _), Is.False);
        Assert.Throws<DomainRuleException>(() => BillingPeriod.Parse("January"));
    }
}
