using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Benefits;

/// <summary>Enrolling and waiving, the rules each checks, and elections kept as history.</summary>
public sealed class ElectionTests
{
    private static readonly DateOnly January = new(2027, 1, 1);
    private Plan _plan = null!;
    private PlanYear _year = null!;
    private CoopParticipation _participation = null!;

    [SetUp]
    public void SetUp()
    {
        _plan = BenefitsFactory.HealthPlan();
        _year = BenefitsFactory.Year2027(_plan);
        _participation = BenefitsFactory.Participation(_year, _plan);
    }

    [Test]
    public void EnrollingWithAChildIsWorkerAndChildren()
    {
        var worker = BenefitsFactory.Worker();
        var child = worker.AddDependent("Leo", "Lima", DependentRelationship.Child, "sealed", 'M').WithId(300);

        var election = Election.Enroll(BenefitsFactory.Context(_plan, _year, _participation, worker), [child], January, ElectionReason.OpenEnrollment, null,
            BenefitsFactory.Rep, BenefitsFactory.At);

        Assert.Multiple(() =>
        {
            Assert.That(election.Tier, Is.EqualTo(CoverageTier.WorkerAndChildren));
            Assert.That(election.DependentIds, Is.EqualTo(new[] { 300 }));
            Assert.That(election.Covers(January), Is.True);
            Assert.That(election.Covers(January.AddDays(-1)), Is.False);
        });
    }

    [Test]
    public void ACoopWhoseParticipationIsNotApprovedCannotEnroll()
    {
        var pending = BenefitsFactory.Participation(_year, _plan, approve: false);

        var error = Assert.Throws<DomainRuleException>(() => Election.Enroll(BenefitsFactory.Context(_plan, _year, pending, BenefitsFactory.Worker()), [],
            January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("staff approve its participation first"));
    }

    [Test]
    public void ALapsedCoopCannotAddEnrollmentsButMayStillWaive()
    {
        var context = BenefitsFactory.Context(_plan, _year, _participation, BenefitsFactory.Worker(), MembershipStatus.Lapsed);

        var error = Assert.Throws<DomainRuleException>(() => Election.Enroll(context, [], January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("reinstatement restores the right to enroll"));
        Assert.DoesNotThrow(() => Election.Waive(context, WaiveReason.CoveredBySpouseOrPartner, January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
    }

    [Test]
    public void AReinstatedCoopMayEnrollAgain()
    {
        var context = BenefitsFactory.Context(_plan, _year, _participation, BenefitsFactory.Worker(), MembershipStatus.Active);

        Assert.DoesNotThrow(() => Election.Enroll(context, [], January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
    }

    [Test]
    public void AWorkerBelowTheHoursIsRefusedWithTheReason()
    {
        var error = Assert.Throws<DomainRuleException>(() => Election.Enroll(BenefitsFactory.Context(_plan, _year, _participation, BenefitsFactory.Worker(hours: 12)),
            [], January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("Works 12 hours a week; the plan needs at least 20"));
    }

    [Test]
    public void CoverageCannotStartBeforeTheWaitingPeriodEnds()
    {
        var newHire = BenefitsFactory.Worker(hired: new DateOnly(2027, 3, 15));
        var context = BenefitsFactory.Context(_plan, _year, _participation, newHire);

        var error = Assert.Throws<DomainRuleException>(() => Election.Enroll(context, [], new DateOnly(2027, 4, 1), ElectionReason.NewlyEligible, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("May 1, 2027"));
        Assert.DoesNotThrow(() => Election.Enroll(context, [], new DateOnly(2027, 5, 1), ElectionReason.NewlyEligible, null, BenefitsFactory.Rep, BenefitsFactory.At));
    }

    [Test]
    public void OutsideTheWindowWithoutAReasonNothingChanges()
    {
        var context = BenefitsFactory.Context(_plan, _year, _participation, BenefitsFactory.Worker(), changeAllowed: false);

        var error = Assert.Throws<DomainRuleException>(() => Election.Waive(context, WaiveReason.Other, January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("Open enrollment for Valley Health Plus runs Nov 1 – Nov 30, 2026"));
    }

    [Test]
    public void ChangesAreAllowedInTheWindowWithAnApprovedLifeEventInTimeOrWhenNewlyEligible()
    {
        var veteran = BenefitsFactory.Worker(hired: new DateOnly(2020, 1, 1));
        var married = LifeEvent.Report(veteran, LifeEventKind.Marriage, new DateOnly(2027, 6, 10), 30, null,
            [new LifeEventAttachment("certificate.pdf", "application/pdf", [1, 2, 3], BenefitsFactory.Rep, BenefitsFactory.At)], BenefitsFactory.Rep,
            BenefitsFactory.At, new DateOnly(2027, 6, 20));
        married.Approve(new Actor(1, "Sam Staff"), new DateOnly(2027, 6, 22), null);
        var newHire = BenefitsFactory.Worker(id: 31, hired: new DateOnly(2027, 6, 1));

        Assert.Multiple(() =>
        {
            Assert.That(EnrollmentContext.MayChange(_plan, _year, veteran, new DateOnly(2026, 11, 15), null), Is.True, "in the window");
            Assert.That(EnrollmentContext.MayChange(_plan, _year, veteran, new DateOnly(2027, 6, 25), null), Is.False, "outside, no event");
            Assert.That(EnrollmentContext.MayChange(_plan, _year, veteran, new DateOnly(2027, 7, 22), married), Is.True, "30 days after approval");
            Assert.That(EnrollmentContext.MayChange(_plan, _year, veteran, new DateOnly(2027, 7, 23), married), Is.False, "31 days after approval");
            // Hired June 1, 30-day wait: covered from July 1; may enroll until July 31.
            Assert.That(EnrollmentContext.MayChange(_plan, _year, newHire, new DateOnly(2027, 7, 31), null), Is.True, "newly eligible");
            Assert.That(EnrollmentContext.MayChange(_plan, _year, newHire, new DateOnly(2027, 8, 1), null), Is.False, "too late for a new hire");
        });
    }

    [Test]
    public void ATierTheYearDoesNotOfferIsRefused()
    {
        var year = _plan.AddYear(new DateOnly(2028, 1, 1), new DateOnly(2028, 12, 31), new DateOnly(2027, 11, 1), new DateOnly(2027, 11, 30),
            [new(CoverageTier.WorkerOnly, 530m)]).WithId(11);
        var participation = BenefitsFactory.Participation(year, _plan);
        var worker = BenefitsFactory.Worker();
        var spouse = worker.AddDependent("Jo", "Lima", DependentRelationship.Spouse, null, null).WithId(301);

        var error = Assert.Throws<DomainRuleException>(() => Election.Enroll(BenefitsFactory.Context(_plan, year, participation, worker), [spouse],
            new DateOnly(2028, 1, 1), ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        Assert.That(error!.Message, Does.Contain("does not offer worker + spouse/partner coverage"));
    }

    [Test]
    public void AnotherWorkersDependentCannotBeCovered()
    {
        var other = BenefitsFactory.Worker(id: 40);
        var theirChild = other.AddDependent("Mia", "Ross", DependentRelationship.Child, null, null).WithId(400);
        typeof(Dependent).GetProperty(nameof(Dependent.MemberId))!.SetValue(theirChild, 40);

        Assert.Throws<DomainRuleException>(() => Election.Enroll(BenefitsFactory.Context(_plan, _year, _participation, BenefitsFactory.Worker()), [theirChild],
            January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
    }

    [Test]
    public void EveryChangeIsANewRowAndTheRowInForceDependsOnTheDay()
    {
        var worker = BenefitsFactory.Worker();
        var context = BenefitsFactory.Context(_plan, _year, _participation, worker);
        var alone = Election.Enroll(context, [], January, ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At).WithId(1);
        var baby = worker.AddDependent("Bea", "Lima", DependentRelationship.Child, null, 'F').WithId(302);
        var withBaby = Election.Enroll(context, [baby], new DateOnly(2027, 6, 14), ElectionReason.LifeEvent, 9, BenefitsFactory.Rep,
            BenefitsFactory.At.AddMonths(7)).WithId(2);
        var ended = withBaby.Terminate(new DateOnly(2027, 9, 30), ElectionReason.LeftRoster, Actor.System, BenefitsFactory.At.AddMonths(9)).WithId(3);
        var history = new[] { alone, withBaby, ended };

        Assert.Multiple(() =>
        {
            Assert.That(Election.InForceOn(history, new DateOnly(2026, 12, 31)), Is.Null);
            Assert.That(Election.InForceOn(history, new DateOnly(2027, 6, 13))!.Tier, Is.EqualTo(CoverageTier.WorkerOnly));
            Assert.That(Election.InForceOn(history, new DateOnly(2027, 6, 14))!.Tier, Is.EqualTo(CoverageTier.WorkerAndChildren));
            Assert.That(Election.InForceOn(history, new DateOnly(2027, 9, 30))!.Covers(new DateOnly(2027, 9, 30)), Is.True);
            Assert.That(Election.InForceOn(history, new DateOnly(2027, 10, 1))!.Covers(new DateOnly(2027, 10, 1)), Is.False);
            Assert.That(Election.Latest(history), Is.SameAs(ended));
            Assert.That(alone.Tier, Is.EqualTo(CoverageTier.WorkerOnly), "the first row is never overwritten");
            Assert.That(ended.EndsOn, Is.EqualTo(new DateOnly(2027, 9, 30)));
            Assert.That(ended.Reason, Is.EqualTo(ElectionReason.LeftRoster));
        });
    }

    [Test]
    public void APendingTerminationCanBeCancelledAndCoverageContinues()
    {
        var worker = BenefitsFactory.Worker();
        var enrolled = Election.Enroll(BenefitsFactory.Context(_plan, _year, _participation, worker), [], January, ElectionReason.OpenEnrollment, null,
            BenefitsFactory.Rep, BenefitsFactory.At).WithId(1);
        var ended = enrolled.Terminate(new DateOnly(2027, 3, 31), ElectionReason.HoursBelowMinimum, Actor.System, BenefitsFactory.At).WithId(2);
        var continued = ended.Continue(new Actor(1, "Sam Staff"), BenefitsFactory.At.AddDays(1)).WithId(3);

        Assert.Multiple(() =>
        {
            Assert.That(continued.EndsOn, Is.Null);
            Assert.That(continued.Covers(new DateOnly(2027, 6, 1)), Is.True);
            Assert.Throws<DomainRuleException>(() => continued.Continue(Actor.System, BenefitsFactory.At));
        });
    }

    [Test]
    public void AWorkerWhoLeftTheRosterCannotBeEnrolled()
    {
        var worker = BenefitsFactory.Worker();
        worker.LeaveRoster(new DateOnly(2026, 11, 20));

        Assert.Multiple(() =>
        {
            Assert.That(worker.PersonId, Is.Null);
            Assert.Throws<DomainRuleException>(() => Election.Enroll(BenefitsFactory.Context(_plan, _year, _participation, worker), [], January,
                ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At));
        });
    }

    [Test]
    public void TheMemberNumberIsNotTheTaxpayerIdAndTheIdIsShownMasked()
    {
        var worker = BenefitsFactory.Worker(id: 42);
        worker.SetSensitive("sealed-date", "sealed-id", "6789");

        Assert.Multiple(() =>
        {
            Assert.That(worker.MemberNumber, Is.EqualTo("CA000042"));
            Assert.That(worker.MaskedTaxpayerId, Is.EqualTo("•••• 6789"));
        });
    }
}
