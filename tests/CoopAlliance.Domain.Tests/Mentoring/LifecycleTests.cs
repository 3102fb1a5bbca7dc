using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Domain.Tests.Mentoring;

public sealed class MatchLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Actor Staff = new(1, "Sam Staff");

    private static MentorMatch Offered()
    {
        var match = MentorMatch.Propose(1, 2, 80, "covers 1 of 1 needs: marketing", Now);
        match.Offer(Now, Today.AddDays(7));
        return match;
    }

    [Test]
    public void AnOfferedMatchBecomesActiveWhenTheMentorAcceptsInTime()
    {
        var match = Offered();

        match.Accept(Now.AddDays(7), Today.AddDays(7));

        Assert.That(match.Status, Is.EqualTo(MatchStatus.Active));
        Assert.That(match.StartedOn, Is.EqualTo(Today.AddDays(7)));
    }

    [Test]
    public void AnOfferCannotBeAcceptedAfterItsLastDayAndExpiresThen()
    {
        var match = Offered();

        Assert.That(match.ExpireIfUnanswered(Today.AddDays(7)), Is.False);
        var refused = Assert.Throws<DomainRuleException>(() => match.Accept(Now.AddDays(8), Today.AddDays(8)));
        Assert.That(refused!.Message, Does.Contain("expired"));
        Assert.That(match.ExpireIfUnanswered(Today.AddDays(8)), Is.True);
        Assert.That(match.Status, Is.EqualTo(MatchStatus.Expired));
        Assert.That(match.IsOpen, Is.False);
    }

    [Test]
    public void OnlyAnActiveMatchCanBeCompletedAndEndingNeedsAReason()
    {
        var match = Offered();

        Assert.Throws<DomainRuleException>(() => match.Complete(Today, null, Staff));
        match.Accept(Now, Today);
        Assert.Throws<DomainRuleException>(() => match.End(Today, " ", Staff));
        match.End(Today, "The group paused its plans", Staff);

        Assert.That(match.Status, Is.EqualTo(MatchStatus.Ended));
        Assert.That(match.Reason, Is.EqualTo("The group paused its plans"));
        Assert.Throws<DomainRuleException>(() => match.Accept(Now, Today));
    }

    [Test]
    public void ADeclinedOfferCannotBeAcceptedAfterwards()
    {
        var match = Offered();
        match.Decline("Too busy this season", Now, new Actor(3, "Morgan"));

        var refused = Assert.Throws<DomainRuleException>(() => match.Accept(Now, Today));

        Assert.That(refused!.Message, Does.Contain("declined"));
    }

    [Test]
    public void ASessionNeedsAnActiveMatchAndAPlausibleDuration()
    {
        var match = Offered();
        Assert.Throws<DomainRuleException>(() => new MentoringSession(match, Today, 60, "Bylaws", null, null, Staff, Now));
        match.Accept(Now, Today);

        Assert.Throws<DomainRuleException>(() => new MentoringSession(match, Today, 0, "Bylaws", null, null, Staff, Now));
        Assert.Throws<DomainRuleException>(() => new MentoringSession(match, Today.AddDays(1), 60, "Bylaws", null, null, Staff, Now));
        var session = new MentoringSession(match, Today, 90, "Bylaws", "Went through the model bylaws", "Draft article 4", Staff, Now);
        Assert.That(session.Minutes, Is.EqualTo(90));
    }
}

public sealed class DevelopingCoopTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Staff = new(1, "Sam Staff");

    private static DevelopingCoop NewCoop() => new(
        new DevelopingCoopProfile("Rockingham Solar", DevelopingCoopKind.StartupGroup, "Solar installation", Region.SouthernVermont, "English",
            "Bellows Falls", "vt", null, "Ana Silva", "ana@rocksolar.coop", null, [new Need(Skill.LegalAndBylaws, NeedImportance.Essential)]),
        MilestoneTemplate.Defaults(), Staff, Now);

    [Test]
    public void ANewDevelopingCoopStartsAtTheIdeaStageWithTheTemplateChecklist()
    {
        var coop = NewCoop();

        Assert.That(coop.Stage, Is.EqualTo(DevelopmentStage.Idea));
        Assert.That(coop.Milestones.Select(m => m.Title), Does.Contain("Bylaws drafted").And.Contain("Financing secured"));
        Assert.That(coop.State, Is.EqualTo("VT"));
        Assert.That(coop.Timeline, Has.Count.EqualTo(1));
    }

    [Test]
    public void StageChangesAndMilestonesGoOnTheTimeline()
    {
        var coop = NewCoop();

        coop.MoveTo(DevelopmentStage.Feasibility, Staff, Now, "Study funded");
        Assert.That(coop.TickMilestone(0, true, new DateOnly(2026, 11, 23), Staff, Now), Is.True); // ids are 0 before saving
        Assert.That(coop.TickMilestone(0, true, new DateOnly(2026, 11, 23), Staff, Now), Is.False);

        Assert.That(coop.Stage, Is.EqualTo(DevelopmentStage.Feasibility));
        Assert.That(coop.Timeline.Select(e => e.Kind), Is.EqualTo(new[]
        {
            DevelopmentEventKind.Started, DevelopmentEventKind.StageChanged, DevelopmentEventKind.MilestoneDone,
        }));
        Assert.That(coop.Timeline.ElementAt(1).Text, Is.EqualTo("Moved from idea to feasibility: Study funded"));
        Assert.Throws<DomainRuleException>(() => coop.MoveTo(DevelopmentStage.Feasibility, Staff, Now, null));
    }

    [Test]
    public void OnlyAnOperatingCoopGraduatesAndThenItsRecordIsClosed()
    {
        var coop = NewCoop();
        var early = Assert.Throws<DomainRuleException>(() => coop.MembershipApplication());
        Assert.That(early!.Message, Does.Contain("idea stage"));

        coop.MoveTo(DevelopmentStage.Operating, Staff, Now, null);
        var (profile, contact) = coop.MembershipApplication();
        coop.MarkGraduated(42, Staff, Now);

        Assert.That(profile.LegalName, Is.EqualTo("Rockingham Solar"));
        Assert.That(profile.Kind, Is.EqualTo(CoopKind.WorkerCoop));
        Assert.That(contact.FullName, Is.EqualTo("Ana Silva"));
        Assert.That(coop.GraduatedCooperativeId, Is.EqualTo(42));
        Assert.Throws<DomainRuleException>(() => coop.MoveTo(DevelopmentStage.Launch, Staff, Now, null));
        Assert.Throws<DomainRuleException>(() => coop.TickMilestone(0, true, new DateOnly(2026, 11, 23), Staff, Now));
        Assert.Throws<DomainRuleException>(() => coop.Edit(Profile([]), Staff, Now));
        Assert.That(coop.Milestones.All(m => !m.IsDone), Is.True);
    }

    private static DevelopingCoopProfile Profile(IReadOnlyList<Need> needs) =>
        new("Rockingham Solar", DevelopingCoopKind.StartupGroup, "Solar installation", Region.SouthernVermont, "English",
            "Bellows Falls", "VT", null, "Ana Silva", "ana@rocksolar.coop", null, needs);

    [Test]
    public void AChangeOfNeedsGoesOnTheTimelineAndAnEditThatKeepsThemDoesNot()
    {
        var coop = NewCoop();

        coop.Edit(Profile([new Need(Skill.LegalAndBylaws, NeedImportance.Essential)]) with { Town = "Rockingham" }, Staff, Now);
        Assert.That(coop.Timeline, Has.Count.EqualTo(1), "same needs: nothing to tell");
        coop.Edit(Profile([new Need(Skill.Marketing, NeedImportance.Important), new Need(Skill.LegalAndBylaws, NeedImportance.Essential)]), Staff, Now);
        coop.Edit(Profile([]), Staff, Now);

        Assert.That(coop.Timeline.Where(e => e.Kind == DevelopmentEventKind.NeedsChanged).Select(e => e.Text), Is.EqualTo(new[]
        {
            "Needs now: legal & bylaws (essential), marketing (important)", "Needs cleared",
        }));
        Assert.That(coop.Timeline.Last().ByName, Is.EqualTo("Sam Staff"));
    }

    [Test]
    public void APausedMentorIsUnavailableThroughTheLastPausedDay()
    {
        var mentor = new Mentor(7, new MentorProfile("Morgan", "m@example.coop", null, [], [], ["English"], Region.WesternMassachusetts, 2, null));

        mentor.Pause(new DateOnly(2026, 12, 31), new DateOnly(2026, 11, 23));

        Assert.That(mentor.IsAvailableOn(new DateOnly(2026, 12, 31)), Is.False);
        Assert.That(mentor.IsAvailableOn(new DateOnly(2027, 1, 1)), Is.True);
        Assert.Throws<DomainRuleException>(() => mentor.Update(new MentorProfile("Morgan", "m@example.coop", null, [], [], [], Region.Elsewhere, 11, null)));
    }
}
