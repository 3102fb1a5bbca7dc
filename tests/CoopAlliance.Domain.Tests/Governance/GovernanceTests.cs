using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Governance;

namespace CoopAlliance.Domain.Tests.Governance;

/// <summary>Standing on the record date, quorum, thresholds, ties, multi-seat elections and the record after close.</summary>
public sealed class GovernanceTests
{
    private static readonly DateTimeOffset MeetingAt = new(2027, 6, 12, 14, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly RecordDate = new(2027, 5, 1);
    private static readonly Actor Staff = new(1, "Sam Staff");

    private static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

    private static Cooperative Coop(string name, DateTimeOffset registeredAt) =>
        Cooperative.Register(new CoopProfile(name, null, CoopKind.WorkerCoop, null, null, null, null, null, Region.WesternMassachusetts, null, 5, 0,
            RevenueBand.Unknown, null, null, null, null), MembershipStatus.Active, DateOf(registeredAt), Staff, registeredAt);

    private static Meeting OpenMeeting(params int[] eligible)
    {
        var meeting = Meeting.Plan(new MeetingDetails(MeetingKind.Annual, "Annual meeting 2027", MeetingAt, "Holyoke", null, RecordDate, 21, "Welcome\nElections")).WithId(7);
        meeting.Open(DateOf(MeetingAt), eligible, MeetingAt);
        return meeting;
    }

    private static Motion OpenMotion(Meeting meeting, Threshold threshold = Threshold.Majority, bool secret = false)
    {
        var motion = Motion.Propose(meeting, new MotionDetails(MotionKind.Resolution, "Adopt the solidarity fund", null, threshold, secret,
            MeetingAt, MeetingAt.AddHours(2), null, null), []).WithId(3);
        motion.Open(meeting, MeetingAt);
        return motion;
    }

    private static BallotContent Vote(VoteChoice choice) => new(choice, []);

    [Test]
    public void A_coop_lapsed_after_the_record_date_is_still_in_good_standing_on_it()
    {
        var coop = Coop("Pioneer Valley Bakers", new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero));
        coop.Lapse("Dues unpaid", Staff, new DateTimeOffset(2027, 5, 20, 12, 0, 0, TimeSpan.Zero));

        var status = RecordDateStanding.StatusOn(coop.History, RecordDate, DateOf);

        Assert.That(status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(RecordDateStanding.IsInGoodStanding(status, RecordDateStanding.DuesOn([], [], RecordDate), 30), Is.True);
        Assert.That(RecordDateStanding.StatusOn(coop.History, new DateOnly(2027, 5, 21), DateOf), Is.EqualTo(MembershipStatus.Lapsed));
    }

    [Test]
    public void A_coop_that_joined_after_the_record_date_or_was_lapsed_on_it_may_not_vote()
    {
        var late = Coop("Late Joiners", new DateTimeOffset(2027, 5, 2, 12, 0, 0, TimeSpan.Zero));
        Assert.That(RecordDateStanding.StatusOn(late.History, RecordDate, DateOf), Is.Null);

        var lapsed = Coop("Lapsed Co-op", new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero));
        lapsed.Lapse("Dues unpaid", Staff, new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
        lapsed.Reinstate("Paid", Staff, new DateTimeOffset(2027, 5, 10, 12, 0, 0, TimeSpan.Zero)); // reinstated after the record date
        var status = RecordDateStanding.StatusOn(lapsed.History, RecordDate, DateOf);
        Assert.That(RecordDateStanding.IsInGoodStanding(status, RecordDateStanding.DuesOn([], [], RecordDate), 30), Is.False);
    }

    [Test]
    public void Dues_past_grace_on_the_record_date_cost_the_vote_even_if_paid_later()
    {
        var invoice = new InvoiceFacts(1, "2027-01", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), 300m, false);
        var paidLater = new Settlement(SettlementKind.Payment, 1, new DateOnly(2027, 5, 15), 300m, 1);
        var paidEarly = paidLater with { On = new DateOnly(2027, 3, 1) };

        Assert.That(RecordDateStanding.IsInGoodStanding(MembershipStatus.Active, RecordDateStanding.DuesOn([invoice], [paidLater], RecordDate), 30), Is.False);
        Assert.That(RecordDateStanding.IsInGoodStanding(MembershipStatus.Active, RecordDateStanding.DuesOn([invoice], [paidEarly], RecordDate), 30), Is.True);
        // An invoice issued after the record date does not count against it.
        var later = invoice with { Id = 2, IssuedOn = new DateOnly(2027, 5, 2), DueOn = new DateOnly(2027, 5, 3) };
        Assert.That(RecordDateStanding.IsInGoodStanding(MembershipStatus.Active, RecordDateStanding.DuesOn([later], [], new DateOnly(2027, 5, 1)), 0), Is.True);
    }

    [TestCase(10, 4, false, 5)]
    [TestCase(10, 5, true, 5)]
    [TestCase(11, 5, false, 6)]
    [TestCase(11, 6, true, 6)]
    [TestCase(0, 0, false, 1)]
    public void Quorum_is_half_of_the_eligible_coops_rounded_up(int eligible, int present, bool met, int required)
    {
        var q = Quorum.Of(eligible, present, 0.5m);
        Assert.That((q.IsMet, q.Required), Is.EqualTo((met, required)));
    }

    [Test]
    public void Quorum_counts_one_presence_per_coop_from_its_delegate_or_alternate_only()
    {
        var meeting = OpenMeeting(1, 2, 3);
        var d1 = Delegate(1, 11, 12);
        meeting.CheckIn(d1, 1, 11, "Ana", MeetingAt);
        Assert.That(meeting.Quorum(0.5m).IsMet, Is.False);

        Assert.That(() => meeting.CheckIn(d1, 1, 12, "Alt", MeetingAt), Throws.TypeOf<DomainRuleException>().With.Message.Contains("already"));
        Assert.That(() => meeting.CheckIn(Delegate(2, 21, null), 2, 99, "Stranger", MeetingAt), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => meeting.CheckIn(Delegate(4, 41, null), 4, 41, "Not eligible", MeetingAt), Throws.TypeOf<DomainRuleException>());

        meeting.CheckIn(Delegate(2, 21, 22), 2, 22, "Alternate", MeetingAt);
        Assert.That(meeting.Quorum(0.5m), Is.EqualTo(new QuorumStatus(3, 2, 2)));
        Assert.That(meeting.Quorum(0.5m).IsMet, Is.True);
    }

    private static CoopDelegate Delegate(int coopId, int personId, int? alternateId)
    {
        var coop = Coop("Co-op", MeetingAt.AddYears(-3)).WithId(coopId);
        var person = coop.AddPerson(new PersonDetails("Delegate", null, null, null, true, null, false)).WithId(personId);
        var alternate = alternateId is { } a ? coop.AddPerson(new PersonDetails("Alternate", null, null, null, true, null, false)).WithId(a) : null;
        return CoopDelegate.Name(coopId, person, alternate, Staff, MeetingAt);
    }

    [Test]
    public void A_majority_motion_passes_on_more_for_than_against_and_abstentions_do_not_count()
    {
        var meeting = OpenMeeting(1, 2, 3, 4);
        var motion = OpenMotion(meeting);
        motion.Close([Vote(VoteChoice.For), Vote(VoteChoice.For), Vote(VoteChoice.Against), Vote(VoteChoice.Abstain)], MeetingAt.AddHours(3));

        Assert.That((motion.Passed, motion.VotesFor, motion.VotesAgainst, motion.Abstentions, motion.Tie), Is.EqualTo((true, 2, 1, 1, false)));
        Assert.That(motion.ResultSummary, Does.StartWith("Carried: 2 for, 1 against, 1 abstaining"));
    }

    [Test]
    public void A_tie_fails_the_motion_and_is_stated()
    {
        var motion = OpenMotion(OpenMeeting(1, 2));
        motion.Close([Vote(VoteChoice.For), Vote(VoteChoice.Against)], MeetingAt.AddHours(3));

        Assert.That((motion.Passed, motion.Tie), Is.EqualTo((false, true)));
        Assert.That(motion.ResultSummary, Does.Contain("a tie"));
    }

    [TestCase(2, 1, true)]
    [TestCase(4, 2, true)]
    [TestCase(3, 2, false)]
    [TestCase(0, 0, false)]
    public void A_bylaw_amendment_needs_two_thirds_of_votes_cast(int yes, int no, bool passes)
    {
        var ballots = Enumerable.Repeat(Vote(VoteChoice.For), yes).Concat(Enumerable.Repeat(Vote(VoteChoice.Against), no))
            .Append(Vote(VoteChoice.Abstain)).ToList();
        Assert.That(Tally.Count(Threshold.TwoThirds, ballots).Passed, Is.EqualTo(passes));
    }

    private static Motion OpenElection(Meeting meeting, int seats, params string[] names)
    {
        var election = Motion.Propose(meeting, new MotionDetails(MotionKind.Election, "Board election", null, Threshold.Majority, true,
            MeetingAt, MeetingAt.AddHours(2), seats, 24), names.Select(n => new CandidateDetails(n, null, null, $"{n}'s statement"))).WithId(9);
        var id = 100;
        foreach (var c in election.Candidates)
        {
            c.WithId(id++);
        }

        election.Open(meeting, MeetingAt);
        return election;
    }

    private static BallotContent Choose(params int[] ids) => new(null, ids);

    [Test]
    public void A_multi_seat_election_elects_the_top_n_and_each_ballot_chooses_up_to_n()
    {
        var meeting = OpenMeeting(1, 2, 3, 4);
        var election = OpenElection(meeting, 2, "Ana", "Ben", "Cruz");
        Assert.That(() => election.Cast(meeting, 1, Choose(100, 101, 102), DateOf(MeetingAt), MeetingAt), Throws.TypeOf<DomainRuleException>().With.Message.Contains("at most 2"));
        Assert.That(() => election.Cast(meeting, 1, Choose(100, 100), DateOf(MeetingAt), MeetingAt), Throws.TypeOf<DomainRuleException>());

        election.Close([Choose(100, 101), Choose(100, 102), Choose(100, 101), Choose(102)], MeetingAt.AddHours(3));

        var byName = election.Candidates.ToDictionary(c => c.Name);
        Assert.That((byName["Ana"].Votes, byName["Ben"].Votes, byName["Cruz"].Votes), Is.EqualTo((3, 2, 2)));
        // Ben and Cruz tie for the second seat: it is left for a runoff.
        Assert.That(byName["Ana"].Elected, Is.True);
        Assert.That(byName["Ben"].Elected || byName["Cruz"].Elected, Is.False);
        Assert.That(byName["Ben"].TiedForLastSeat && byName["Cruz"].TiedForLastSeat, Is.True);
        Assert.That(election.Tie, Is.True);
        Assert.That(election.ResultSummary, Does.Contain("Tie for the last 1 seat(s) between Ben, Cruz"));
    }

    [Test]
    public void Winners_are_seated_once_for_the_term_length()
    {
        var meeting = OpenMeeting(1, 2, 3);
        var election = OpenElection(meeting, 2, "Ana", "Ben", "Cruz");
        election.Close([Choose(100, 101), Choose(100, 101), Choose(102)], MeetingAt.AddHours(3));

        var seats = election.SeatWinners(new DateOnly(2027, 7, 1), MeetingAt.AddDays(1));

        Assert.That(seats.Select(s => (s.HolderName, s.TermStart, s.TermEnd)), Is.EqualTo(new[]
        {
            ("Ana", new DateOnly(2027, 7, 1), new DateOnly(2029, 6, 30)),
            ("Ben", new DateOnly(2027, 7, 1), new DateOnly(2029, 6, 30)),
        }));
        Assert.That(() => election.SeatWinners(new DateOnly(2027, 7, 1), MeetingAt.AddDays(1)), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void A_secret_ballot_keeps_the_choice_apart_from_the_coop()
    {
        var meeting = OpenMeeting(1, 2);
        var motion = OpenMotion(meeting, secret: true);

        var cast = motion.Cast(meeting, 1, Vote(VoteChoice.For), DateOf(MeetingAt), MeetingAt.AddMinutes(5));

        Assert.That(cast.Cast.Choice, Is.Null);
        Assert.That(cast.Cast.CandidateIds, Is.Null);
        Assert.That(cast.Secret!.Choice, Is.EqualTo(VoteChoice.For));
        Assert.That(typeof(SecretBallot).GetProperties().Select(p => p.Name), Is.EquivalentTo(new[] { "Id", "MotionId", "Choice", "CandidateIds", "Content" }));
    }

    [Test]
    public void Only_coops_eligible_on_the_record_date_vote_and_only_while_voting_is_open()
    {
        var meeting = OpenMeeting(1, 2);
        var motion = OpenMotion(meeting);
        Assert.That(() => motion.Cast(meeting, 3, Vote(VoteChoice.For), DateOf(MeetingAt), MeetingAt), Throws.TypeOf<DomainRuleException>().With.Message.Contains("record date"));
        Assert.That(() => motion.Cast(meeting, 1, Vote(VoteChoice.For), DateOf(MeetingAt), MeetingAt.AddHours(2)), Throws.TypeOf<DomainRuleException>().With.Message.Contains("closed"));
        Assert.That(motion.Cast(meeting, 1, Vote(VoteChoice.For), DateOf(MeetingAt), MeetingAt.AddHours(1)).Cast.Choice, Is.EqualTo(VoteChoice.For));
    }

    [Test]
    public void Nothing_about_the_votes_or_result_changes_after_close()
    {
        var meeting = OpenMeeting(1, 2);
        var motion = OpenMotion(meeting);
        motion.Close([Vote(VoteChoice.For)], MeetingAt.AddHours(3));

        Assert.That(() => motion.Cast(meeting, 2, Vote(VoteChoice.Against), DateOf(MeetingAt), MeetingAt.AddHours(3)), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => motion.Close([Vote(VoteChoice.Against), Vote(VoteChoice.Against)], MeetingAt.AddHours(4)), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => motion.Edit(new MotionDetails(MotionKind.Resolution, "Changed", null, Threshold.Majority, false, MeetingAt, MeetingAt.AddHours(1), null, null), []),
            Throws.TypeOf<DomainRuleException>());
        Assert.That(() => motion.Open(meeting, MeetingAt.AddHours(5)), Throws.TypeOf<DomainRuleException>());
        Assert.That((motion.Passed, motion.VotesFor, motion.VotesAgainst), Is.EqualTo((true, 1, 0)));
    }

    [Test]
    public void Published_minutes_cannot_change()
    {
        var meeting = OpenMeeting(1);
        meeting.Close();
        meeting.WriteMinutes("The meeting opened at 2pm.");
        meeting.PublishMinutes(MeetingAt.AddDays(2));
        Assert.That(() => meeting.WriteMinutes("Rewritten"), Throws.TypeOf<DomainRuleException>());
    }
}

internal static class GovernanceTestIds
{
    public static T WithId<T>(this T entity, int id) where T : Entity
    {
        typeof(Entity).GetProperty(nameof(Entity.Id))!.SetValue(entity, id);
        return entity;
    }
}
