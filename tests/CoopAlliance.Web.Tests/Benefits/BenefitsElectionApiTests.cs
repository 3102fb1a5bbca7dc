using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>The benefits elections API: a rep reaches only their own co-op's workers, staff alone decide life events, bad input is a 400 with field errors.</summary>
public sealed class BenefitsElectionApiTests : WebTest
{
    [Test]
    public async Task ARepWithAnotherCoopsIdsGets404OnEveryEndpointAndNothingChanges()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var other = await App.WithDbAsync(async db =>
        {
            var member = await db.BenefitMembers.Include(m => m.Dependents).Where(m => m.CooperativeId != own && m.PersonId != null).FirstAsync();
            var year = await db.CoopParticipations.Where(p => p.CooperativeId == member.CooperativeId).Select(p => p.PlanYearId).FirstAsync();
            return new { member.CooperativeId, MemberId = member.Id, PersonId = member.PersonId!.Value, YearId = year };
        });
        var before = await App.WithDbAsync(async db => (await db.Elections.CountAsync(), await db.Dependents.CountAsync(), await db.LifeEvents.CountAsync(),
            await db.BenefitMembers.SumAsync(m => m.Version)));
        var member = new { personId = other.PersonId, kind = "WorkerOwner", hoursPerWeek = 30, state = "MA" };
        var dependent = new { firstName = "Not", lastName = "Mine", relationship = "Child", birthDate = "2020-01-01" };
        var election = new { memberId = other.MemberId, planYearId = other.YearId, choice = "enroll", dependentIds = Array.Empty<int>(), effectiveOn = "2027-01-01" };

        var calls = new (string What, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("list members", () => rep.GetAsync($"/api/v1/benefits/coops/{other.CooperativeId}/members")),
            ("save a member", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{other.CooperativeId}/members", member)),
            ("save another co-op's person under my co-op", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/members", member)),
            ("add a dependent", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{other.CooperativeId}/members/{other.MemberId}/dependents", dependent)),
            ("add a dependent to another co-op's worker under my co-op", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/members/{other.MemberId}/dependents", dependent)),
            ("list elections", () => rep.GetAsync($"/api/v1/benefits/coops/{other.CooperativeId}/elections")),
            ("elect", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{other.CooperativeId}/elections", election)),
            ("elect for another co-op's worker under my co-op", () => rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/elections", election)),
            ("list life events", () => rep.GetAsync($"/api/v1/benefits/life-events?coopId={other.CooperativeId}")),
            ("report a life event", () => rep.PostAsync("/api/v1/benefits/life-events", LifeEventForm(other.CooperativeId, other.MemberId))),
            ("report a life event for another co-op's worker under my co-op", () => rep.PostAsync("/api/v1/benefits/life-events", LifeEventForm(own, other.MemberId))),
        };
        foreach (var (what, call) in calls)
        {
            await ProblemAsync(await call(), HttpStatusCode.NotFound);
            TestContext.Out.WriteLine($"404: {what}");
        }

        var after = await App.WithDbAsync(async db => (await db.Elections.CountAsync(), await db.Dependents.CountAsync(), await db.LifeEvents.CountAsync(),
            await db.BenefitMembers.SumAsync(m => m.Version)));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task OnlyStaffDecideLifeEventsAndTheRepSeesOnlyTheirOwn()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var pending = await App.WithDbAsync(db => db.LifeEvents.Where(e => e.CooperativeId == own && e.Status == LifeEventStatus.Pending)
            .Select(e => new { e.Id, e.Version }).FirstAsync());

        await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/approve", new { version = pending.Version }), HttpStatusCode.Forbidden);
        await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/decline", new { note = "No." }), HttpStatusCode.Forbidden);
        var mine = await JsonAsync(await rep.GetAsync("/api/v1/benefits/life-events"));
        var coops = mine.EnumerateArray().Select(e => e.GetProperty("coopId").GetInt32()).ToList();
        Assert.That(coops, Is.Not.Empty);
        Assert.That(coops, Has.All.EqualTo(own));

        var staff = await StaffAsync();
        var decline = await staff.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/decline", new { version = pending.Version });
        Assert.That(FieldErrors(await ProblemAsync(decline, HttpStatusCode.BadRequest), "reason"), Is.Not.Empty, "a decline needs a reason");
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/approve", new { version = pending.Version + 5 }),
            HttpStatusCode.Conflict);
        var approved = await staff.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/approve", new { version = pending.Version, note = "Seen." });
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/benefits/life-events/{pending.Id}/approve", new { }), HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task BadInputIsA400WithFieldErrorsAndChangesNothing()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var member = await App.WithDbAsync(db => db.BenefitMembers.Where(m => m.CooperativeId == own).Select(m => new { m.Id, m.PersonId }).FirstAsync());
        var elections = await App.WithDbAsync(db => db.Elections.CountAsync());

        var choice = await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/elections",
            new { memberId = member.Id, planYearId = 1, choice = "maybe", effectiveOn = "2027-01-01" }), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(choice, "choice"), Is.Not.Empty);
        var waive = await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/elections",
            new { memberId = member.Id, planYearId = 1, choice = "waive" }), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(waive, "reason"), Is.Not.Empty);
        Assert.That(FieldErrors(waive, "effectiveOn"), Is.Not.Empty);
        var saved = await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/members",
            new { personId = member.PersonId, hoursPerWeek = 300, state = "Massachusetts", gender = "X", taxpayerId = "12" }), HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(FieldErrors(saved, "hoursPerWeek"), Is.Not.Empty);
            Assert.That(FieldErrors(saved, "state"), Is.Not.Empty);
            Assert.That(FieldErrors(saved, "gender"), Is.Not.Empty);
            Assert.That(FieldErrors(saved, "taxpayerId"), Is.Not.Empty);
        });
        var dependent = await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/members/{member.Id}/dependents", new { }),
            HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(dependent, "firstName"), Is.Not.Empty);
        var noEvidence = new MultipartFormDataContent { { new StringContent($"{own}"), "coopId" }, { new StringContent($"{member.Id}"), "memberId" },
            { new StringContent("Marriage"), "kind" }, { new StringContent("2026-12-01"), "happenedOn" } };
        var lifeEvent = await ProblemAsync(await rep.PostAsync("/api/v1/benefits/life-events", noEvidence), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(lifeEvent, "files"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Elections.CountAsync()), Is.EqualTo(elections));
    }

    [Test]
    public async Task TheDemoRepEnrollsAWorkerWithADependentInTheOpenWindowAndSeesTheSplit()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var benefits = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/elections"));
        var open = benefits.GetProperty("planYears").EnumerateArray().FirstOrDefault(y => y.GetProperty("windowOpen").GetBoolean() && y.GetProperty("hasTiers").GetBoolean());
        if (open.ValueKind == JsonValueKind.Undefined)
        {
            Assert.Inconclusive("The demo's next-year window (November 1 – December 15) is not open today.");
        }

        var worker = open.GetProperty("workers").EnumerateArray().First(w => w.GetProperty("status").GetString() == "Missing");
        var memberId = worker.GetProperty("memberId").GetInt32();
        var added = await JsonAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/members/{memberId}/dependents",
            new { firstName = "Kit", lastName = "Tester", relationship = "Child", birthDate = "2021-05-05" }), HttpStatusCode.Created);
        var created = await JsonAsync(await rep.PostAsJsonAsync($"/api/v1/benefits/coops/{own}/elections", new
        {
            memberId,
            planYearId = open.GetProperty("planYearId").GetInt32(),
            choice = "enroll",
            dependentIds = new[] { added.GetProperty("id").GetInt32() },
            effectiveOn = open.GetProperty("defaultEffectiveOn").GetString(),
        }), HttpStatusCode.Created);

        var row = created.GetProperty("worker");
        Assert.Multiple(() =>
        {
            Assert.That(row.GetProperty("status").GetString(), Is.EqualTo("Enrolled"));
            Assert.That(row.GetProperty("tier").GetString(), Is.EqualTo("WorkerAndChildren"));
            Assert.That(row.GetProperty("dependents").EnumerateArray().Select(d => d.GetString()), Does.Contain("Kit Tester"));
            Assert.That(row.GetProperty("coopShare").GetDecimal() + row.GetProperty("workerShare").GetDecimal(), Is.EqualTo(row.GetProperty("premium").GetDecimal()));
        });
        var members = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/members"));
        var text = members.GetRawText();
        Assert.That(text, Does.Contain("•••• ").Or.Contain("\\u2022"), "the taxpayer id is masked");
        Assert.That(text, Does.Not.Contain("Sealed").And.Not.Contain("000-"), "no sealed value and no full id leaves the API");
    }

    private MultipartFormDataContent LifeEventForm(int coopId, int memberId)
    {
        var file = new ByteArrayContent("%PDF-1.4 certificate"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent
        {
            { new StringContent($"{coopId}"), "coopId" }, { new StringContent($"{memberId}"), "memberId" }, { new StringContent("Marriage"), "kind" },
            { new StringContent(App.Today.ToString("yyyy-MM-dd")), "happenedOn" }, { file, "file", "certificate.pdf" },
        };
    }
}
