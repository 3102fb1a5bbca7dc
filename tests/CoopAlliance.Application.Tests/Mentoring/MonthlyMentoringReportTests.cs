using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoopAlliance.Application.Tests.Mentoring;

/// <summary>The monthly mentoring report: its numbers come from the records, it is stored once per month and emailed to staff.</summary>
public sealed partial class MonthlyMentoringReportTests : MentoringTestBase
{
    /// <summary>
    /// October 2026: Morgan mentors Florence Bread (from Oct 5) and logs two sessions (60 + 90 min) in October and
    /// one in November; Holyoke Cleaners moves idea → launch and later back to capitalization; Florence Bread moves
    /// idea → feasibility. Robin has room and no match; Sam's match ended in September.
    /// </summary>
    private static async Task ArrangeOctoberAsync()
    {
        Clock.Set(2026, 9, 1);
        var sam = await AddMentorAsync("Sam Older", capacity: 1);
        var old = await ActiveMatchAsync(sam, await AddDevelopingCoopAsync("Greenfield Print Shop"));
        Clock.Set(2026, 9, 20);
        await SendAsync(new EndMatch(old, "The group disbanded"));

        Clock.Set(2026, 10, 5);
        var morgan = await AddMentorAsync("Morgan Mentor", capacity: 2);
        await AddMentorAsync("Robin Reserve", capacity: 3);
        var florence = await AddDevelopingCoopAsync("Florence Bread Collective");
        var holyoke = await AddDevelopingCoopAsync("Holyoke Cleaners");
        var match = await ActiveMatchAsync(morgan, florence);

        Clock.Set(2026, 10, 10);
        RunAsMentor(morgan);
        await SendAsync(new LogSession(match, new DateOnly(2026, 10, 8), 60, "Bylaws", null, null));
        await SendAsync(new LogSession(match, new DateOnly(2026, 10, 10), 90, "Bookkeeping", null, null));
        RunAsStaff();
        await SendAsync(new ChangeStage(florence, DevelopmentStage.Feasibility, null));
        Clock.Set(2026, 10, 12);
        await SendAsync(new ChangeStage(holyoke, DevelopmentStage.Launch, "Opened the doors"));
        Clock.Set(2026, 10, 20);
        await SendAsync(new ChangeStage(holyoke, DevelopmentStage.Capitalization, "A loan fell through"));

        Clock.Set(2026, 11, 2);
        RunAsMentor(morgan);
        await SendAsync(new LogSession(match, new DateOnly(2026, 11, 2), 45, "Marketing", null, null));
        Clock.Set(2026, 11, 1, hour: 11);
    }

    [Test]
    public async Task TheFiguresCountOnlyTheMonthsRecords()
    {
        await ArrangeOctoberAsync();
        RunAsStaff();

        var f = await SendAsync(new GetMentoringReportFigures(2026, 10));

        Assert.That(f.ActiveMatches, Is.EqualTo(1), "Sam's match ended in September");
        Assert.That(f.Sessions, Is.EqualTo(2));
        Assert.That(f.SessionMinutes, Is.EqualTo(150));
        Assert.That(f.Hours, Is.EqualTo(2.5m));
        Assert.That(f.StageAdvancements, Is.EqualTo(2), "moving back to capitalization is not an advancement");
        Assert.That(f.CoopsLaunched, Is.EqualTo(new[] { "Holyoke Cleaners" }));
        Assert.That(f.MentorLoad.Select(l => (l.MentorName, l.ActiveMatches, l.Capacity)),
            Is.EqualTo(new[] { ("Morgan Mentor", 1, 2), ("Robin Reserve", 0, 3), ("Sam Older", 0, 1) }));
    }

    [Test]
    public async Task TheStoredPdfPrintsTheSameNumbersAsTheRecords()
    {
        await ArrangeOctoberAsync();

        var result = await SendAsSystemAsync(new RunMonthlyMentoringReport(2026, 10));
        Assert.That(result.AlreadyDone, Is.False);

        var pdf = await WithDbAsync(db => db.MentoringReports.SingleAsync(r => r.Month == "2026-10"));
        using var document = PdfDocument.Open(pdf.Pdf);
        var lines = document.GetPages().SelectMany(Lines).ToList();
        Assert.That(lines, Has.Some.EqualTo("Mentoring report, October 2026"));
        Assert.That(lines, Has.Some.EqualTo("Active matches 1"));
        Assert.That(lines, Has.Some.EqualTo("Sessions 2"));
        Assert.That(lines, Has.Some.EqualTo("Hours of mentoring 2.5"));
        Assert.That(lines, Has.Some.EqualTo("Stage advancements 2"));
        Assert.That(lines, Has.Some.EqualTo("Co-ops launched 1"));
        Assert.That(lines, Has.Some.EqualTo("Launched: Holyoke Cleaners."));
        Assert.That(lines, Has.Some.EqualTo("Florence Bread Collective 2 2.5"));
        Assert.That(lines, Has.Some.EqualTo("Total 2 2.5"));
        Assert.That(lines, Has.Some.EqualTo("Morgan Mentor 1 of 2"));
        Assert.That(lines, Has.Some.EqualTo("Robin Reserve 0 of 3"));
    }

    [Test]
    public async Task HoursAreRoundedOnceSoTheTotalIsTheSumOfTheCoopsShown()
    {
        Clock.Set(2026, 10, 5);
        var morgan = await AddMentorAsync("Morgan Mentor", capacity: 5);
        var one = await ActiveMatchAsync(morgan, await AddDevelopingCoopAsync("Amherst Tool Library"));
        var two = await ActiveMatchAsync(morgan, await AddDevelopingCoopAsync("Belchertown Bakers"));
        var three = await ActiveMatchAsync(morgan, await AddDevelopingCoopAsync("Conway Cobblers"));
        Clock.Set(2026, 10, 10);
        RunAsMentor(morgan);
        await SendAsync(new LogSession(one, new DateOnly(2026, 10, 8), 75, "Bylaws", null, null));
        Clock.Set(2026, 11, 1, hour: 15);
        RunAsStaff();

        // One co-op, 75 minutes: 1.25 hours shows as 1.3 both as the co-op's line and as the total.
        var single = await SendAsync(new GetMentoringReportFigures(2026, 10));
        Assert.That(single.Hours, Is.EqualTo(1.3m));
        Assert.That(single.SessionsByCoop.Single().Hours, Is.EqualTo(1.3m));

        Clock.Set(2026, 10, 12);
        RunAsMentor(morgan);
        await SendAsync(new LogSession(two, new DateOnly(2026, 10, 11), 20, "Budget", null, null));
        await SendAsync(new LogSession(three, new DateOnly(2026, 10, 12), 20, "Budget", null, null));
        await SendAsync(new LogSession(one, new DateOnly(2026, 10, 12), 5, "Call", null, null));
        Clock.Set(2026, 11, 1, hour: 15);
        RunAsStaff();

        // 80 + 20 + 20 minutes = 2.0 hours; rounding each co-op alone would show 1.3 + 0.3 + 0.3 = 1.9 under a total of 2.0.
        var several = await SendAsync(new GetMentoringReportFigures(2026, 10));
        Assert.That(several.Hours, Is.EqualTo(2.0m));
        Assert.That(several.SessionsByCoop.Sum(l => l.Hours), Is.EqualTo(several.Hours));
        Assert.That(several.SessionsByCoop.Select(l => l.Hours), Is.EqualTo(new[] { 1.4m, 0.3m, 0.3m }), "the tenth left over goes to a remainder (ties: the first co-op)");

        var download = await SendAsync(new DownloadMentoringReport(2026, 10));
        using var document = PdfDocument.Open(download.Content);
        var lines = document.GetPages().SelectMany(Lines).ToList();
        Assert.That(lines, Has.Some.EqualTo("Hours of mentoring 2.0"));
        Assert.That(lines, Has.Some.EqualTo("Amherst Tool Library 2 1.4"));
        Assert.That(lines, Has.Some.EqualTo("Belchertown Bakers 1 0.3"));
        Assert.That(lines, Has.Some.EqualTo("Total 4 2.0"));
    }

    [Test]
    public async Task TheLoadChartDrawsEachMentorsMatchesAgainstTheirOwnCapacity()
    {
        Clock.Set(2026, 10, 5);
        var half = await AddMentorAsync("Alex Half", capacity: 2);
        var third = await AddMentorAsync("Blair Third", capacity: 3);
        await ActiveMatchAsync(half, await AddDevelopingCoopAsync("Deerfield Dyers"));
        await ActiveMatchAsync(third, await AddDevelopingCoopAsync("Easthampton Electric"));
        Clock.Set(2026, 11, 1, hour: 15);
        RunAsStaff();

        var figures = await SendAsync(new GetMentoringReportFigures(2026, 10));
        var chart = MentoringReportData.Document(figures, "Valley Alliance", Clock.UtcNow).Blocks.OfType<Common.Reporting.BarChart>().Single();

        Assert.That(chart.FullScale, Is.EqualTo(1m), "a full bar is a full mentor");
        Assert.That(chart.Bars.Select(b => (b.Label, b.Value, b.Display)), Is.EqualTo(new[]
        {
            ("Alex Half", 0.5m, "1 of 2"),
            ("Blair Third", 1m / 3m, "1 of 3"),
        }));
    }

    [Test]
    public async Task RunningTheMonthTwiceStoresAndEmailsItOnce()
    {
        await ArrangeOctoberAsync();
        var staffEmail = "treasurer@alliance.example.coop";
        await AddLoginAsync(staffEmail, "Terry Treasurer", CoopAlliance.Application.Common.Security.Roles.Staff);

        var first = await SendAsSystemAsync(new RunMonthlyMentoringReport(2026, 10));
        var second = await SendAsSystemAsync(new RunMonthlyMentoringReport(2026, 10));

        Assert.That(first.Emailed, Is.GreaterThanOrEqualTo(1));
        Assert.That(second.AlreadyDone, Is.True);
        Assert.That(await WithDbAsync(db => db.MentoringReports.CountAsync()), Is.EqualTo(1));
        var emails = await WithDbAsync(db => db.OutboxMessages
            .Where(m => m.Subject == "Mentoring report, October 2026").ToListAsync());
        Assert.That(emails.Count(m => m.To == staffEmail), Is.EqualTo(1));
        Assert.That(emails, Has.Count.EqualTo(first.Emailed));
        var attachment = emails.Single(m => m.To == staffEmail).Attachments.Single();
        Assert.That(attachment.FileName, Is.EqualTo("mentoring-report-2026-10.pdf"));
        var stored = await WithDbAsync(db => db.MentoringReports.Select(r => r.Pdf).SingleAsync());
        Assert.That(attachment.Content, Is.EqualTo(stored), "staff download exactly what was emailed");

        RunAsStaff();
        var download = await SendAsync(new DownloadMentoringReport(2026, 10));
        Assert.That(download.Stored, Is.True);
        Assert.That(download.Content, Is.EqualTo(stored));
    }

    [Test]
    public async Task OnlyStaffGetTheReport()
    {
        var morgan = await AddMentorAsync("Morgan Mentor");
        RunAsMentor(morgan);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new DownloadMentoringReport(2026, 10)));
    }

    private static List<string> Lines(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var text = new System.Text.StringBuilder();
                Letter? previous = null;
                foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
                {
                    if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.6 && previous.Value != " ")
                    {
                        text.Append(' ');
                    }

                    text.Append(letter.Value);
                    previous = letter;
                }

                return Spaces().Replace(text.ToString(), " ").Trim();
            })
            .Where(l => l.Length > 0)
            .ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
