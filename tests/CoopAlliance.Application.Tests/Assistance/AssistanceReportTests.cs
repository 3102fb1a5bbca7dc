using System.Text.RegularExpressions;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoopAlliance.Application.Tests.Assistance;

/// <summary>The monthly activity report, read back from the PDF as a person would read it.</summary>
public sealed partial class AssistanceReportTests : AssistanceTestBase
{
    private const string InternalNote = "INTERNAL-ONLY: their treasurer has not answered three calls";

    /// <summary>
    /// October 2026: three requests opened (legal, finance, marketing), two resolved (one on time, one late), hours by two
    /// providers for two co-ops (one subsidized, one billed at $80), ratings 4 and 5; a September request still open.
    /// </summary>
    private static async Task<(int Bread, int Solar, int Old, int Finance)> OctoberAsync()
    {
        await AddLoginAsync(CoordinatorEmail, Roles.Staff);
        var bread = await AddActiveCoopAsync();
        var solar = await AddActiveCoopAsync("Green River Solar Cooperative");
        var dana = await AddProviderAsync();
        var lee = await AddProviderAsync("Lee Bookkeeper", Billing.BilledToCoop, 80m, "lee@books.coop");

        Clock.Set(2026, 9, 21);
        var old = await SubmitAsRepAsync(bread, "Succession plan for our founders");

        Clock.Set(2026, 10, 5);
        var legal = await InProgressAsync(bread, dana.Id);
        Clock.Set(2026, 10, 6);
        await SendAsync(new LogTime { Id = legal, WorkedOn = new DateOnly(2026, 10, 6), Hours = 3m, Note = "Read the bylaws" });
        var finance = await SubmitAsRepAsync(solar, "Set up our books", Priority.High);
        await SendAsync(new TriageAssistance { Id = finance, Priority = Priority.High, Category = AssistanceCategory.FinanceAndBookkeeping });
        await SendAsync(new AssignAssistance(finance, lee.Id, null));
        await SendAsync(new StartAssistance(finance, null));
        await SendAsync(new AddAssistanceComment(finance, InternalNote, IsInternal: true));
        Clock.Set(2026, 10, 7);
        await SendAsync(new LogTime { Id = finance, WorkedOn = new DateOnly(2026, 10, 7), Hours = 2.5m });
        Clock.Set(2026, 10, 8);
        await SendAsync(new ResolveAssistance(legal, "New bylaws drafted and adopted."));
        Clock.Set(2026, 10, 9);
        RunAsRep(bread);
        await SendAsync(new RateAssistance(legal, 4, "Clear and quick"));
        RunAsStaff();

        Clock.Set(2026, 10, 20);
        var marketing = await SubmitAsRepAsync(bread, "A new logo");
        await SendAsync(new TriageAssistance
        {
            Id = marketing,
            Priority = Priority.Low,
            Category = AssistanceCategory.Marketing,
            FirstResponseDueOn = new DateOnly(2026, 10, 20),
            ResolutionDueOn = new DateOnly(2026, 10, 21),
        });
        await SendAsync(new AssignAssistance(marketing, dana.Id, null));
        await SendAsync(new StartAssistance(marketing, null));
        Clock.Set(2026, 10, 30);
        await SendAsync(new LogTime { Id = finance, ProviderId = dana.Id, WorkedOn = new DateOnly(2026, 10, 30), Hours = 1.5m, Billing = Billing.Subsidized });
        await SendAsync(new ResolveAssistance(marketing, "Three logo drafts delivered."));
        Clock.Set(2026, 10, 31);
        RunAsRep(bread);
        await SendAsync(new RateAssistance(marketing, 5, null));
        RunAsStaff();

        Clock.Set(2026, 11, 2);
        await SendAsync(new LogTime { Id = finance, WorkedOn = new DateOnly(2026, 11, 2), Hours = 5m });
        return (bread, solar, old, finance);
    }

    [Test]
    public async Task TheMonthlyReportsNumbersAreTheMonthsRecords()
    {
        var (_, _, old, finance) = await OctoberAsync();

        var report = await SendAsync(new BuildAssistanceReport(2026, 10));
        var lines = Text(report.Data);

        Assert.That(report.FileName, Is.EqualTo("technical-assistance-2026-10.pdf"));
        Assert.That(lines, Has.Some.EqualTo("Technical assistance activity, October 2026"));
        Assert.That(lines, Has.Some.EqualTo("Requests opened 3"), "legal, finance and marketing; not September's");
        Assert.That(lines, Has.Some.EqualTo("Requests resolved 2"));
        Assert.That(lines, Has.Some.EqualTo("Hours logged 7"), "3 + 2.5 + 1.5; November's 5 hours are not October's");
        Assert.That(lines, Has.Some.EqualTo("Subsidized hours 4.5, paid by the alliance ($540.00 at the providers' rates)"));
        Assert.That(lines, Has.Some.EqualTo("Billed hours 2.5, billed to the co-ops ($200.00)"));
        Assert.That(lines, Has.Some.EqualTo("Resolved on time (SLA met) 1 of 2 (50 %)"), "the logo was due October 21 and resolved October 30");
        Assert.That(lines, Has.Some.EqualTo("Average rating 4.5 of 5 (2 ratings)"));

        Assert.That(lines, Has.Some.EqualTo("Legal & bylaws 1 1"));
        Assert.That(lines, Has.Some.EqualTo("Finance & bookkeeping 1 0"));
        Assert.That(lines, Has.Some.EqualTo("Marketing 1 1"));
        Assert.That(lines, Has.Some.EqualTo("Total 3 2"));

        Assert.That(lines, Has.Some.EqualTo("Dana Lawyer 4.5 0 $0.00"));
        Assert.That(lines, Has.Some.EqualTo("Lee Bookkeeper 0 2.5 $200.00"));
        Assert.That(lines, Has.Some.EqualTo("Green River Solar Cooperative 1.5 2.5 $200.00"));
        Assert.That(lines, Has.Some.EqualTo("Pioneer Valley Bread Cooperative 3 0 $0.00"));
        Assert.That(lines.Count(l => l == "Total 4.5 2.5 $200.00"), Is.EqualTo(2), "both hours tables add up to the same totals");

        var longest = lines.Where(l => Regex.IsMatch(l, @"^#\d+ ")).ToList();
        Assert.That(longest, Has.Count.EqualTo(2));
        // Long names wrap inside their cells: the first line of each row holds the id, the status, the day sent and the days open.
        Assert.That(longest[0], Does.StartWith($"#{old} Pioneer Valley").And.EndWith("Submitted Sep 21, 2026 40"));
        Assert.That(longest[1], Does.StartWith($"#{finance} Green River Solar").And.EndWith("In progress Oct 6, 2026 25"));
    }

    [Test]
    public async Task NoInternalCommentEverAppearsInTheReport()
    {
        await OctoberAsync();

        var all = string.Join("\n", Text((await SendAsync(new BuildAssistanceReport(2026, 10))).Data));

        Assert.That(all, Does.Not.Contain("INTERNAL-ONLY"));
        Assert.That(all, Does.Not.Contain("treasurer has not answered"));
    }

    [Test]
    public async Task TheMonthlyJobStoresOneReportPerMonthAndEmailsItToStaffOnce()
    {
        await OctoberAsync();
        Clock.Set(2026, 11, 1, hour: 11);

        for (var run = 0; run < 2; run++)
        {
            using var scope = Testing.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AssistanceReportJob>().RunAsync(CancellationToken.None);
        }

        var stored = await WithDbAsync(db => db.AssistanceReports.SingleAsync());
        Assert.That((stored.Month, stored.From, stored.To), Is.EqualTo(("2026-10", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))));
        var emails = await WithDbAsync(db => db.OutboxMessages
            .Where(m => m.Subject == "Technical assistance activity, October 2026").ToListAsync());
        Assert.That(emails.Select(m => m.To), Is.EqualTo(new[] { CoordinatorEmail }));
        var attachment = emails[0].Attachments.Single();
        Assert.That((attachment.FileName, attachment.ContentType), Is.EqualTo(("technical-assistance-2026-10.pdf", "application/pdf")));
        Assert.That(attachment.Content, Is.EqualTo(stored.Pdf), "the stored report is the one emailed");
        Assert.That(Text(stored.Pdf), Has.Some.EqualTo("Requests opened 3"));
        Assert.That(string.Join("\n", Text(stored.Pdf)), Does.Not.Contain("INTERNAL-ONLY"));

        var again = await SendAsSystemAsync(new SendMonthlyAssistanceReport(new DateOnly(2026, 11, 20)));
        Assert.That((again.Month, again.AlreadyDone), Is.EqualTo(("2026-10", true)));
        Assert.That(await CountAsync<AssistanceReport>(), Is.EqualTo(1));
    }

    [Test]
    public async Task StaffDownloadTheStoredReportAndARepCannotReadAny()
    {
        var (bread, _, _, _) = await OctoberAsync();
        await SendAsSystemAsync(new SendMonthlyAssistanceReport(new DateOnly(2026, 11, 1)));

        var list = await SendAsync(new ListAssistanceReports());
        Assert.That(list.Select(r => r.Month), Is.EqualTo(new[] { "2026-10" }));
        var pdf = await SendAsync(new GetStoredAssistanceReport("2026-10"));
        Assert.That(pdf.Data, Is.EqualTo(await WithDbAsync(db => db.AssistanceReports.Select(r => r.Pdf).SingleAsync())));
        Assert.That(() => SendAsync(new GetStoredAssistanceReport("2026-09")), Throws.TypeOf<NotFoundException>());

        RunAsRep(bread);
        Assert.That(() => SendAsync(new GetStoredAssistanceReport("2026-10")), Throws.TypeOf<ForbiddenAccessException>());
        Assert.That(() => SendAsync(new BuildAssistanceReport(2026, 10)), Throws.TypeOf<ForbiddenAccessException>());
    }

    private static List<string> Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(Lines).ToList();
    }

    /// <summary>The page's text as lines, top to bottom; runs on one baseline are joined with a space where there is a gap.</summary>
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
