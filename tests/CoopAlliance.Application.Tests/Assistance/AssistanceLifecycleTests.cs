using CoopAlliance.Application.Assistance;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Assistance;

public sealed class AssistanceLifecycleTests : AssistanceTestBase
{
    [Test]
    public async Task ARequestGoesFromSubmittedToClosedAndEveryStepIsInTheTimelineWithWhoWhenAndWhy()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await SubmitAsRepAsync(coopId);

        Clock.Advance(TimeSpan.FromHours(1));
        await SendAsync(new TriageAssistance { Id = id, Priority = Priority.High, Category = AssistanceCategory.GovernanceAndFacilitation, Note = "Board meets Friday" });
        await SendAsync(new AssignAssistance(id, provider.Id, "Dana knows their bylaws"));
        await SendAsync(new StartAssistance(id, null));
        await SendAsync(new WaitOnCoop(id, "Send us the current bylaws"));
        await SendAsync(new ResumeAssistance(id, "Bylaws received"));
        Clock.Advance(TimeSpan.FromDays(2));
        await SendAsync(new ResolveAssistance(id, "New bylaws drafted; adopted at the meeting"));
        await SendAsync(new CloseAssistance(id, null));

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.Status, Is.EqualTo(AssistanceStatus.Closed));
        Assert.That(detail.Timeline.Select(e => e.Kind), Is.EqualTo(new[]
        {
            AssistanceEventKind.Submitted, AssistanceEventKind.Triaged, AssistanceEventKind.Assigned, AssistanceEventKind.Started,
            AssistanceEventKind.WaitingOnCoop, AssistanceEventKind.Resumed, AssistanceEventKind.Resolved, AssistanceEventKind.Closed,
        }));
        Assert.That(detail.Timeline[0].ByName, Is.EqualTo("Rita Rep"));
        Assert.That(detail.Timeline[1].ByName, Is.EqualTo("Sam Staff"));
        Assert.That(detail.Timeline[1].At, Is.EqualTo(TestClockDefault.AddHours(1)));
        Assert.That(detail.Timeline[1].Note, Does.Contain("Board meets Friday"));
        Assert.That(detail.Timeline[2].Note, Is.EqualTo("Dana Lawyer: Dana knows their bylaws"));
        Assert.That(detail.Timeline[4].Note, Is.EqualTo("Send us the current bylaws"));
        Assert.That(detail.ProviderName, Is.EqualTo("Dana Lawyer"));
        Assert.That(detail.Category, Is.EqualTo(AssistanceCategory.GovernanceAndFacilitation));
        Assert.That(detail.FirstRespondedAt, Is.EqualTo(TestClockDefault.AddHours(1)));
        Assert.That(detail.Resolution, Is.EqualTo("New bylaws drafted; adopted at the meeting"));
        var audited = await WithDbAsync(db => db.AuditEntries.Select(a => a.Command).Distinct().ToListAsync());
        Assert.That(audited, Is.SupersetOf(new[] { nameof(SubmitAssistanceRequest), nameof(TriageAssistance), nameof(ResolveAssistance) }));
    }

    [Test]
    public async Task AStepTheStatusDoesNotAllowIsRefusedAndChangesNothing()
    {
        var coopId = await AddActiveCoopAsync();
        var id = await SubmitAsRepAsync(coopId);
        var auditBefore = await CountAsync<AuditEntry>();

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new CloseAssistance(id, null)));

        Assert.That(refused!.Message, Does.Contain("submitted, so you cannot close it"));
        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.Status, Is.EqualTo(AssistanceStatus.Submitted));
        Assert.That(detail.Timeline, Has.Count.EqualTo(1));
        Assert.That(await CountAsync<AuditEntry>(), Is.EqualTo(auditBefore));
    }

    [Test]
    public async Task DueDatesAreCountedInBusinessDaysFromTheDayTheRequestWasSent()
    {
        var coopId = await AddActiveCoopAsync();
        Clock.Set(2026, 11, 20); // a Friday, 10:00 in Massachusetts

        var id = await SubmitAsRepAsync(coopId, urgency: Priority.Urgent);

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.FirstResponseDueOn, Is.EqualTo(new DateOnly(2026, 11, 23)), "urgent: one business day → Monday");
        Assert.That(detail.ResolutionDueOn, Is.EqualTo(new DateOnly(2026, 11, 27)), "urgent: five business days");
        await SendAsync(new TriageAssistance { Id = id, Priority = Priority.Low, Category = AssistanceCategory.LegalAndBylaws });
        detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.ResolutionDueOn, Is.EqualTo(new DateOnly(2027, 1, 1)), "low: thirty business days from the Friday it was sent");
    }

    [Test]
    public async Task ARepCanReopenWithinThirtyDaysOfTheResolution()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await InProgressAsync(coopId, provider.Id);
        await SendAsync(new ResolveAssistance(id, "Filed with the state"));
        Clock.Advance(TimeSpan.FromDays(29));

        RunAsRep(coopId);
        await SendAsync(new ReopenAssistance(id, "The state sent the filing back"));

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.Status, Is.EqualTo(AssistanceStatus.InProgress));
        Assert.That(detail.Timeline[^1].Kind, Is.EqualTo(AssistanceEventKind.Reopened));
        Assert.That(detail.Timeline[^1].ByName, Is.EqualTo("Rita Rep"));
        Assert.That(detail.Timeline[^1].Note, Is.EqualTo("The state sent the filing back"));
    }

    [Test]
    public async Task ARepCannotReopenMoreThanThirtyDaysAfterTheResolution()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await InProgressAsync(coopId, provider.Id);
        await SendAsync(new ResolveAssistance(id, "Filed with the state"));
        await SendAsync(new CloseAssistance(id, null));
        Clock.Advance(TimeSpan.FromDays(31));

        RunAsRep(coopId);
        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.CanReopen, Is.False);
        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ReopenAssistance(id, "Still wrong")));

        Assert.That(refused!.Message, Does.Contain("more than 30 days ago"));
        Assert.That((await SendAsync(new GetAssistanceRequest(id))).Status, Is.EqualTo(AssistanceStatus.Closed));
    }

    [Test]
    public async Task TheCoopRatesTheHelpOnceItIsResolved()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await InProgressAsync(coopId, provider.Id);
        RunAsRep(coopId);
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new RateAssistance(id, 5, null)));
        RunAsStaff();
        await SendAsync(new ResolveAssistance(id, "Done"));

        RunAsRep(coopId);
        await SendAsync(new RateAssistance(id, 4, "Clear and quick"));

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.Rating, Is.EqualTo(4));
        Assert.That(detail.RatingComment, Is.EqualTo("Clear and quick"));
        RunAsStaff();
        Assert.That((await SendAsync(new GetAssistanceDashboard())).AverageRating, Is.EqualTo(4));
    }

    private static DateTimeOffset TestClockDefault => Support.TestClock.Default;
}
