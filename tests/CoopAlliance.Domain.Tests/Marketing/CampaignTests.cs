using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Domain.Tests.Marketing;

public sealed class CostSharesTests
{
    [Test]
    public void AnEqualSplitAddsUpToTheBudgetAndGivesTheLeftoverCentsToTheLowestIds()
    {
        var shares = CostShares.Split(100m, CostSharing.Equally, new Dictionary<int, int> { [7] = 40, [3] = 2, [5] = 9 });

        Assert.That(shares.Values.Sum(), Is.EqualTo(100m));
        Assert.That(shares[3], Is.EqualTo(33.34m), "ties on the remainder go to the lowest co-op id");
        Assert.That(shares[5], Is.EqualTo(33.33m));
        Assert.That(shares[7], Is.EqualTo(33.33m));
    }

    [Test]
    public void ASplitByWorkerCountIsProportionalAndSumsToTheBudgetToTheCent()
    {
        var workers = new Dictionary<int, int> { [1] = 12, [2] = 30, [3] = 18 };

        var shares = CostShares.Split(3000m, CostSharing.ByWorkerCount, workers);

        Assert.That(shares, Is.EqualTo(new Dictionary<int, decimal> { [1] = 600m, [2] = 1500m, [3] = 900m }));
    }

    [Test]
    public void AwkwardAmountsStillSumExactlyAndTheSameInputAlwaysGivesTheSameCents()
    {
        var workers = new Dictionary<int, int> { [11] = 7, [4] = 3, [9] = 0, [2] = 13, [30] = 1 };

        var first = CostShares.Split(1000.01m, CostSharing.ByWorkerCount, workers);
        var again = CostShares.Split(1000.01m, CostSharing.ByWorkerCount, workers.Reverse().ToDictionary(kv => kv.Key, kv => kv.Value));

        Assert.That(first.Values.Sum(), Is.EqualTo(1000.01m));
        Assert.That(first.Values.All(v => v == decimal.Round(v, 2)), Is.True, "whole cents only");
        Assert.That(again, Is.EqualTo(first), "the order the co-ops come in does not matter");
        Assert.That(first[9], Is.EqualTo(first[30]), "a co-op with no workers recorded counts as one worker");
        Assert.That(first[2], Is.GreaterThan(first[11]));
    }

    [Test]
    public void NobodyToShareWithMeansNoShares() =>
        Assert.That(CostShares.Split(500m, CostSharing.Equally, new Dictionary<int, int>()), Is.Empty);
}

public sealed class CampaignJoiningTests
{
    private static readonly DateOnly JoinBy = new(2027, 9, 15);
    private static readonly DateTimeOffset At = new(2027, 9, 1, 12, 0, 0, TimeSpan.Zero);

    private static Campaign NewCampaign() =>
        new(new CampaignDetails("Co-op Month 2027", "October ads", new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 31), JoinBy, 3000m,
            CostSharing.ByWorkerCount, [], [Region.WesternMassachusetts]), Actor.System, At);

    [Test]
    public void ACoopInGoodStandingJoinsUntilTheDeadlineDayAndCanLeaveUntilThen()
    {
        var campaign = NewCampaign();

        campaign.Join(1, MembershipStatus.Active, JoinBy, new Actor(5, "Rita Rep"), At);
        campaign.Join(2, MembershipStatus.Active, JoinBy.AddDays(-10), Actor.System, At);
        campaign.Leave(2, JoinBy);

        Assert.That(campaign.Participants.Select(p => (p.CooperativeId, p.JoinedBy)), Is.EqualTo(new[] { (1, "Rita Rep") }));
    }

    [Test]
    public void AfterTheDeadlineNobodyJoinsOrLeaves()
    {
        var campaign = NewCampaign();
        campaign.Join(1, MembershipStatus.Active, JoinBy, Actor.System, At);

        var join = Assert.Throws<DomainRuleException>(() => campaign.Join(2, MembershipStatus.Active, JoinBy.AddDays(1), Actor.System, At));
        var leave = Assert.Throws<DomainRuleException>(() => campaign.Leave(1, JoinBy.AddDays(1)));

        Assert.That(join!.Message, Does.Contain("closed on September 15, 2027"));
        Assert.That(leave!.Message, Does.Contain("deadline"));
        Assert.That(campaign.Participants, Has.Count.EqualTo(1));
    }

    [TestCase(MembershipStatus.Lapsed)]
    [TestCase(MembershipStatus.Applicant)]
    public void OnlyACoopInGoodStandingMayJoin(MembershipStatus status)
    {
        var campaign = NewCampaign();

        Assert.Throws<DomainRuleException>(() => campaign.Join(1, status, JoinBy, Actor.System, At));
        Assert.That(campaign.Participants, Is.Empty);
    }

    [Test]
    public void ACoopJoinsOnceAndCannotLeaveWhatItNeverJoined()
    {
        var campaign = NewCampaign();
        campaign.Join(1, MembershipStatus.Active, JoinBy, Actor.System, At);

        Assert.Throws<DomainRuleException>(() => campaign.Join(1, MembershipStatus.Active, JoinBy, Actor.System, At));
        Assert.Throws<DomainRuleException>(() => campaign.Leave(2, JoinBy));
        Assert.That(campaign.Participants, Has.Count.EqualTo(1));
    }

    [Test]
    public void ACancelledOrChargedCampaignTakesNoOneAndCannotBeEdited()
    {
        var cancelled = NewCampaign();
        cancelled.Cancel();
        var charged = NewCampaign();
        charged.MarkCharged(At);

        Assert.Throws<DomainRuleException>(() => cancelled.Join(1, MembershipStatus.Active, JoinBy, Actor.System, At));
        Assert.Throws<DomainRuleException>(() => charged.Join(1, MembershipStatus.Active, JoinBy, Actor.System, At));
        Assert.Throws<DomainRuleException>(() => charged.Edit(new CampaignDetails("X", null, JoinBy, JoinBy, JoinBy, 1m, CostSharing.Equally, [], [])));
        Assert.That(charged.IsDueForCharge(JoinBy.AddDays(1)), Is.False);
        Assert.That(NewCampaign().IsDueForCharge(JoinBy), Is.False, "charged the day after the deadline, not on it");
        Assert.That(NewCampaign().IsDueForCharge(JoinBy.AddDays(1)), Is.True);
    }

    [Test]
    public void ACampaignShareIsKeyedByTheCampaignAndDescribedByTheMonthItWasIssuedIn()
    {
        var invoice = Invoice.ForCampaign(1, Campaign.InvoiceKeyFor(12), new DateOnly(2027, 9, 16), 30,
            new InvoiceDraft([new InvoiceLine("share", 600m)], 600m));

        Assert.That((invoice.Kind, invoice.PeriodKey, invoice.DueOn), Is.EqualTo((InvoiceKind.CampaignShare, "C12", new DateOnly(2027, 10, 16))));
        Assert.That(invoice.Period.Describe(), Is.EqualTo(BillingPeriod.Parse("2027-09").Describe()));
    }
}
