using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Benefits;

/// <summary>Plans, plan years, windows and tier prices; the co-op's share of each premium.</summary>
public sealed class PlanTests
{
    [Test]
    public void EachTierHasItsPremium()
    {
        var year = BenefitsFactory.Year2027(BenefitsFactory.HealthPlan());

        Assert.Multiple(() =>
        {
            Assert.That(year.PremiumFor(CoverageTier.WorkerOnly), Is.EqualTo(512m));
            Assert.That(year.PremiumFor(CoverageTier.Family), Is.EqualTo(1433.60m));
            Assert.That(year.Rates.Select(r => r.Tier), Is.Ordered);
        });
    }

    [Test]
    public void ATierTheYearDoesNotOfferHasNoPrice()
    {
        var plan = BenefitsFactory.HealthPlan();
        var year = plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            [new(CoverageTier.WorkerOnly, 300m)]);

        var error = Assert.Throws<DomainRuleException>(() => year.PremiumFor(CoverageTier.Family));
        Assert.That(error!.Message, Does.Contain("does not offer family coverage"));
    }

    [Test]
    public void TieredPlansPriceTheWorkerOnlyTier()
    {
        var plan = BenefitsFactory.HealthPlan();

        Assert.Throws<DomainRuleException>(() => plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1),
            new DateOnly(2026, 11, 30), [new(CoverageTier.Family, 900m)]));
    }

    [Test]
    public void PlanYearsOfOnePlanDoNotOverlap()
    {
        var plan = BenefitsFactory.HealthPlan();
        BenefitsFactory.Year2027(plan);

        var error = Assert.Throws<DomainRuleException>(() => plan.AddYear(new DateOnly(2027, 7, 1), new DateOnly(2028, 6, 30),
            new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31), [new(CoverageTier.WorkerOnly, 500m)]));
        Assert.That(error!.Message, Does.Contain("overlapping"));
    }

    [Test]
    public void TheWindowClosesBeforeThePlanYearEnds() =>
        Assert.Throws<DomainRuleException>(() => BenefitsFactory.HealthPlan().AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31),
            new DateOnly(2027, 12, 1), new DateOnly(2028, 1, 15), [new(CoverageTier.WorkerOnly, 500m)]));

    [TestCase("2026-10-31", false)]
    [TestCase("2026-11-01", true)]
    [TestCase("2026-11-30", true)]
    [TestCase("2026-12-01", false)]
    public void TheWindowIsOpenFromItsFirstToItsLastDay(string today, bool open) =>
        Assert.That(BenefitsFactory.Year2027(BenefitsFactory.HealthPlan()).IsWindowOpen(DateOnly.Parse(today)), Is.EqualTo(open));

    [Test]
    public void OpeningAndClosingTheWindowIsRecordedOnce()
    {
        var year = BenefitsFactory.Year2027(BenefitsFactory.HealthPlan());

        Assert.Multiple(() =>
        {
            Assert.That(year.MarkWindowOpened(BenefitsFactory.At), Is.True);
            Assert.That(year.MarkWindowOpened(BenefitsFactory.At.AddHours(1)), Is.False);
            Assert.That(year.WindowOpenedAt, Is.EqualTo(BenefitsFactory.At));
            Assert.That(year.MarkWindowClosed(BenefitsFactory.At), Is.True);
            Assert.That(year.MarkWindowClosed(BenefitsFactory.At), Is.False);
        });
    }

    [Test]
    public void ARetirementPlanHasNoTiersButAContributionRule()
    {
        Assert.Throws<DomainRuleException>(() => new Plan("Co-op 401(k)", PlanKind.Retirement, 1, "K1", EligibilityRules.Default, 30, null));

        var plan = new Plan("Co-op 401(k)", PlanKind.Retirement, 1, "K1", EligibilityRules.Default, 30, "The co-op matches 100 % of the first 4 % of pay.");
        var year = plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), []);

        Assert.Multiple(() =>
        {
            Assert.That(plan.HasTiers, Is.False);
            Assert.That(year.Rates, Is.Empty);
        });
    }

    [TestCase(80, 512, 409.60, 102.40)]
    [TestCase(100, 512, 512, 0)]
    [TestCase(0, 512, 0, 512)]
    [TestCase(75, 921.61, 691.21, 230.40, TestName = "A share of an odd cent rounds half away from zero, and the shares still add up")]
    [TestCase(33.33, 100, 33.33, 66.67)]
    public void APercentContributionSplitsEachPremiumToTheCent(decimal percent, decimal premium, decimal coop, decimal worker)
    {
        var plan = BenefitsFactory.HealthPlan();
        var participation = BenefitsFactory.Participation(BenefitsFactory.Year2027(plan), plan, percent);

        var split = participation.Split(premium, CoverageTier.WorkerOnly);

        Assert.Multiple(() =>
        {
            Assert.That(split.CoopShare, Is.EqualTo(coop));
            Assert.That(split.WorkerShare, Is.EqualTo(worker));
            Assert.That(split.CoopShare + split.WorkerShare, Is.EqualTo(premium));
        });
    }

    [Test]
    public void AFixedContributionIsPerTierAndNeverMoreThanThePremium()
    {
        var plan = BenefitsFactory.HealthPlan();
        var year = BenefitsFactory.Year2027(plan);
        var participation = new CoopParticipation(5, year, MembershipStatus.Active, plan.Rules, ContributionKind.FixedPerTier, null,
            [new(CoverageTier.WorkerOnly, 600m), new(CoverageTier.Family, 1000m)], year.StartsOn, BenefitsFactory.Rep, BenefitsFactory.At);

        Assert.Multiple(() =>
        {
            Assert.That(participation.Split(512m, CoverageTier.WorkerOnly), Is.EqualTo(new PremiumSplit(512m, 512m, 0m)));
            Assert.That(participation.Split(1433.60m, CoverageTier.Family), Is.EqualTo(new PremiumSplit(1433.60m, 1000m, 433.60m)));
            Assert.That(participation.Split(1024m, CoverageTier.WorkerAndPartner), Is.EqualTo(new PremiumSplit(1024m, 0m, 1024m)));
        });
    }

    [TestCase(MembershipStatus.Lapsed)]
    [TestCase(MembershipStatus.Suspended)]
    [TestCase(MembershipStatus.Applicant)]
    public void ACoopNotInAnAllowedStandingCannotJoin(MembershipStatus standing)
    {
        var plan = BenefitsFactory.HealthPlan();
        var year = BenefitsFactory.Year2027(plan);

        var error = Assert.Throws<DomainRuleException>(() => new CoopParticipation(5, year, standing, plan.Rules, ContributionKind.PercentOfPremium, 50,
            [], year.StartsOn, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("cannot join"));
    }

    [Test]
    public void AContributionStartsOnTheFirstOfAMonthInsideThePlanYear()
    {
        var plan = BenefitsFactory.HealthPlan();
        var year = BenefitsFactory.Year2027(plan);

        Assert.Multiple(() =>
        {
            Assert.Throws<DomainRuleException>(() => new CoopParticipation(5, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 50,
                [], new DateOnly(2027, 2, 15), BenefitsFactory.Rep, BenefitsFactory.At));
            Assert.Throws<DomainRuleException>(() => new CoopParticipation(5, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 50,
                [], new DateOnly(2028, 1, 1), BenefitsFactory.Rep, BenefitsFactory.At));
            Assert.Throws<DomainRuleException>(() => new CoopParticipation(5, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 120,
                [], year.StartsOn, BenefitsFactory.Rep, BenefitsFactory.At));
        });
    }

    [Test]
    public void OnlyARequestedParticipationIsDecided()
    {
        var plan = BenefitsFactory.HealthPlan();
        var participation = BenefitsFactory.Participation(BenefitsFactory.Year2027(plan), plan);

        Assert.Multiple(() =>
        {
            Assert.That(participation.IsApproved, Is.True);
            Assert.That(participation.GroupNumber, Is.EqualTo("GRP-77"));
            Assert.Throws<DomainRuleException>(() => participation.Decline("no", new Actor(1, "Sam Staff"), BenefitsFactory.At));
        });
    }
}
