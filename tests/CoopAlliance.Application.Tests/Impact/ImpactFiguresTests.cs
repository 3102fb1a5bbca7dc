using CoopAlliance.Application.Impact;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Domain.Impact;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Impact;

/// <summary>The impact figures come from the records (hand-counted here), the public page suppresses small counts, the board job runs once.</summary>
public sealed class ImpactFiguresTests : TestBase
{
    /// <summary>
    /// 2026: Bread (member since 2020, 10 worker-owners + 2) hires Ana in March; Print (member since 2020, 3 + 2) lapses in
    /// June; Cafe joins in May (4 worker-owners + 2, its first membership). Hand count: members 2 at the start (Bread,
    /// Print) and 2 at the end (Bread, Cafe), one joined and one left, one lapsed; worker-owners 10 + 4, workers 12 + 6;
    /// jobs created = Cafe's 6 workers + Ana.
    /// </summary>
    private static async Task<(int Bread, int Print, int Cafe)> ArrangeAsync()
    {
        Clock.Set(2026, 1, 5);
        var bread = await AddActiveCoopAsync("Bread Co-op", workerOwners: 10);
        var print = await AddActiveCoopAsync("Print Co-op", workerOwners: 3);
        Clock.Set(2026, 3, 2);
        await AddPersonAsync(bread, "Ana Ruiz", new DateOnly(2026, 3, 1));
        Clock.Set(2026, 5, 1);
        var cafe = await AddActiveCoopAsync("Cafe Co-op", workerOwners: 4, memberSince: new DateOnly(2026, 5, 1));
        Clock.Set(2026, 6, 1);
        await WithDbAsync(async db =>
        {
            (await db.Cooperatives.SingleAsync(c => c.Id == print)).Lapse("Dues unpaid", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Clock.Set(2027, 1, 10);
        RunAsStaff();
        return (bread, print, cafe);
    }

    private static Task AddPersonAsync(int coopId, string name, DateOnly startedOn) => WithDbAsync(async db =>
    {
        var coop = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coopId);
        coop.AddPerson(new PersonDetails(name, "Baker", null, null, false, startedOn, false));
        await db.SaveChangesAsync();
    });

    [Test]
    public async Task TheYearsFiguresMatchTheHandCountAndMoveWithTheirRecords()
    {
        var (bread, _, cafe) = await ArrangeAsync();

        var f = await SendAsync(new GetImpactFigures(2026));
        Assert.Multiple(() =>
        {
            Assert.That((f.MemberCoopsAtStart, f.MemberCoops, f.NetChangeInMembers, f.CoopsJoined, f.CoopsLeft, f.LapsedCoops), Is.EqualTo((2, 2, 0, 1, 1, 1)));
            Assert.That((f.WorkerOwners, f.Workers), Is.EqualTo((14, 18)));
            Assert.That((f.NewMembersWorkers, f.RosterGrowth, f.JobsCreated), Is.EqualTo((6, 1, 7)));
            Assert.That((f.AssistanceHours, f.MentoringSessions, f.LoansDisbursed, f.InterCoopTies), Is.EqualTo((0m, 0, 0, 0)));
        });

        // Someone hired at Bread in December counts; one hired in January 2027 does not.
        await AddPersonAsync(bread, "Luis Ortega", new DateOnly(2026, 12, 1));
        await AddPersonAsync(bread, "Kim Park", new DateOnly(2027, 1, 2));
        // Cafe lapses in 2027: 2026 is unchanged, 2027 counts it.
        await WithDbAsync(async db =>
        {
            (await db.Cooperatives.SingleAsync(c => c.Id == cafe)).Lapse("Dues unpaid", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var again = await SendAsync(new GetImpactFigures(2026));
        var range = await SendAsync(new GetImpactFiguresForPeriod(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)));
        Assert.Multiple(() =>
        {
            Assert.That((again.RosterGrowth, again.JobsCreated, again.MemberCoops), Is.EqualTo((2, 8, 2)));
            Assert.That((range.MemberCoops, range.CoopsLeft, range.RosterGrowth), Is.EqualTo((1, 1, 1)), "January 2027: Cafe left, Kim hired");
        });
    }

    [Test]
    public void CountsBelowTheThresholdArePublishedAsFewerThanIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PublicFigure.Of("workers", "Workers", 4, 5).Value, Is.Null);
            Assert.That(PublicFigure.Of("workers", "Workers", 0, 5).Suppressed, Is.True, "zero is a small count too");
            Assert.That(PublicFigure.Of("workers", "Workers", 5, 5).Value, Is.EqualTo(5));
            Assert.That(PublicFigure.Of("hours", "Hours", 4.5m, 5).Value, Is.EqualTo(5), "rounded before the rule");
        });
    }

    [Test]
    public async Task ThePublicFiguresAreLastYearsWithSmallCountsSuppressed()
    {
        await ArrangeAsync();
        RunAnonymously();

        var impact = await SendAsync(new GetPublicImpact());

        var figures = impact.Figures.ToDictionary(f => f.Name);
        Assert.Multiple(() =>
        {
            Assert.That(impact.Year, Is.EqualTo(2026));
            Assert.That(figures["memberCoops"].Value, Is.Null, "2 member co-ops is fewer than 5");
            Assert.That(figures["workers"].Value, Is.EqualTo(18));
            Assert.That(figures["jobsCreated"].Value, Is.EqualTo(7));
        });
    }

    [Test]
    public async Task TheBoardReportIsStoredOncePerMonthAndSkippedWhenNothingChanged()
    {
        Clock.Set(2026, 12, 1, hour: 12);

        var first = await SendAsSystemAsync(new RunBoardReport(2026, 11));
        var rerun = await SendAsSystemAsync(new RunBoardReport(2026, 11));
        Clock.Set(2027, 1, 1, hour: 12);
        var unchanged = await SendAsSystemAsync(new RunBoardReport(2026, 12));
        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Is.EqualTo(BoardReportOutcome.Sent));
            Assert.That(rerun.Outcome, Is.EqualTo(BoardReportOutcome.AlreadyDone));
            Assert.That(unchanged.Outcome, Is.EqualTo(BoardReportOutcome.Unchanged), "December's figures are November's");
        });
        Assert.That(await CountAsync<BoardReport>(), Is.EqualTo(1));

        // A grant to the loan fund changes the fund's position: now December is sent.
        await AddAsync(new FundContribution(ContributionKind.Grant, "Community foundation", 5000m, new DateOnly(2026, 12, 10), null, Actor.System, Clock.GetUtcNow()));
        var changed = await SendAsSystemAsync(new RunBoardReport(2026, 12));

        Assert.That(changed.Outcome, Is.EqualTo(BoardReportOutcome.Sent));
        var months = await WithDbAsync(db => db.BoardReports.OrderBy(r => r.Month).Select(r => r.Month).ToListAsync());
        Assert.That(months, Is.EqualTo(new[] { "2026-11", "2026-12" }));
        var pdf = await WithDbAsync(db => db.BoardReports.Where(r => r.Month == "2026-12").Select(r => r.Pdf).SingleAsync());
        Assert.That(PdfText.Read(pdf).Lines, Has.Some.Contains("$5,000.00"));
    }
}
