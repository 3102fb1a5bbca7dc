using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Web.Tests.Support;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The staff dashboard counts offers awaiting a mentor, and the monthly mentoring and assistance reports are
/// reachable over the API (staff only).
/// </summary>
public sealed class ReportAndDashboardApiTests : WebTest
{
    private string LastMonth => App.Today.AddMonths(-1).ToString("yyyy-MM");

    /// <summary>Sends a command as the scheduled jobs do.</summary>
    private async Task<T> AsSystemAsync<T>(IRequest<T> request)
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task<byte[]> PdfAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        return bytes;
    }

    [Test]
    public async Task TheDashboardCountsOffersAwaitingAMentorsAnswer()
    {
        var staff = await StaffAsync();
        var before = (await JsonAsync(await staff.GetAsync("/api/v1/dashboard"))).GetProperty("offersAwaitingMentor").GetInt32();
        Assert.That(before, Is.EqualTo(await App.WithDbAsync(db => db.MentorMatches.CountAsync(m => m.Status == Domain.Mentoring.MatchStatus.Offered))));
        Assert.That(before, Is.EqualTo(1), "the demo data has one offer waiting");

        var suggestions = await JsonAsync(await staff.GetAsync("/api/v1/mentoring/suggestions"));
        var pair = suggestions.GetProperty("suggestions")[0];
        var published = await staff.PostAsJsonAsync("/api/v1/mentoring/suggestions/publish", new
        {
            pairs = new[] { new { mentorId = pair.GetProperty("mentorId").GetInt32(), developingCoopId = pair.GetProperty("developingCoopId").GetInt32() } },
        }, AppFactory.Json);
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var after = (await JsonAsync(await staff.GetAsync("/api/v1/dashboard"))).GetProperty("offersAwaitingMentor").GetInt32();
        Assert.That(after, Is.EqualTo(before + 1));
    }

    [Test]
    public async Task StaffListTheStoredMentoringReportsAndDownloadAMonthAsPdf()
    {
        var staff = await StaffAsync();
        Assert.That((await JsonAsync(await staff.GetAsync("/api/v1/mentoring/reports"))).GetArrayLength(), Is.Zero);
        var notStored = await PdfAsync(await staff.GetAsync($"/api/v1/mentoring/reports/{LastMonth}/pdf"));
        Assert.That(notStored, Is.Not.Empty, "a month not yet stored is made from today's data");

        var first = DateOnly.ParseExact(LastMonth + "-01", "yyyy-MM-dd");
        await AsSystemAsync(new RunMonthlyMentoringReport(first.Year, first.Month));

        var list = await JsonAsync(await staff.GetAsync("/api/v1/mentoring/reports"));
        Assert.That(list.EnumerateArray().Select(r => r.GetProperty("month").GetString()), Is.EqualTo(new[] { LastMonth }));
        var pdf = await PdfAsync(await staff.GetAsync($"/api/v1/mentoring/reports/{LastMonth}/pdf"));
        var stored = await App.WithDbAsync(db => db.MentoringReports.Where(r => r.Month == LastMonth).Select(r => r.Pdf).SingleAsync());
        Assert.That(pdf, Is.EqualTo(stored), "the stored report, exactly as emailed");

        var figures = await JsonAsync(await staff.GetAsync($"/api/v1/mentoring/reports/{LastMonth}"));
        Assert.That(figures.GetProperty("activeMatches").GetInt32(), Is.GreaterThan(0));
        var bad = await ProblemAsync(await staff.GetAsync("/api/v1/mentoring/reports/2026-13/pdf"), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(bad, "month"), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task StaffListTheStoredAssistanceReportsAndDownloadAMonthAsPdf()
    {
        var staff = await StaffAsync();
        var built = await PdfAsync(await staff.GetAsync("/api/v1/ta-reports/2026-10/pdf"));
        Assert.That(built, Is.Not.Empty, "a month never stored is built from today's data");

        await AsSystemAsync(new SendMonthlyAssistanceReport(App.Today));

        var list = await JsonAsync(await staff.GetAsync("/api/v1/ta-reports"));
        Assert.That(list.EnumerateArray().Select(r => r.GetProperty("month").GetString()), Is.EqualTo(new[] { LastMonth }));
        var pdf = await PdfAsync(await staff.GetAsync($"/api/v1/ta-reports/{LastMonth}/pdf"));
        var stored = await App.WithDbAsync(db => db.AssistanceReports.Where(r => r.Month == LastMonth).Select(r => r.Pdf).SingleAsync());
        Assert.That(pdf, Is.EqualTo(stored), "the stored report, exactly as emailed");
        await ProblemAsync(await staff.GetAsync("/api/v1/ta-reports/October/pdf"), HttpStatusCode.BadRequest);
    }

    [TestCase("/api/v1/mentoring/reports")]
    [TestCase("/api/v1/mentoring/reports/2026-10")]
    [TestCase("/api/v1/mentoring/reports/2026-10/pdf")]
    [TestCase("/api/v1/ta-reports")]
    [TestCase("/api/v1/ta-reports/2026-10/pdf")]
    public async Task ReportsAreForStaffOnly(string path)
    {
        foreach (var client in new[] { await RepAsync(), await MentorAsync() })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), path);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("application/pdf"));
        }

        Assert.That((await App.CreateClient().GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
