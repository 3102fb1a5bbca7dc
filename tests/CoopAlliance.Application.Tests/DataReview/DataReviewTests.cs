using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Application.Membership;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.DataReview;

public sealed class DataReviewTests : TestBase
{
    private int _complete, _noEmail, _noPhoneOrSector, _withdrawn;

    [SetUp]
    public async Task AddCoopsAsync()
    {
        _complete = await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        _noEmail = await AddActiveCoopAsync("Franklin County Solar Cooperative");
        _noPhoneOrSector = await AddActiveCoopAsync("Brattleboro Printing Cooperative", status: MembershipStatus.Lapsed);
        _withdrawn = await AddActiveCoopAsync("Old Mill Cleaning Cooperative", status: MembershipStatus.Withdrawn);
        await WithDbAsync(async db =>
        {
            var coops = await db.Cooperatives.ToDictionaryAsync(c => c.Id);
            coops[_noEmail].UpdateProfile(coops[_noEmail].Profile with { Email = null });
            coops[_noPhoneOrSector].UpdateProfile(coops[_noPhoneOrSector].Profile with { Phone = null, Sector = null });
            coops[_withdrawn].UpdateProfile(coops[_withdrawn].Profile with { Email = null });
            await db.SaveChangesAsync();
        });
    }

    [Test]
    public async Task TheReviewRecordsEachIncompleteCoopWithWhatIsMissing()
    {
        var result = await SendAsSystemAsync(new RunDataReview(Clock.Today));

        Assert.That(result.AlreadyDone, Is.False);
        Assert.That((result.Reviewed, result.Flagged), Is.EqualTo((4, 2)));
        var findings = await SendAsync(new ListDataFindings());
        Assert.That(findings.Select(f => (f.CooperativeId, f.MissingFields)), Is.EquivalentTo(new[]
        {
            (_noEmail, "email"),
            (_noPhoneOrSector, "phone, sector"),
        }), "the complete co-op and the withdrawn one are not flagged");
        Assert.That(findings.All(f => f.FirstFlaggedOn == Clock.Today), Is.True);
        var run = await WithDbAsync(db => db.JobRuns.SingleAsync());
        Assert.That((run.Job, run.RunKey, run.Status), Is.EqualTo((RunDataReview.JobName, Clock.Today.ToString("yyyy-MM-dd"), JobRunStatus.Succeeded)));
    }

    [Test]
    public async Task RunningTwiceTheSameDayLeavesOneRunAndOneFindingPerCoop()
    {
        await SendAsSystemAsync(new RunDataReview(Clock.Today));
        Clock.Advance(TimeSpan.FromHours(2));

        var again = await SendAsSystemAsync(new RunDataReview(Clock.Today));

        Assert.That(again.AlreadyDone, Is.True);
        Assert.That(await CountAsync<JobRun>(), Is.EqualTo(1));
        Assert.That(await CountAsync<DataReviewFinding>(), Is.EqualTo(2));
    }

    [Test]
    public async Task ARunForcedAgainTheSameDayUpdatesTheFindingsInPlace()
    {
        await SendAsSystemAsync(new RunDataReview(Clock.Today));

        var forced = await SendAsync(new RunDataReview(Clock.Today, Force: true));

        Assert.That(forced.AlreadyDone, Is.False);
        Assert.That(forced.Changed, Is.Zero);
        Assert.That(await CountAsync<JobRun>(), Is.EqualTo(1));
        Assert.That(await CountAsync<DataReviewFinding>(), Is.EqualTo(2));
    }

    [Test]
    public async Task CompletingTheRecordResolvesTheFindingAtTheNextReview()
    {
        await SendAsSystemAsync(new RunDataReview(Clock.Today));
        var coop = await SendAsync(new GetCoop(_noEmail));
        await SendAsync(UpdateCoop.From(coop) with { Email = "office@fcsolar.example.coop" });
        Clock.Advance(TimeSpan.FromDays(1));

        var next = await SendAsSystemAsync(new RunDataReview(Clock.Today));

        Assert.That(next.Flagged, Is.EqualTo(1));
        Assert.That((await SendAsync(new ListDataFindings())).Select(f => f.CooperativeId), Is.EqualTo(new[] { _noPhoneOrSector }));
        var resolved = (await SendAsync(new ListDataFindings(OpenOnly: false))).Single(f => f.CooperativeId == _noEmail);
        Assert.That(resolved.ResolvedOn, Is.EqualTo(Clock.Today));
        Assert.That(await CountAsync<JobRun>(), Is.EqualTo(2));
    }

    [Test]
    public async Task ACoopThatWithdrawsHasItsFindingResolved()
    {
        await SendAsSystemAsync(new RunDataReview(Clock.Today));
        await SendAsync(new WithdrawMembership(_noEmail, "Dissolved", Clock.Today));
        Clock.Advance(TimeSpan.FromDays(1));

        await SendAsSystemAsync(new RunDataReview(Clock.Today));

        Assert.That((await SendAsync(new ListDataFindings())).Select(f => f.CooperativeId), Is.EqualTo(new[] { _noPhoneOrSector }));
    }

    [Test]
    public async Task TwoNodesRunningTheNightlyJobTogetherLeaveOneRunAndOneFindingPerCoop()
    {
        using var first = Testing.Services.CreateScope();
        using var second = Testing.Services.CreateScope();
        var jobs = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<DataReviewJob>()).ToList();

        await Task.WhenAll(jobs.Select(j => Task.Run(() => j.RunAsync(CancellationToken.None))));

        var runs = await WithDbAsync(db => db.JobRuns.ToListAsync());
        Assert.That(runs, Has.Count.EqualTo(1));
        Assert.That(runs[0].Status, Is.EqualTo(JobRunStatus.Succeeded));
        Assert.That(await WithDbAsync(db => db.DataReviewFindings.GroupBy(f => f.CooperativeId).Select(g => g.Count()).ToListAsync()),
            Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void OnlyStaffOrTheSchedulerRunTheReview()
    {
        RunAsMentor();

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new RunDataReview(Clock.Today)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListDataFindings()));
    }
}
