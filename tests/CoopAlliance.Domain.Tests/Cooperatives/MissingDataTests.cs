using CoopAlliance.Domain.Cooperatives;
using static CoopAlliance.Domain.Tests.Cooperatives.CoopFactory;

namespace CoopAlliance.Domain.Tests.Cooperatives;

public sealed class MissingDataTests
{
    [Test]
    public void ACompleteRecordHasNothingMissing()
    {
        Assert.That(InStatus(MembershipStatus.Active).MissingData(), Is.Empty);
    }

    public static IEnumerable<TestCaseData> Gaps()
    {
        var p = CompleteProfile();
        yield return new TestCaseData(p with { Email = null }, "email");
        yield return new TestCaseData(p with { Phone = " " }, "phone");
        yield return new TestCaseData(p with { StreetAddress = null }, "address");
        yield return new TestCaseData(p with { Town = "" }, "address");
        yield return new TestCaseData(p with { PostalCode = null }, "address");
        yield return new TestCaseData(p with { Sector = null }, "sector");
        yield return new TestCaseData(p with { FoundedOn = null }, "founding date");
        yield return new TestCaseData(p with { RevenueBand = RevenueBand.Unknown }, "revenue band");
        yield return new TestCaseData(p with { Description = "  " }, "description");
        yield return new TestCaseData(p with { WorkerOwners = 0 }, "worker-owner count");
    }

    [TestCaseSource(nameof(Gaps))]
    public void EachGapInTheProfileIsNamedForFollowUp(CoopProfile profile, string missing)
    {
        var coop = InStatus(MembershipStatus.Active);

        coop.UpdateProfile(profile);

        Assert.That(coop.MissingData(), Is.EqualTo(new[] { missing }));
    }

    [Test]
    public void ACoopWithoutAPrimaryContactNeedsOne()
    {
        var coop = Cooperative.Register(CompleteProfile(), MembershipStatus.Active, Today, Staff, Now);
        coop.AddPerson(Contact("Jo Baker", primary: false));

        Assert.That(coop.MissingData(), Is.EqualTo(new[] { "primary contact" }));
    }

    [Test]
    public void SeveralGapsAreAllListed()
    {
        var coop = Cooperative.Register(CompleteProfile() with { Email = null, Sector = null, RevenueBand = RevenueBand.Unknown },
            MembershipStatus.Active, Today, Staff, Now);

        Assert.That(coop.MissingData(), Is.EqualTo(new[] { "email", "sector", "revenue band", "primary contact" }));
    }

    [TestCase(MembershipStatus.Applicant, true)]
    [TestCase(MembershipStatus.UnderReview, true)]
    [TestCase(MembershipStatus.Active, true)]
    [TestCase(MembershipStatus.Lapsed, true)]
    [TestCase(MembershipStatus.Suspended, true)]
    [TestCase(MembershipStatus.Withdrawn, false)]
    [TestCase(MembershipStatus.Declined, false)]
    public void OnlyCoopsTheAllianceStillWorksWithAreReviewedForCompleteness(MembershipStatus status, bool reviewed)
    {
        Assert.That(InStatus(status).IsReviewedForCompleteness, Is.EqualTo(reviewed));
    }
}
