using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Benefits;

/// <summary>Who may join a plan, from when, at which tier, and how participation is counted.</summary>
public sealed class EligibilityTests
{
    private static readonly EligibilityRules Rules = EligibilityRules.Default with { MinimumHoursPerWeek = 20, WaitingDays = 30, States = ["MA", "VT"] };

    [Test]
    public void AWorkerOfAnActiveCoopWithEnoughHoursInACoveredStateIsEligible()
    {
        var result = Eligibility.Check(Rules, new WorkerFacts(MembershipStatus.Active, WorkerKind.WorkerOwner, 32, new DateOnly(2024, 3, 1), "ma"));

        Assert.That(result.IsEligible, Is.True, string.Join(" ", result.Reasons));
    }

    [Test]
    public void EveryFailingRuleIsNamed()
    {
        var rules = Rules with { WorkerKinds = [WorkerKind.WorkerOwner] };
        var result = Eligibility.Check(rules, new WorkerFacts(MembershipStatus.Lapsed, WorkerKind.NonMemberWorker, 12.5m, null, "NY"));

        Assert.Multiple(() =>
        {
            Assert.That(result.IsEligible, Is.False);
            Assert.That(result.Reasons, Has.Count.EqualTo(5));
            Assert.That(result.Reasons, Has.Some.Contains("lapsed"));
            Assert.That(result.Reasons, Has.Some.Contains("non-member worker"));
            Assert.That(result.Reasons, Has.Some.Contains("12.5 hours a week; the plan needs at least 20"));
            Assert.That(result.Reasons, Has.Some.Contains("does not cover NY (only MA, VT)"));
            Assert.That(result.Reasons, Has.Some.Contains("hire date is not known"));
        });
    }

    [Test]
    public void ExactlyTheMinimumHoursIsEnough() =>
        Assert.That(Eligibility.Check(Rules, new WorkerFacts(MembershipStatus.Active, WorkerKind.WorkerOwner, 20, new DateOnly(2024, 1, 1), "VT")).IsEligible, Is.True);

    [Test]
    public void APlanWithNoStatesListedCoversEveryState() =>
        Assert.That(Eligibility.Check(Rules with { States = [] }, new WorkerFacts(MembershipStatus.Active, WorkerKind.WorkerOwner, 40, new DateOnly(2024, 1, 1), null)).IsEligible, Is.True);

    [TestCase("2027-03-15", 30, "2027-05-01", TestName = "Hired mid-month with a 30-day wait: the wait ends April 14, covered from May 1")]
    [TestCase("2027-03-01", 0, "2027-03-01", TestName = "Hired on the 1st with no wait: covered that day")]
    [TestCase("2027-03-02", 0, "2027-04-01", TestName = "Hired on the 2nd with no wait: covered from the next month")]
    [TestCase("2027-01-31", 29, "2027-03-01", TestName = "A wait ending on March 1 starts coverage that day")]
    [TestCase("2028-01-31", 29, "2028-03-01", TestName = "Leap year: January 31 + 29 days is February 29, covered from March 1")]
    [TestCase("2028-01-31", 30, "2028-03-01", TestName = "Leap year: the wait ends March 1, covered that day")]
    [TestCase("2027-12-15", 30, "2028-02-01", TestName = "A wait crossing the year ends January 14, covered from February 1")]
    [TestCase("2027-11-30", 90, "2028-03-01", TestName = "A 90-day wait from November 30 ends February 28, covered from March 1")]
    public void CoverageStartsOnTheFirstOfTheMonthOnOrAfterTheWaitingPeriod(string hired, int waitingDays, string expected) =>
        Assert.That(Eligibility.FirstCoveredDay(DateOnly.Parse(hired), waitingDays), Is.EqualTo(DateOnly.Parse(expected)));

    [Test]
    public void TheEligibilityResultCarriesTheFirstCoveredDay()
    {
        var result = Eligibility.Check(Rules, new WorkerFacts(MembershipStatus.Active, WorkerKind.WorkerOwner, 40, new DateOnly(2027, 3, 15), "MA"));

        Assert.That(result.EligibleFrom, Is.EqualTo(new DateOnly(2027, 5, 1)));
    }

    [TestCase(new DependentRelationship[0], CoverageTier.WorkerOnly)]
    [TestCase(new[] { DependentRelationship.Spouse }, CoverageTier.WorkerAndPartner)]
    [TestCase(new[] { DependentRelationship.DomesticPartner }, CoverageTier.WorkerAndPartner)]
    [TestCase(new[] { DependentRelationship.Child, DependentRelationship.Child }, CoverageTier.WorkerAndChildren)]
    [TestCase(new[] { DependentRelationship.Child, DependentRelationship.DomesticPartner }, CoverageTier.Family)]
    public void TheDependentsDecideTheTier(DependentRelationship[] dependents, CoverageTier expected) =>
        Assert.That(Eligibility.TierFor(dependents), Is.EqualTo(expected));

    [TestCase(10, 6, 2, 80.0)]
    [TestCase(3, 1, 0, 33.3)]
    [TestCase(3, 2, 0, 66.7)]
    [TestCase(0, 0, 0, 100.0)]
    [TestCase(4, 4, 3, 100.0)]
    public void ParticipationCountsEnrolledAndWaivedWithOtherCoverage(int eligible, int enrolled, int waived, decimal expected) =>
        Assert.That(Eligibility.ParticipationPercent(eligible, enrolled, waived), Is.EqualTo(expected));

    [Test]
    public void OnlyWaiversForOtherCoverageCountTowardsParticipation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Eligibility.CountsForParticipation(WaiveReason.CoveredBySpouseOrPartner), Is.True);
            Assert.That(Eligibility.CountsForParticipation(WaiveReason.DoesNotWantCoverage), Is.False);
            Assert.That(Eligibility.CountsForParticipation(WaiveReason.Other), Is.False);
        });
    }

    [TestCase("2027-01-15", "2027-01-31")]
    [TestCase("2027-02-01", "2027-02-28")]
    [TestCase("2028-02-10", "2028-02-29")]
    [TestCase("2027-12-31", "2027-12-31")]
    [TestCase("2027-04-30", "2027-04-30")]
    public void AWorkerWhoLeavesOrFallsBelowTheHoursIsCoveredToTheEndOfThatMonth(string happened, string lastDay) =>
        Assert.That(CoverageEnd.ForWorker(DateOnly.Parse(happened)), Is.EqualTo(DateOnly.Parse(lastDay)));

    [TestCase("2027-01-20", 30, "2027-02-19")]
    [TestCase("2028-02-01", 28, "2028-02-29")]
    [TestCase("2027-03-05", 0, "2027-03-05")]
    public void ALapsedCoopsWorkersAreCoveredToTheEndOfTheDuesGracePeriod(string lapsed, int graceDays, string lastDay) =>
        Assert.That(CoverageEnd.ForLapsedCoop(DateOnly.Parse(lapsed), graceDays), Is.EqualTo(DateOnly.Parse(lastDay)));
}
