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

    [Test]
    public async Task TheDemoRepEnrollsAnUndecidedWorkerWithAChildAndOnlyThatWorkerIsEmailed()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var today = App.Today;
        // Open enrollment for next year is open today, whatever day the suite runs.
        var yearId = await App.WithDbAsync(async db =>
        {
            var year = await db.PlanYears.Where(y => y.Plan.Name == "Valley Health Plus").OrderByDescending(y => y.StartsOn).FirstAsync();
            await db.PlanYears.Where(y => y.Id == year.Id).ExecuteUpdateAsync(u => u
                .SetProperty(y => y.EnrollmentOpensOn, today.AddDays(-1)).SetProperty(y => y.EnrollmentClosesOn, today.AddDays(10))
                .SetProperty(y => y.StartsOn, today.AddDays(20)).SetProperty(y => y.EndsOn, today.AddDays(385)));
            await db.CoopParticipations.Where(p => p.PlanYearId == year.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.From, today.AddDays(20)));
            return year.Id;
        });
        var before = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/elections"));
        var undecided = before.GetProperty("workers").EnumerateArray()
            .First(w => w.GetProperty("planYearId").GetInt32() == yearId && w.GetProperty("status").GetString() == "Not decided");
        var memberId = undecided.GetProperty("memberId").GetInt32();
        var child = await App.WithDbAsync(async db =>
        {
            var member = await db.BenefitMembers.Include(m => m.Dependents).SingleAsync(m => m.Id == memberId);
            member.SetWork(WorkerKind.WorkerOwner, 36, new DateOnly(2015, 1, 1), "MA", 'F');
            await db.BenefitMembers.Where(m => m.Id == memberId).ExecuteUpdateAsync(u => u.SetProperty(m => m.Email, "worker@example.org")
                .SetProperty(m => m.HoursPerWeek, 36m).SetProperty(m => m.HiredOn, new DateOnly(2015, 1, 1)).SetProperty(m => m.State, "MA"));
            var dependent = member.AddDependent("Kai", member.LastName, DependentRelationship.Child, null, 'U');
            await db.SaveChangesAsync();
            return dependent.Id;
        });

        var enrolled = await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/elections",
            new { memberId, planYearId = yearId, choice = "enroll", dependentIds = new[] { child } });
        var body = await JsonAsync(enrolled, HttpStatusCode.Created);
        var row = body.GetProperty("benefits").GetProperty("workers").EnumerateArray()
            .Single(w => w.GetProperty("memberId").GetInt32() == memberId && w.GetProperty("planYearId").GetInt32() == yearId);
        var mail = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject == "Your Valley Health Plus election").Select(m => new { m.To, m.Body }).ToListAsync());
        var otherCoop = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.CooperativeId != own && p.PlanYearId == yearId).Select(p => p.CooperativeId).FirstAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(row.GetProperty("status").GetString(), Is.EqualTo("Enrolled"));
            Assert.That(row.GetProperty("tier").GetString(), Is.EqualTo("WorkerAndChildren"));
            Assert.That(row.GetProperty("covered")[0].GetString(), Does.StartWith("Kai"));
            Assert.That(mail.Select(m => m.To), Is.EqualTo(new[] { "worker@example.org" }));
            Assert.That(mail[0].Body, Does.Contain("covering you and Kai").And.Contain("Your share is $"));
            Assert.That((await rep.GetAsync($"/api/v1/benefits/coops/{otherCoop}/elections")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{otherCoop}/elections",
                new { memberId, planYearId = yearId, choice = "waive", waiveReason = "Other" })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
