using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Financing;

/// <summary>Borrowers see only their own applications and loans; the pipeline and the fund are the committee's (issue 15).</summary>
public sealed class LoanIsolationTests : WebTest
{
    private int _otherApplication, _otherLoan, _ownApplication, _startupApplication;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(AppFactory.Json);
    }

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var (repCoop, otherCoop, startup) = await App.WithDbAsync(async db => (
            await db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync(),
            await db.Cooperatives.Where(c => c.LegalName != DemoData.RepCoop).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.DevelopingCoops.Where(c => c.Name == DemoData.StartupRepCoop).Select(c => c.Id).SingleAsync()));
        var today = App.Today;

        await JsonAsync(await staff.PostAsJsonAsync("/api/v1/financing/contributions",
            new { kind = "Grant", source = "Valley Community Foundation", amount = 100_000m, receivedOn = today.AddDays(-30) }));
        _ownApplication = (await JsonAsync(await rep.PostAsJsonAsync("/api/v1/financing/applications",
            new { coopId = repCoop, amount = 9_000m, purpose = "A delivery van", termMonths = 24 }))).GetProperty("id").GetInt32();
        _otherApplication = (await JsonAsync(await staff.PostAsJsonAsync("/api/v1/financing/applications",
            new { coopId = otherCoop, amount = 7_000m, purpose = "Equipment", termMonths = 12 }))).GetProperty("id").GetInt32();
        var startupRep = await App.ClientForAsync(DemoData.StartupRepEmail);
        _startupApplication = (await JsonAsync(await startupRep.PostAsJsonAsync("/api/v1/financing/applications",
            new { developingCoopId = startup, amount = 3_000m, purpose = "Start-up kitchen", termMonths = 18 }))).GetProperty("id").GetInt32();

        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{_otherApplication}/review",
            new { version = 0, done = new[] { "All" }, sendToCommittee = true }));
        foreach (var email in new[] { AppFactory.StaffEmail, "committee1@demo.test", "committee2@demo.test" })
        {
            if (email != AppFactory.StaffEmail)
            {
                await App.CreateLoginAsync(email, "Staff");
            }

            var member = await App.ClientForAsync(email);
            await JsonAsync(await member.PostAsJsonAsync($"/api/v1/financing/applications/{_otherApplication}/votes", new { choice = "For", conflictOfInterest = false }));
        }

        var version = (await JsonAsync(await staff.GetAsync($"/api/v1/financing/applications/{_otherApplication}"))).GetProperty("version").GetInt32();
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{_otherApplication}/decide",
            new { version, terms = new { principal = 7_000m, annualRatePercent = 4m, amortizingMonths = 12, graceMonths = 0, interestOnlyMonths = 0, firstDueOn = today.AddMonths(1) } }));
        _otherLoan = (await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{_otherApplication}/disburse", new { }))).GetProperty("id").GetInt32();
    }

    [TestCase("/api/v1/financing/applications/{app}")]
    [TestCase("/api/v1/financing/loans/{loan}")]
    [TestCase("/api/v1/financing/loans/{loan}/schedule")]
    public async Task ARepAskingForAnotherCoopsApplicationOrLoanFindsNothing(string path)
    {
        var url = path.Replace("{app}", _otherApplication.ToString()).Replace("{loan}", _otherLoan.ToString());
        foreach (var client in new[] { await RepAsync(), await App.ClientForAsync(DemoData.StartupRepEmail) })
        {
            Assert.That((await client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
        }

        Assert.That((await (await StaffAsync()).GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "The committee sees it.");
    }

    [Test]
    public async Task ARepsListsHoldOnlyTheirOwnCoops()
    {
        var rep = await RepAsync();
        var applications = (await JsonAsync(await rep.GetAsync("/api/v1/financing/applications"))).GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();
        var loans = (await JsonAsync(await rep.GetAsync("/api/v1/financing/loans"))).EnumerateArray().ToList();
        var startup = (await JsonAsync(await (await App.ClientForAsync(DemoData.StartupRepEmail)).GetAsync("/api/v1/financing/applications")))
            .GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToList();

        Assert.That(applications, Does.Contain(_ownApplication).And.Not.Contain(_otherApplication).And.Not.Contain(_startupApplication));
        Assert.That(loans.Select(l => l.GetProperty("id").GetInt32()), Does.Not.Contain(_otherLoan));
        Assert.That(startup, Is.EqualTo(new[] { _startupApplication }));
    }

    [TestCase("/api/v1/financing/fund")]
    [TestCase("/api/v1/financing/contributions")]
    public async Task TheFundIsTheCommitteesOnly(string path)
    {
        Assert.That((await (await RepAsync()).GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await (await StaffAsync()).GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ARepCannotMoveTheirOwnApplicationThroughThePipeline()
    {
        var rep = await RepAsync();

        var review = await rep.PostAsJsonAsync($"/api/v1/financing/applications/{_ownApplication}/review", new { version = 0, done = new[] { "All" } });
        var payment = await rep.PostAsJsonAsync($"/api/v1/financing/loans/{_otherLoan}/payments", new { amount = 10m, receivedOn = App.Today });

        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(payment.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ALoansJsonCarriesItsCoopAndPrincipalAndItsScheduleRows()
    {
        var staff = await StaffAsync();

        var loan = await JsonAsync(await staff.GetAsync($"/api/v1/financing/loans/{_otherLoan}"));
        var schedule = (await JsonAsync(await staff.GetAsync($"/api/v1/financing/loans/{_otherLoan}/schedule"))).EnumerateArray().ToList();

        Assert.That(loan.GetProperty("principal").GetDecimal(), Is.EqualTo(7_000m));
        Assert.That(loan.GetProperty("coopId").ValueKind, Is.EqualTo(JsonValueKind.Number));
        Assert.That(schedule, Has.Count.EqualTo(12));
        Assert.That(schedule.Sum(r => r.GetProperty("principal").GetDecimal()), Is.EqualTo(7_000m));
        Assert.That(schedule[^1].GetProperty("balance").GetDecimal(), Is.Zero);
        Assert.That(schedule[0].TryGetProperty("dueOn", out _) && schedule[0].TryGetProperty("interest", out _), Is.True);
    }
}
