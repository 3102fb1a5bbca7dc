using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Financing;

namespace CoopAlliance.Domain.Tests.Financing;

/// <summary>An application's way through review and committee, and what each step refuses (issue 15).</summary>
public sealed class LoanPipelineTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new(1, "Rosa Staff");
    private static readonly Actor Ana = new(11, "Ana"), Ben = new(12, "Ben"), Cleo = new(13, "Cleo"), Dev = new(14, "Dev");
    private static readonly LoanTerms Terms = new(20_000m, 4m, 24, new DateOnly(2027, 5, 1));

    internal static LoanApplication AtCommittee(decimal amount = 20_000m)
    {
        var application = new LoanApplication(7, null, "Riverside Bakery Co-op", amount, "A second oven", 24, Staff, Now);
        application.StartReview(Staff);
        application.Tick(ReviewItem.All, true);
        application.SendToCommittee();
        return application;
    }

    internal static LoanApplication Approved(decimal amount = 20_000m, LoanTerms? terms = null)
    {
        var application = AtCommittee(amount);
        application.Vote(Ana, VoteChoice.For, Now);
        application.Vote(Ben, VoteChoice.For, Now);
        application.Vote(Cleo, VoteChoice.For, Now);
        application.Decide(new CommitteeRules(), terms ?? Terms with { Principal = amount }, null, Staff, Now);
        return application;
    }

    [Test]
    public void AnApplicationIsMadeByExactlyOneCoop()
    {
        Assert.Throws<DomainRuleException>(() => new LoanApplication(null, null, "Nobody", 1_000m, "x", 12, Staff, Now));
        Assert.Throws<DomainRuleException>(() => new LoanApplication(1, 2, "Both", 1_000m, "x", 12, Staff, Now));
        Assert.That(new LoanApplication(null, 2, "Sprout Collective", 1_000m, "Tools", 12, Staff, Now).DevelopingCoopId, Is.EqualTo(2));
    }

    [Test]
    public void TheCommitteeSeesAnApplicationOnlyWhenEveryChecklistItemIsTicked()
    {
        var application = new LoanApplication(7, null, "Riverside Bakery Co-op", 5_000m, "Oven", 12, Staff, Now);
        Assert.Throws<DomainRuleException>(() => application.Tick(ReviewItem.ReferencesChecked, true), "Not in review yet.");
        application.StartReview(Staff);
        application.Tick(ReviewItem.All & ~ReviewItem.ReferencesChecked, true);

        var refused = Assert.Throws<DomainRuleException>(() => application.SendToCommittee());
        Assert.That(refused!.Message, Does.Contain("references checked"));

        application.Tick(ReviewItem.ReferencesChecked, true);
        application.SendToCommittee();
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Committee));
    }

    [Test]
    public void AMemberWhoDeclaredAConflictCannotVote()
    {
        var application = AtCommittee();
        application.DeclareConflict(Ana, "My sister works there", Now);

        var refused = Assert.Throws<DomainRuleException>(() => application.Vote(Ana, VoteChoice.For, Now));
        Assert.That(refused!.Message, Does.Contain("conflict of interest"));
        Assert.That(application.Votes.Single().Choice, Is.Null);
    }

    [Test]
    public void AConflictIsDeclaredBeforeVotingAndEachMemberVotesOnce()
    {
        var application = AtCommittee();
        application.Vote(Ana, VoteChoice.For, Now);

        Assert.Throws<DomainRuleException>(() => application.DeclareConflict(Ana, null, Now));
        Assert.Throws<DomainRuleException>(() => application.Vote(Ana, VoteChoice.Against, Now));
    }

    [Test]
    public void ConflictedMembersDoNotCountTowardsTheVotesADecisionNeeds()
    {
        var application = AtCommittee();
        application.DeclareConflict(Ana, null, Now);
        application.Vote(Ben, VoteChoice.For, Now);
        application.Vote(Cleo, VoteChoice.For, Now);

        var refused = Assert.Throws<DomainRuleException>(() => application.Decide(new CommitteeRules(3), Terms, null, Staff, Now));
        Assert.That(refused!.Message, Does.Contain("at least 3 votes"));

        application.Vote(Dev, VoteChoice.Against, Now);
        Assert.That(application.Decide(new CommitteeRules(3), Terms, null, Staff, Now), Is.True, "Two of the three members without a conflict voted for.");
        Assert.That((application.VotesFor, application.VotesAgainst), Is.EqualTo((2, 1)));
    }

    [Test]
    public void ATieIsADeclineAndADeclineGivesReasons()
    {
        var application = AtCommittee();
        application.Vote(Ana, VoteChoice.For, Now);
        application.Vote(Ben, VoteChoice.For, Now);
        application.Vote(Cleo, VoteChoice.Against, Now);
        application.Vote(Dev, VoteChoice.Abstain, Now);

        Assert.Throws<DomainRuleException>(() => application.Decide(new CommitteeRules(), null, " ", Staff, Now));
        Assert.That(application.Decide(new CommitteeRules(), null, "Cash flow too thin for now", Staff, Now), Is.False);
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Declined));
        Assert.That(application.DecisionReasons, Is.EqualTo("Cash flow too thin for now"));
    }

    [Test]
    public void TheFundPaysOutNoMoreThanItsCash()
    {
        var application = Approved();

        var refused = Assert.Throws<DomainRuleException>(() => application.Disburse(new DateOnly(2027, 3, 2), 19_999.99m, Staff, Now));
        Assert.That(refused!.Message, Does.Contain("$19,999.99"));
        Assert.That(application.Status, Is.EqualTo(ApplicationStatus.Approved));

        var loan = application.Disburse(new DateOnly(2027, 3, 2), 20_000m, Staff, Now);
        Assert.That((loan.Principal, loan.CooperativeId, application.Status), Is.EqualTo((20_000m, (int?)7, ApplicationStatus.Disbursed)));
        Assert.Throws<DomainRuleException>(() => application.Disburse(new DateOnly(2027, 3, 2), 50_000m, Staff, Now), "Once only.");
    }

    [Test]
    public void ARestructureKeepsTheOldTermsAndTakesWhatIsOwed()
    {
        var loan = Approved(1_200m, new LoanTerms(1_200m, 0m, 12, new DateOnly(2027, 4, 1))).Disburse(new DateOnly(2027, 3, 2), 5_000m, Staff, Now);
        loan.RecordPayment(new DateOnly(2027, 4, 1), 100m, Staff, Now);

        var period = loan.Restructure(new DateOnly(2027, 6, 15), 0m, 20, new DateOnly(2027, 7, 1), 0, 0, "Lost a big customer", Staff, Now);

        Assert.That(period.Terms.Principal, Is.EqualTo(1_100m));
        Assert.That(loan.TermsHistory, Has.Count.EqualTo(2));
        Assert.That(loan.Position(new DateOnly(2027, 6, 20)).Arrears, Is.Zero, "The months missed are in the new principal.");
        Assert.That(loan.Schedule[0].Payment, Is.EqualTo(55m));
    }

    [Test]
    public void AWriteOffRecordsThePrincipalThatDidNotComeBack()
    {
        var loan = Approved(1_200m, new LoanTerms(1_200m, 0m, 12, new DateOnly(2027, 4, 1))).Disburse(new DateOnly(2027, 3, 2), 5_000m, Staff, Now);
        loan.RecordPayment(new DateOnly(2027, 4, 1), 100m, Staff, Now);

        Assert.Throws<DomainRuleException>(() => loan.WriteOff(new DateOnly(2027, 9, 1), " ", Staff));
        loan.WriteOff(new DateOnly(2027, 9, 1), "The co-op closed", Staff);

        Assert.That(loan.WrittenOffPrincipal, Is.EqualTo(1_100m));
        Assert.That(loan.Status(new DateOnly(2027, 9, 2)), Is.EqualTo(LoanStatus.WrittenOff));
        Assert.Throws<DomainRuleException>(() => loan.RecordPayment(new DateOnly(2027, 9, 3), 10m, Staff, Now));
    }
}
