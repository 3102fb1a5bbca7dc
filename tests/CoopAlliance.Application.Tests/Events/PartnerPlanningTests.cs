using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Events.Partners;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Tests.Events;

/// <summary>Planning partners and the shared task list: the invitation (once), answers by link, own tasks, and the reminder job.</summary>
public sealed class PartnerPlanningTests : TestBase
{
    private static async Task<int> EventAsync(string title = "Green Solidarity Economy Conference")
    {
        var ev = new Event(new EventDetails(title, "One day of planning together.", null, new DateTime(2027, 7, 23, 9, 0, 0), new DateTime(2027, 7, 23, 21, 0, 0),
            "Clark University", "950 Main St", "Worcester", "Step-free entrance.", true, 200, 5, TrackerVisibility.Public, [30, 60, 90]), Actor.System, Clock.GetUtcNow());
        await AddAsync(ev);
        return ev.Id;
    }

    private static Task<List<OutboxMessage>> MailToAsync(string to) =>
        WithDbAsync(db => db.OutboxMessages.Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync());

    private static Task<EventPartner> PartnerAsync(int id) => WithDbAsync(db => db.EventPartners.SingleAsync(p => p.Id == id));

    private static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    [Test]
    public async Task TheInvitationIsQueuedOnceWithTheNoLoginLink()
    {
        var ev = await EventAsync();
        var id = await SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "Ana@WorcesterRoots.org"));

        var partner = await PartnerAsync(id);
        var mail = await MailToAsync("ana@worcesterroots.org");
        Assert.That(mail, Has.Count.EqualTo(1));
        Assert.That(mail[0].Body, Does.Contain($"/events/partner/{partner.Token}"));
        Assert.That(partner.InvitationSentAt, Is.Not.Null);
        Assert.That(partner.Answer, Is.EqualTo(InvitationAnswer.Pending));

        var again = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "ana@worcesterroots.org")));
        Assert.That(again!.Errors.Keys, Does.Contain(nameof(InvitePartner.OrganisationName)));
        Assert.That(await MailToAsync("ana@worcesterroots.org"), Has.Count.EqualTo(1), "inviting again sends nothing");
        Assert.That(await CountAsync<EventPartner>(), Is.EqualTo(1));
    }

    [Test]
    public async Task AMemberCoopIsPickedFromTheListAndNamedByIt()
    {
        var ev = await EventAsync();
        var coop = await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        var id = await SendAsync(new InvitePartner(ev, coop, null, "Maria Alvarez", "maria@example.coop"));

        var listed = await SendAsync(new ListPartners(ev));
        Assert.That(listed.Single().Id, Is.EqualTo(id));
        Assert.That(listed.Single().OrganisationName, Is.EqualTo("Pioneer Valley Bread Cooperative"));
        Assert.That(listed.Single().CooperativeId, Is.EqualTo(coop));

        var bad = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InvitePartner(ev, null, " ", "Someone", "not-an-email")));
        Assert.That(bad!.Errors.Keys, Is.SupersetOf(new[] { nameof(InvitePartner.OrganisationName), nameof(InvitePartner.ContactEmail) }));
    }

    [Test]
    public async Task ThePartnerAnswersFromTheLinkWithoutLoginAndCanChangeTheAnswer()
    {
        var ev = await EventAsync();
        var id = await SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "ana@worcesterroots.org"));
        var token = (await PartnerAsync(id)).Token;

        RunAnonymously();
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetPartnerPage("0123456789abcdef0123456789abcdef")));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new AnswerInvitation("0123456789abcdef0123456789abcdef", InvitationAnswer.Interested)));

        var before = await SendAsync(new GetPartnerPage(token));
        Assert.That((before.Answer, before.OrganisationName, before.EventTitle), Is.EqualTo((InvitationAnswer.Pending, "Worcester Roots", "Green Solidarity Economy Conference")));

        await SendAsync(new AnswerInvitation(token, InvitationAnswer.Interested));
        var firstAnsweredAt = (await PartnerAsync(id)).AnsweredAt;
        Clock.UtcNow = Clock.GetUtcNow().AddHours(1);
        await SendAsync(new AnswerInvitation(token, InvitationAnswer.Interested));
        Assert.That((await PartnerAsync(id)).AnsweredAt, Is.EqualTo(firstAnsweredAt), "the same answer twice changes nothing");

        RunAsStaff();
        await SendAsync(new AssignPartnerRoles(ev, id, [PartnerRoles.Food, PartnerRoles.Outreach]));
        Assert.That((await SendAsync(new ListPartners(ev))).Single().RolesText, Is.EqualTo("Food, Outreach"));

        RunAnonymously();
        await SendAsync(new AnswerInvitation(token, InvitationAnswer.NotNow));
        var after = await PartnerAsync(id);
        Assert.That((after.Answer, after.Roles), Is.EqualTo((InvitationAnswer.NotNow, PartnerRoles.None)));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new AnswerInvitation(token, InvitationAnswer.Pending)));
    }

    [Test]
    public async Task RolesWaitForTheAnswerAndOnlyStaffGiveThem()
    {
        var ev = await EventAsync();
        var id = await SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "ana@worcesterroots.org"));

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new AssignPartnerRoles(ev, id, [PartnerRoles.Venue])));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new UpdatePartner(ev, id, [PartnerRoles.Venue], "Ben Ng", "ben@worcesterroots.org")));
        Assert.That((await PartnerAsync(id)).ContactName, Is.EqualTo("Ana Ruiz"), "a refused update changes nothing");

        await SendAsync(new ChangePartnerContact(ev, id, "Ben Ng", "Ben@WorcesterRoots.org"));
        Assert.That((await PartnerAsync(id)).ContactEmail, Is.EqualTo("ben@worcesterroots.org"));

        var coop = await AddActiveCoopAsync();
        RunAsRep(coop);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new AssignPartnerRoles(ev, id, [])));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListTasks(ev)));
    }

    [Test]
    public async Task APartnerSeesTheWholeListOnceJoinedAndMarksOnlyItsOwnTasksDone()
    {
        var ev = await EventAsync();
        var ours = await SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "ana@worcesterroots.org"));
        var theirs = await SendAsync(new InvitePartner(ev, null, "Stone Soup", "Kai Lee", "kai@stonesoup.org"));
        var ownTask = await SendAsync(new AddTask(ev, "Cook lunch for 200", null, null, ours, Today.AddDays(20)));
        var otherTask = await SendAsync(new AddTask(ev, "Print the programme", null, null, theirs, Today.AddDays(20)));
        var staffTask = await SendAsync(new AddTask(ev, "Book the hall", "Sam Staff", "sam@alliance.coop", null, Today.AddDays(-1)));
        var token = (await PartnerAsync(ours)).Token;

        var own = await FindAsync<PlanningTask>(ownTask);
        Assert.That((own!.OwnerName, own.OwnerEmail), Is.EqualTo(("Ana Ruiz", "ana@worcesterroots.org")), "a partner's task defaults to its contact");

        RunAnonymously();
        Assert.That((await SendAsync(new GetPartnerPage(token))).Tasks, Is.Empty, "the list is for partners that joined");
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new MarkPartnerTask(token, ownTask, true)));

        await SendAsync(new AnswerInvitation(token, InvitationAnswer.Interested));
        var page = await SendAsync(new GetPartnerPage(token));
        Assert.That(page.Tasks.Select(t => (t.Id, t.Theirs)), Is.EquivalentTo(new[] { (ownTask, true), (otherTask, false), (staffTask, false) }));
        Assert.That(page.Tasks.Single(t => t.Id == staffTask).Overdue, Is.True);

        await SendAsync(new MarkPartnerTask(token, ownTask, true));
        Assert.That((await FindAsync<PlanningTask>(ownTask))!.DoneBy, Is.EqualTo("Ana Ruiz (Worcester Roots)"));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new MarkPartnerTask(token, otherTask, true)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new MarkPartnerTask(token, staffTask, true)));
        await SendAsync(new MarkPartnerTask(token, ownTask, false));
        Assert.That((await FindAsync<PlanningTask>(ownTask))!.IsDone, Is.False);

        RunAsStaff();
        await SendAsync(new MarkTaskDone(ev, staffTask));
        Assert.That((await SendAsync(new ListTasks(ev, TaskFilter.Done))).Select(t => t.Id), Is.EqualTo(new[] { staffTask }));
        Assert.That((await SendAsync(new ListTasks(ev, TaskFilter.Open))).Select(t => t.Id), Is.EquivalentTo(new[] { ownTask, otherTask }));
        Assert.That(await SendAsync(new ListTasks(ev, TaskFilter.Overdue)), Is.Empty);
        await SendAsync(new ReopenTask(ev, staffTask));
        Assert.That((await SendAsync(new ListTasks(ev, TaskFilter.Overdue))).Select(t => t.Id), Is.EqualTo(new[] { staffTask }));

        var csv = System.Text.Encoding.UTF8.GetString((await SendAsync(new ExportTasks(ev))).Content);
        Assert.That(csv, Does.Contain("Cook lunch for 200").And.Contain("overdue"));
    }

    [Test]
    public async Task ChangingATaskNeedsTheVersionYouRead()
    {
        var ev = await EventAsync();
        var id = await SendAsync(new AddTask(ev, "Book the hall", "Sam Staff", null, null, Today.AddDays(10)));
        var version = (await FindAsync<PlanningTask>(id))!.Version;

        await SendAsync(new UpdateTask(ev, id, version, "Book the big hall", "Sam Staff", null, null, Today.AddDays(10)));
        Assert.ThrowsAsync<ConflictException>(() => SendAsync(new UpdateTask(ev, id, version, "Book the small hall", "Sam Staff", null, null, Today.AddDays(10))));
        Assert.That((await FindAsync<PlanningTask>(id))!.What, Is.EqualTo("Book the big hall"));

        var bad = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new AddTask(ev, "", null, "nope", null, default)));
        Assert.That(bad!.Errors.Keys, Is.SupersetOf(new[] { nameof(AddTask.What), nameof(AddTask.OwnerName), nameof(AddTask.OwnerEmail), nameof(AddTask.DueOn) }));
    }

    [Test]
    public async Task TheReminderJobSendsOnceEvenWhenRunTwiceAndAgainAfterTheOwnerChanges()
    {
        var ev = await EventAsync();
        var soon = await SendAsync(new AddTask(ev, "Book the hall", "Sam Staff", "sam@alliance.coop", null, Today.AddDays(2)));
        await SendAsync(new AddTask(ev, "Find interpreters", "Lee", "lee@alliance.coop", null, Today.AddDays(30)));
        var done = await SendAsync(new AddTask(ev, "Choose the date", "Pat", "pat@alliance.coop", null, Today));
        await SendAsync(new MarkTaskDone(ev, done));

        var first = await SendAsSystemAsync(new RunTaskReminders(Today));
        var second = await SendAsSystemAsync(new RunTaskReminders(Today));
        var nextDay = await SendAsSystemAsync(new RunTaskReminders(Today.AddDays(1)));
        Assert.That((first.Reminded, second.Reminded, nextDay.Reminded), Is.EqualTo((1, 0, 0)));
        var sam = await MailToAsync("sam@alliance.coop");
        Assert.That(sam, Has.Count.EqualTo(1));
        Assert.That(sam[0].Body, Does.Contain("Book the hall").And.Contain($"/Events/Partners?id={ev}"));
        Assert.That(await MailToAsync("lee@alliance.coop"), Is.Empty, "not due soon");
        Assert.That(await MailToAsync("pat@alliance.coop"), Is.Empty, "done tasks are never reminded");

        var version = (await FindAsync<PlanningTask>(soon))!.Version;
        await SendAsync(new UpdateTask(ev, soon, version, "Book the hall", "Robin", "robin@alliance.coop", null, Today.AddDays(2)));
        var afterChange = await SendAsSystemAsync(new RunTaskReminders(Today.AddDays(1)));
        Assert.That(afterChange.Reminded, Is.EqualTo(1));
        Assert.That(await MailToAsync("robin@alliance.coop"), Has.Count.EqualTo(1), "the new owner is reminded");
        Assert.That(await MailToAsync("sam@alliance.coop"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task APartnersTaskReminderLinksToItsOwnPage()
    {
        var ev = await EventAsync();
        var partner = await SendAsync(new InvitePartner(ev, null, "Worcester Roots", "Ana Ruiz", "ana@worcesterroots.org"));
        await SendAsync(new AddTask(ev, "Cook lunch for 200", null, null, partner, Today.AddDays(1)));

        Assert.That((await SendAsSystemAsync(new RunTaskReminders(Today))).Reminded, Is.EqualTo(1));
        var mail = await MailToAsync("ana@worcesterroots.org");
        Assert.That(mail.Select(m => m.Subject), Has.Some.StartsWith("Reminder: Cook lunch for 200"));
        Assert.That(mail.Last().Body, Does.Contain($"/events/partner/{(await PartnerAsync(partner)).Token}"));
    }
}
