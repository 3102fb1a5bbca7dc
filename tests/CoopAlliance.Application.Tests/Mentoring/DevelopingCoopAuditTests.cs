using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Application.Tests.Mentoring;

/// <summary>The audit trail of a developing co-op: who changed its record, needs, checklist, matches and sessions.</summary>
public sealed class DevelopingCoopAuditTests : MentoringTestBase
{
    [Test]
    public async Task StaffSeeWhoChangedADevelopingCoopsRecordChecklistMatchesAndSessionsAndNothingOfAnotherCoop()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        var coopId = await AddDevelopingCoopAsync("Florence Bread Collective");
        var otherId = await AddDevelopingCoopAsync("Holyoke Cleaners");
        var read = await SendAsync(new GetDevelopingCoop(coopId));
        await SendAsync(new UpdateDevelopingCoop
        {
            Id = coopId,
            Version = read.Version,
            Name = "Florence Bread Cooperative",
            Kind = read.Kind,
            Region = read.Region,
            ContactName = read.ContactName,
            Needs = [new Need(Skill.LegalAndBylaws, NeedImportance.Essential), new Need(Skill.Marketing, NeedImportance.Important)],
        });
        var matchId = await ActiveMatchAsync(morgan, coopId);
        await SendAsync(new TickMilestone(coopId, read.Milestones.First().Id));
        await SendAsync(new LogSession(matchId, Clock.Today, 30, "Bylaws", null, null));

        RunAsStaff();
        var audit = await SendAsync(new ListDevelopingCoopAudit(coopId, PageSize: 200));

        var rename = audit.Items.Single(e => e.Command == nameof(UpdateDevelopingCoop) && e.EntityType == nameof(DevelopingCoop));
        Assert.That(rename.UserName, Is.EqualTo("Sam Staff"));
        Assert.That(rename.Changes, Does.Contain("Florence Bread Collective").And.Contain("Florence Bread Cooperative"));
        var needs = (await SendAsync(new GetDevelopingCoop(coopId))).Timeline.Single(e => e.Kind == "NeedsChanged");
        Assert.That(needs.Text, Is.EqualTo("Needs now: legal & bylaws (essential), marketing (important)"), "needs are owned rows: the timeline tells");
        Assert.That(needs.ByName, Is.EqualTo("Sam Staff"));
        Assert.That(audit.Items.Single(e => e.Command == nameof(TickMilestone) && e.EntityType == nameof(DevelopmentMilestone)).UserName, Is.EqualTo("Morgan Mentor"));
        Assert.That(audit.Items.Any(e => e.Command == nameof(AcceptOffer) && e.EntityType == nameof(MentorMatch)), Is.True);
        Assert.That(audit.Items.Single(e => e.EntityType == nameof(MentoringSession)).Command, Is.EqualTo(nameof(LogSession)));
        Assert.That(audit.Items.Select(e => e.Id), Is.Ordered.Descending);
        var other = await SendAsync(new ListDevelopingCoopAudit(otherId, PageSize: 200));
        Assert.That(other.Items.Select(e => e.Command), Is.All.EqualTo(nameof(CreateDevelopingCoop)), "only its own creation");

        RunAsMentor(morgan);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListDevelopingCoopAudit(coopId)));
    }
}
