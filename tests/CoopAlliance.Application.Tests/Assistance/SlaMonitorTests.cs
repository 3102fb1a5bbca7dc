using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Email;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class SlaMonitorTests : AssistanceTestBase
{
    private const string Secret = "INTERNAL-ONLY: the co-op owes three months of dues";

    [Test]
    public async Task EachThresholdIsNotifiedOnceToTheAssigneeAndStaffHoweverOftenTheMonitorRuns()
    {
        await AddLoginAsync(CoordinatorEmail, Roles.Staff);
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await InProgressAsync(coopId, provider.Id); // Monday 2026-11-23, priority High: resolution due in 10 business days
        var due = (await SendAsync(new GetAssistanceRequest(id))).ResolutionDueOn;
        Assert.That(due, Is.EqualTo(new DateOnly(2026, 12, 7)));

        var onTrack = await SendAsSystemAsync(new MonitorSlas());
        Assert.That(onTrack.Alerts, Is.Zero);

        Clock.Set(2026, 12, 4); // Friday: one business day left
        var first = await SendAsSystemAsync(new MonitorSlas());
        var again = await SendAsSystemAsync(new MonitorSlas());

        Assert.That(first.Alerts, Is.EqualTo(1));
        Assert.That(again.Alerts, Is.Zero);
        var dueSoon = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Due soon")).Select(m => m.To).ToListAsync());
        Assert.That(dueSoon, Is.EquivalentTo(new[] { CoordinatorEmail, ProviderEmail }));

        Clock.Set(2026, 12, 8); // past the due day
        await SendAsSystemAsync(new MonitorSlas());
        await SendAsSystemAsync(new MonitorSlas());

        var alerts = await WithDbAsync(db => db.SlaAlerts.OrderBy(a => a.Id).Select(a => a.Threshold).ToListAsync());
        Assert.That(alerts, Is.EqualTo(new[] { SlaThreshold.ResolutionAtRisk, SlaThreshold.ResolutionBreached }));
        var overdue = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.StartsWith("Overdue")).ToListAsync());
        Assert.That(overdue, Has.Count.EqualTo(2));
        Assert.That(overdue[0].Body, Does.Contain("resolution overdue").And.Contain("December 7, 2026"));
        var list = await SendAsync(new ListAssistanceRequests { DueSoonOrOverdue = true });
        Assert.That(list.Items.Single().ResolutionSla, Is.EqualTo(SlaState.Breached));
    }

    [Test]
    public async Task AnUntriagedRequestPastItsFirstResponseIsFlaggedToStaff()
    {
        await AddLoginAsync(CoordinatorEmail, Roles.Staff);
        var coopId = await AddActiveCoopAsync();
        await SubmitAsRepAsync(coopId); // Normal: first response due in 3 business days (Thursday)
        Clock.Set(2026, 11, 27);

        var result = await SendAsSystemAsync(new MonitorSlas());

        Assert.That(result.Alerts, Is.EqualTo(1));
        var message = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.StartsWith("Overdue")));
        Assert.That(message.To, Is.EqualTo(CoordinatorEmail));
        Assert.That(message.Body, Does.Contain("first response overdue").And.Contain("nobody yet"));
        Assert.That((await SendAsync(new GetAssistanceDashboard())).FirstResponseOverdue, Is.EqualTo(1));
    }

    [Test]
    public async Task ARepNeverReceivesInternalCommentTextInAnyEmail()
    {
        await AddLoginAsync(CoordinatorEmail, Roles.Staff);
        var coopId = await AddActiveCoopAsync();
        await AddLoginAsync(RepEmail, Roles.CoopRep, coopId);
        var provider = await AddProviderAsync();
        var id = await InProgressAsync(coopId, provider.Id);

        await SendAsync(new AddAssistanceComment(id, Secret, IsInternal: true));
        await SendAsync(new AddAssistanceComment(id, "Could you send last year's minutes?"));
        await SendAsync(new WaitOnCoop(id, "We need last year's minutes"));
        RunAsRep(coopId);
        await SendAsync(new AddAssistanceComment(id, "Attached, thanks!"));
        RunAsStaff();
        await SendAsync(new ResumeAssistance(id, null));
        Clock.Set(2026, 12, 8);
        await SendAsSystemAsync(new MonitorSlas());
        await SendAsync(new ResolveAssistance(id, "Minutes reviewed; bylaws updated"));
        await SendAsSystemAsync(new SendPendingEmails());

        var toRep = RecordingEmailSender.Sent.Where(m => m.To == RepEmail).ToList();
        Assert.That(toRep.Select(m => m.Subject), Is.EquivalentTo(new[]
        {
            "New message about \"Update our bylaws\"",
            "We need something from your co-op: Update our bylaws",
            "Resolved: Update our bylaws",
        }));
        Assert.That(toRep.Any(m => m.Body.Contains("three months of dues") || m.Subject.Contains("three months of dues")), Is.False);
        Assert.That(RecordingEmailSender.Sent.Any(m => m.Body.Contains("three months of dues")), Is.False, "internal comments are never emailed");
        Assert.That(RecordingEmailSender.Sent.Any(m => m.To == ProviderEmail && m.Body.Contains("Attached, thanks!")), Is.True,
            "the provider hears the co-op's reply");
        var providerBrief = RecordingEmailSender.Sent.Single(m => m.To == ProviderEmail && m.Subject.StartsWith("Assistance request for"));
        Assert.That(providerBrief.Body, Does.Contain("second class of members").And.Contain("413-555-0101"));
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent)), Is.Zero);
    }
}

public sealed class SlaMonitorJobTests : AssistanceTestBase
{
    [Test]
    public async Task TheScheduledJobRunsTheMonitorAsTheSystemAndASecondRunSendsNothingNew()
    {
        await AddLoginAsync(CoordinatorEmail, Roles.Staff);
        var coopId = await AddActiveCoopAsync();
        await SubmitAsRepAsync(coopId);
        Clock.Set(2026, 11, 27);

        for (var run = 0; run < 2; run++)
        {
            using var scope = Testing.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<SlaMonitorJob>().RunAsync(CancellationToken.None);
        }

        Assert.That(await CountAsync<SlaAlert>(), Is.EqualTo(1));
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Overdue"))), Is.EqualTo(1));
    }
}
