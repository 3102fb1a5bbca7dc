using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>The benefits API over HTTP: plans, participation, a rep kept to their own co-op, and staff's carrier files.</summary>
public sealed class BenefitsApiTests : WebTest
{
    [Test]
    public async Task PlansCarryTheirCarrierAndYearsAndBadInputGetsFieldErrors()
    {
        var staff = await StaffAsync();

        var plans = await JsonAsync(await staff.GetAsync("/api/v1/benefits/plans"));
        var health = plans.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Valley Health Plus");
        var bad = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/benefits/plans", new
        {
            name = "",
            kind = "Health",
            carrierId = health.GetProperty("carrierId").GetInt32(),
            planCode = "",
            lifeEventDays = 0,
            rules = new { standings = Array.Empty<string>(), workerKinds = new[] { "WorkerOwner" }, minimumHoursPerWeek = 20, waitingDays = 30, states = new[] { "Mass" }, minimumParticipationPercent = 50 },
        }), HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(health.GetProperty("carrierId").GetInt32(), Is.GreaterThan(0));
            Assert.That(health.GetProperty("years").GetArrayLength(), Is.EqualTo(2));
            Assert.That(health.GetProperty("years")[0].GetProperty("rates").GetArrayLength(), Is.EqualTo(4));
            Assert.That(FieldErrors(bad, "name"), Is.Not.Empty);
            Assert.That(FieldErrors(bad, "planCode"), Is.Not.Empty);
            Assert.That(FieldErrors(bad, "lifeEventDays"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task ARepSeesOnlyTheirOwnParticipationsAndCannotDecideOrExport()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var other = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.CooperativeId != own).Select(p => new { p.Id, p.CooperativeId, p.PlanYearId }).FirstAsync());
        var otherName = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == other.CooperativeId).Select(c => c.TradeName ?? c.LegalName).SingleAsync());

        var mine = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/participations"));
        var all = await rep.GetStringAsync("/api/v1/benefits/participations");

        Assert.Multiple(async () =>
        {
            Assert.That(mine.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("coopId").GetInt32()), Has.All.EqualTo(own));
            Assert.That(mine.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(2));
            Assert.That(all, Does.Not.Contain(otherName));
            Assert.That((await rep.GetAsync($"/api/v1/benefits/coops/{other.CooperativeId}/participations")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{other.CooperativeId}/participations",
                new { planYearId = other.PlanYearId, contributionKind = "PercentOfPremium", percent = 50 })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await rep.GetAsync($"/api/v1/benefits/coops/{other.CooperativeId}/plan-years/{other.PlanYearId}/participation-rate")).StatusCode,
                Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await rep.PostAsJsonAsync($"/api/v1/benefits/participations/{other.Id}/approve", new { groupNumber = "X", version = 1 })).StatusCode,
                Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await rep.PostAsJsonAsync("/api/v1/benefits/exports", new { carrierId = 1, kind = "full" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [Test]
    public async Task StaffApproveARequestOnceAndAStaleVersionIs409()
    {
        var staff = await StaffAsync();
        var request = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.Status == ParticipationStatus.Requested).Select(p => new { p.Id, p.Version }).FirstAsync());

        var stale = await staff.PostAsJsonAsync($"/api/v1/benefits/participations/{request.Id}/approve", new { groupNumber = "VH-0007", version = request.Version + 5 });
        var approved = await staff.PostAsJsonAsync($"/api/v1/benefits/participations/{request.Id}/approve", new { groupNumber = "VH-0007", version = request.Version });
        var again = await staff.PostAsJsonAsync($"/api/v1/benefits/participations/{request.Id}/approve", new { groupNumber = "VH-0007", version = request.Version + 1 });

        Assert.Multiple(async () =>
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await approved.Content.ReadAsStringAsync());
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "only a request can be approved");
        });
    }

    [Test]
    public async Task StaffExportAFullFileAndDownloadItAgain()
    {
        var staff = await StaffAsync();
        var carrierId = await App.WithDbAsync(db => db.Carriers.Where(c => c.Name == "Valley Mutual Health").Select(c => c.Id).SingleAsync());

        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/benefits/exports", new { carrierId, kind = "full" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var file = await staff.GetAsync($"/api/v1/benefits/exports/{id}/file");
        var text = await file.Content.ReadAsStringAsync();
        var listed = await JsonAsync(await staff.GetAsync($"/api/v1/benefits/exports?carrierId={carrierId}"));
        var rep = await RepAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(X12Document.Parse(text).Check(), Is.Empty);
            Assert.That(X12Document.Parse(text).Members().Count(m => m.IsSubscriber), Is.EqualTo(created.GetProperty("subscribers").GetInt32()).And.GreaterThan(5));
            Assert.That(listed.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()), Does.Contain(id));
            Assert.That((await rep.GetAsync($"/api/v1/benefits/exports/{id}/file")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}
