using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Tests.Benefits;

/// <summary>Reporting a qualifying life event in time and with evidence; staff decide it; terminations are told once.</summary>
public sealed class LifeEventTests
{
    private static readonly LifeEventAttachment[] Evidence = [new("letter.pdf", "application/pdf", [1], BenefitsFactory.Rep, BenefitsFactory.At)];

    [TestCase("2027-05-01", "2027-05-31", true, TestName = "Reported on day 30 is in time")]
    [TestCase("2027-05-01", "2027-06-01", false, TestName = "Reported on day 31 is too late")]
    [TestCase("2028-02-29", "2028-03-30", true, TestName = "From a leap day, 30 days is March 30")]
    [TestCase("2027-06-02", "2027-06-01", false, TestName = "An event in the future cannot be reported")]
    public void AnEventIsReportedWithinThePlansDays(string happened, string today, bool accepted)
    {
        TestDelegate report = () => LifeEvent.Report(BenefitsFactory.Worker(), LifeEventKind.Marriage, DateOnly.Parse(happened), 30, null, Evidence,
            BenefitsFactory.Rep, BenefitsFactory.At, DateOnly.Parse(today));

        if (accepted)
        {
            Assert.DoesNotThrow(report);
        }
        else
        {
            Assert.Throws<DomainRuleException>(report);
        }
    }

    [Test]
    public void EvidenceIsRequired()
    {
        var error = Assert.Throws<DomainRuleException>(() => LifeEvent.Report(BenefitsFactory.Worker(), LifeEventKind.BirthOrAdoption,
            new DateOnly(2027, 5, 1), 30, null, [], BenefitsFactory.Rep, BenefitsFactory.At, new DateOnly(2027, 5, 2)));
        Assert.That(error!.Message, Does.Contain("Attach evidence"));
    }

    [Test]
    public void StaffDecideOnceAndADeclineHasAReason()
    {
        var lifeEvent = LifeEvent.Report(BenefitsFactory.Worker(), LifeEventKind.LossOfOtherCoverage, new DateOnly(2027, 5, 1), 60, null, Evidence,
            BenefitsFactory.Rep, BenefitsFactory.At, new DateOnly(2027, 5, 20));
        var staff = new Actor(1, "Sam Staff");

        Assert.Throws<DomainRuleException>(() => lifeEvent.Decline(" ", staff, new DateOnly(2027, 5, 21)));
        lifeEvent.Approve(staff, new DateOnly(2027, 5, 21), "Letter from previous insurer.");

        Assert.Multiple(() =>
        {
            Assert.That(lifeEvent.Status, Is.EqualTo(LifeEventStatus.Approved));
            Assert.That(lifeEvent.DecidedOn, Is.EqualTo(new DateOnly(2027, 5, 21)));
            Assert.Throws<DomainRuleException>(() => lifeEvent.Decline("changed my mind", staff, new DateOnly(2027, 5, 22)));
        });
    }

    [TestCase(LifeEventKind.BirthOrAdoption, "2027-05-17", "2027-05-17")]
    [TestCase(LifeEventKind.Marriage, "2027-05-17", "2027-06-01")]
    [TestCase(LifeEventKind.LossOfOtherCoverage, "2027-12-31", "2028-01-01")]
    public void ABirthChangesCoverageOnTheDayOtherEventsOnTheFirstOfNextMonth(LifeEventKind kind, string happened, string effective)
    {
        var lifeEvent = LifeEvent.Report(BenefitsFactory.Worker(), kind, DateOnly.Parse(happened), 30, null, Evidence, BenefitsFactory.Rep,
            BenefitsFactory.At, DateOnly.Parse(happened));

        Assert.That(lifeEvent.ChangeEffectiveOn, Is.EqualTo(DateOnly.Parse(effective)));
    }

    [Test]
    public void ATerminationIsNoticedOnceAndTakesEffectTheDayAfterTheLastCoveredDay()
    {
        var plan = BenefitsFactory.HealthPlan();
        var year = BenefitsFactory.Year2027(plan);
        var enrolled = Election.Enroll(BenefitsFactory.Context(plan, year, BenefitsFactory.Participation(year, plan), BenefitsFactory.Worker()), [],
            new DateOnly(2027, 1, 1), ElectionReason.OpenEnrollment, null, BenefitsFactory.Rep, BenefitsFactory.At);
        var termination = new CoverageTermination(enrolled, ElectionReason.LeftRoster, new DateOnly(2027, 4, 30), BenefitsFactory.At);

        Assert.Multiple(() =>
        {
            Assert.That(termination.MarkNoticeSent(BenefitsFactory.At), Is.True);
            Assert.That(termination.MarkNoticeSent(BenefitsFactory.At.AddDays(1)), Is.False);
            Assert.That(termination.TakeEffect(new DateOnly(2027, 4, 30)), Is.False);
            Assert.That(termination.TakeEffect(new DateOnly(2027, 5, 1)), Is.True);
            Assert.That(termination.TakeEffect(new DateOnly(2027, 5, 2)), Is.False);
            Assert.That(termination.Status, Is.EqualTo(TerminationStatus.Effective));
            Assert.Throws<DomainRuleException>(() => termination.Cancel(Actor.System));
        });
    }

    [Test]
    public void OnlyOneSpouseOrPartnerIsListed()
    {
        var worker = BenefitsFactory.Worker();
        worker.AddDependent("Jo", "Lima", DependentRelationship.Spouse, null, null);

        Assert.Throws<DomainRuleException>(() => worker.AddDependent("Kim", "Lima", DependentRelationship.DomesticPartner, null, null));
        Assert.DoesNotThrow(() => worker.AddDependent("Bea", "Lima", DependentRelationship.Child, null, null));
    }
}
