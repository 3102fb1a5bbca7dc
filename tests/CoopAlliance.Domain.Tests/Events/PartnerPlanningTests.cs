using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;

namespace CoopAlliance.Domain.Tests.Events;

public sealed class PlanningTaskReminderTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly DateTimeOffset At = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private static PlanningTask Task(DateOnly due, string? email = "ana@example.org") =>
        new(1, "Book the hall", "Ana", email, null, due, new Actor(1, "Sam Staff"), At);

    [TestCase(0, true)]
    [TestCase(3, true)]
    [TestCase(4, false)]
    [TestCase(-2, true)]
    public void ATaskIsRemindedWhenDueWithinTheWindowOrAlreadyLate(int dueInDays, bool expected) =>
        Assert.That(Task(Today.AddDays(dueInDays)).NeedsReminder(Today, 3), Is.EqualTo(expected));

    [Test]
    public void ATaskWithoutAnEmailOrDoneIsNeverReminded()
    {
        Assert.That(Task(Today, email: null).NeedsReminder(Today, 3), Is.False);
        var done = Task(Today);
        done.MarkDone("Ana", At);
        Assert.That(done.NeedsReminder(Today, 3), Is.False);
    }

    [Test]
    public void OnceRemindedItIsNotRemindedAgainUntilTheOwnerOrTheDateChanges()
    {
        var task = Task(Today.AddDays(1));
        task.MarkReminded(At);
        Assert.That(task.NeedsReminder(Today, 3), Is.False);

        task.Change("Book the hall and the kitchen", "Ana", "ana@example.org", null, Today.AddDays(1));
        Assert.That(task.NeedsReminder(Today, 3), Is.False, "a new wording alone does not re-arm the reminder");

        task.Change("Book the hall and the kitchen", "Ben", "ben@example.org", null, Today.AddDays(1));
        Assert.That(task.NeedsReminder(Today, 3), Is.True, "a new owner is reminded");

        task.MarkReminded(At);
        task.Change("Book the hall and the kitchen", "Ben", "BEN@example.org ", null, Today.AddDays(2));
        Assert.That(task.NeedsReminder(Today, 3), Is.True, "a new date is reminded");
    }

    [Test]
    public void MarkingRemindedTwiceKeepsTheFirstTime()
    {
        var task = Task(Today);
        task.MarkReminded(At);
        task.MarkReminded(At.AddHours(1));
        Assert.That(task.ReminderSentAt, Is.EqualTo(At));
    }
}

public sealed class EventPartnerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private static EventPartner Partner() => new(1, "Worcester Roots", null, "Ana", "Ana@Example.org", new Actor(1, "Sam Staff"), At);

    [Test]
    public void AnInvitationStartsUnansweredWithASecretLinkAndALowerCaseEmail()
    {
        var p = Partner();
        Assert.That(p.Answer, Is.EqualTo(InvitationAnswer.Pending));
        Assert.That(p.Token, Has.Length.GreaterThanOrEqualTo(32));
        Assert.That(p.ContactEmail, Is.EqualTo("ana@example.org"));
        Assert.That(Partner().Token, Is.Not.EqualTo(p.Token));
    }

    [Test]
    public void RolesComeOnlyAfterThePartnerJoins()
    {
        var p = Partner();
        Assert.Throws<DomainRuleException>(() => p.AssignRoles(PartnerRoles.Food));
        p.AssignRoles(PartnerRoles.None);

        p.Respond(InvitationAnswer.Interested, At);
        p.AssignRoles(PartnerRoles.Food | PartnerRoles.Venue);
        Assert.That(p.Roles, Is.EqualTo(PartnerRoles.Food | PartnerRoles.Venue));
        Assert.That(p.Roles.Describe(), Is.EqualTo("Venue, Food"));
    }

    [Test]
    public void SayingNotNowTakesTheRolesAwayAndTheAnswerCanChangeAgain()
    {
        var p = Partner();
        p.Respond(InvitationAnswer.Interested, At);
        p.AssignRoles(PartnerRoles.Speaker);

        p.Respond(InvitationAnswer.NotNow, At.AddDays(1));
        Assert.That(p.Roles, Is.EqualTo(PartnerRoles.None));
        Assert.That(p.HasJoined, Is.False);

        p.Respond(InvitationAnswer.Interested, At.AddDays(2));
        Assert.That(p.HasJoined, Is.True);
        Assert.That(p.AnsweredAt, Is.EqualTo(At.AddDays(2)));
    }

    [Test]
    public void PendingIsNotAnAnswer() =>
        Assert.Throws<DomainRuleException>(() => Partner().Respond(InvitationAnswer.Pending, At));
}
