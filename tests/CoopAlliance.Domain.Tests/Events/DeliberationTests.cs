using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;

namespace CoopAlliance.Domain.Tests.Events;

/// <summary>Dot-voting rules and the commitments' follow-up schedule.</summary>
public sealed class DeliberationTests
{
    private static readonly DateTimeOffset At = new(2027, 7, 23, 18, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new(1, "Sam Staff");

    private Event _event = null!;
    private Registration _voter = null!;
    private ActionProposal _first = null!;
    private ActionProposal _second = null!;

    [SetUp]
    public void SetUp()
    {
        _event = NewEvent(dots: 5, followUpDays: [30, 60, 90]);
        _voter = Register(_event, "Ana Participant").WithId(100);
        _first = ActionProposal.Put(_event, _voter, new ProposalDetails("Shared bookkeeping pool", null, null, null, null), At).WithId(1);
        _second = ActionProposal.Put(_event, _voter, new ProposalDetails("Joint purchasing", null, null, null, null), At).WithId(2);
    }

    [Test]
    public void Dots_can_be_spread_and_stacked_up_to_the_events_number()
    {
        _event.OpenVoting();
        var votes = new List<DotVote>();
        votes.Add(DotVoting.Place(_event, _voter, _first, 3, votes, At)!);
        votes.Add(DotVoting.Place(_event, _voter, _second, 2, votes, At)!);

        Assert.That(votes.Sum(v => v.Dots), Is.EqualTo(5));
        Assert.That(votes.Single(v => v.ProposalId == 1).Dots, Is.EqualTo(3), "stacking several dots on one proposal is allowed");
    }

    [Test]
    public void Over_budget_is_refused_with_the_remaining_count()
    {
        _event.OpenVoting();
        var votes = new List<DotVote> { DotVoting.Place(_event, _voter, _first, 4, [], At)! };

        var ex = Assert.Throws<DomainRuleException>(() => DotVoting.Place(_event, _voter, _second, 2, votes, At));
        Assert.That(ex!.Message, Does.Contain("1 is left"));
    }

    [Test]
    public void Changing_a_proposals_dots_counts_only_the_others_against_the_budget()
    {
        _event.OpenVoting();
        var votes = new List<DotVote> { DotVoting.Place(_event, _voter, _first, 4, [], At)! };

        var again = DotVoting.Place(_event, _voter, _first, 5, votes, At);

        Assert.That(again, Is.Null, "the existing row is changed, no second row");
        Assert.That(votes.Single().Dots, Is.EqualTo(5));
    }

    [Test]
    public void Zero_takes_the_dots_back()
    {
        _event.OpenVoting();
        var votes = new List<DotVote> { DotVoting.Place(_event, _voter, _first, 2, [], At)! };

        Assert.That(DotVoting.Place(_event, _voter, _first, 0, votes, At), Is.Null);
        Assert.That(votes.Single().Dots, Is.Zero, "the handler removes a row left at 0");
        Assert.That(DotVoting.Place(_event, _voter, _second, 0, votes, At), Is.Null, "0 on a proposal without dots adds nothing");
    }

    [Test]
    public void Voting_before_it_opens_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => DotVoting.Place(_event, _voter, _first, 1, [], At));
        Assert.That(ex!.Message, Does.Contain("not opened"));
    }

    [Test]
    public void A_closed_vote_is_immutable_and_cannot_reopen()
    {
        _event.OpenVoting();
        var votes = new List<DotVote> { DotVoting.Place(_event, _voter, _first, 2, [], At)! };
        _event.CloseVoting(At);

        Assert.Throws<DomainRuleException>(() => DotVoting.Place(_event, _voter, _first, 0, votes, At));
        Assert.That(votes.Single().Dots, Is.EqualTo(2));
        Assert.Throws<DomainRuleException>(() => _event.OpenVoting());
        Assert.Throws<DomainRuleException>(() => ActionProposal.Put(_event, _voter, new ProposalDetails("Late idea", null, null, null, null), At));
    }

    [Test]
    public void Hidden_proposals_take_no_dots()
    {
        _event.OpenVoting();
        _second.Hide(true);

        Assert.Throws<DomainRuleException>(() => DotVoting.Place(_event, _voter, _second, 1, [], At));
    }

    [Test]
    public void Only_confirmed_registrants_propose_and_vote()
    {
        var small = NewEvent(dots: 3, followUpDays: [30], capacity: 1);
        var first = Register(small, "First").WithId(1);
        var waiting = Register(small, "Waiting", joinWaitlist: true).WithId(2);
        Assert.That(waiting.Status, Is.EqualTo(PlaceStatus.Waitlisted));
        var proposal = ActionProposal.Put(small, first, new ProposalDetails("A plan", null, null, null, null), At).WithId(5);
        small.OpenVoting();

        Assert.Throws<DomainRuleException>(() => ActionProposal.Put(small, waiting, new ProposalDetails("Mine", null, null, null, null), At));
        Assert.Throws<DomainRuleException>(() => DotVoting.Place(small, waiting, proposal, 1, [], At));
        first.Cancel(small, At);
        Assert.Throws<DomainRuleException>(() => DotVoting.Place(small, first, proposal, 1, [], At), "a cancelled registration no longer votes");
    }

    [Test]
    public void Results_are_visible_to_the_facilitator_live_and_to_others_after_close()
    {
        _event.OpenVoting();
        Assert.That(DotVoting.ResultsVisible(_event, viewerIsFacilitator: true), Is.True);
        Assert.That(DotVoting.ResultsVisible(_event, viewerIsFacilitator: false), Is.False);
        _event.CloseVoting(At);
        Assert.That(DotVoting.ResultsVisible(_event, viewerIsFacilitator: false), Is.True);
    }

    [Test]
    public void Follow_ups_fall_30_60_90_days_after_the_last_day()
    {
        var commitment = new Commitment(_event, Details(), Staff, At);

        Assert.That(commitment.FollowUps.Select(f => f.DueOn), Is.EqualTo(new[]
        {
            new DateOnly(2027, 8, 22), new DateOnly(2027, 9, 21), new DateOnly(2027, 10, 21),
        }));
        Assert.That(commitment.FollowUps.Select(f => f.Token).Distinct().Count(), Is.EqualTo(3), "one secret link per follow-up");
    }

    [Test]
    public void Only_due_and_unasked_follow_ups_are_asked_and_answered_ones_never_again()
    {
        var commitment = new Commitment(_event, Details(), Staff, At);
        Assert.That(commitment.FollowUpsToAsk(new DateOnly(2027, 8, 21)), Is.Empty, "not due yet");

        var first = commitment.FollowUpsToAsk(new DateOnly(2027, 8, 22)).Single();
        first.MarkAsked(At.AddDays(30));
        Assert.That(commitment.FollowUpsToAsk(new DateOnly(2027, 8, 23)), Is.Empty, "asked once");

        var second = commitment.FollowUps.Single(f => f.DueOn == new DateOnly(2027, 9, 21));
        commitment.Report(CommitmentStatus.InProgress, "Started the pool", second, "Maria", At.AddDays(40));
        Assert.That(commitment.FollowUpsToAsk(new DateOnly(2027, 9, 30)), Is.Empty, "answered before its date: not asked");
        Assert.That(commitment.FollowUpsToAsk(new DateOnly(2027, 10, 21)).Select(f => f.DueOn), Is.EqualTo(new[] { new DateOnly(2027, 10, 21) }));
        Assert.That(commitment.Status, Is.EqualTo(CommitmentStatus.InProgress));
        Assert.That(commitment.Updates, Has.Count.EqualTo(1));
    }

    private static CommitmentDetails Details() =>
        new("Start a shared bookkeeping pool", "Valley Bakery Co-op", null, null, "Maria Lopez", "maria@example.coop", null);

    private static Event NewEvent(int dots, IReadOnlyList<int> followUpDays, int? capacity = null)
    {
        var ev = new Event(new EventDetails("Green Solidarity Economy", null, null, new DateTime(2027, 7, 23, 9, 0, 0), new DateTime(2027, 7, 23, 21, 0, 0),
            "Worcester", null, null, null, true, capacity, dots, TrackerVisibility.Public, followUpDays), Staff, At.AddMonths(-3)); // id 0, like its ticket types before saving
        ev.AddTicketType(TicketKind.Community, "Community", 10m, null);
        ev.Publish();
        return ev;
    }

    private static Registration Register(Event ev, string name, bool joinWaitlist = false) =>
        Registration.Register(ev, ev.TicketTypes.First(), new RegistrantDetails(name, $"{name.Replace(" ", "")}@example.org", null, null, null, null, null),
            null, null, false, joinWaitlist, new DateTime(2027, 7, 1, 12, 0, 0), At.AddDays(-20));
}

internal static class DeliberationTestIds
{
    public static T WithId<T>(this T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }
}
