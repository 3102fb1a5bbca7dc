using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The public application and the membership lifecycle, one POST per transition.</summary>
public sealed class MembershipApiTests : WebTest
{
    private static object Application(string legalName, string contactEmail = "jo@maplecrest.coop") => new
    {
        legalName,
        kind = "WorkerCoop",
        sector = "Maple syrup",
        town = "Putney",
        state = "VT",
        postalCode = "05346",
        region = "SouthernVermont",
        workerOwners = 4,
        description = "Sugaring and value-added maple products.",
        contactName = "Jo Whitcomb",
        contactEmail,
        contactPhone = "802-555-0142",
        contactRole = "Founder",
        motivation = "We want to learn from other worker co-ops.",
    };

    private async Task<int> ApplyAsync(string legalName)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/membership-applications", Application(legalName));
        return (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> MoveAsync(HttpClient staff, int id, string transition, object body) =>
        await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/{transition}", body));

    private static string Status(JsonElement coop) => coop.GetProperty("status").GetString()!;

    [Test]
    public async Task AnyoneCanApplyWithoutSigningInAndTheCoopBecomesAnApplicant()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/membership-applications",
            Application("Maplecrest Sugarworks Cooperative", "jo@maplecrest-sugar.coop"));

        var body = await JsonAsync(response, HttpStatusCode.Created);
        var id = body.GetProperty("id").GetInt32();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Applicant"));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo($"/api/v1/coops/{id}"));
        var coop = await JsonAsync(await (await StaffAsync()).GetAsync(response.Headers.Location));
        Assert.That(Status(coop), Is.EqualTo("Applicant"));
        Assert.That(coop.GetProperty("region").GetString(), Is.EqualTo("SouthernVermont"));
        var contact = coop.GetProperty("people").EnumerateArray().Single();
        Assert.That(contact.GetProperty("fullName").GetString(), Is.EqualTo("Jo Whitcomb"));
        Assert.That(contact.GetProperty("isPrimaryContact").GetBoolean(), Is.True);
        Assert.That(coop.GetProperty("history")[0].GetProperty("transition").GetString(), Is.EqualTo("Apply"));
        var email = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "jo@maplecrest-sugar.coop"));
        Assert.That(email.Subject, Does.Contain("membership application"));
    }

    [Test]
    public async Task AnInvalidApplicationIs400WithFieldErrorsAndNothingIsStored()
    {
        var before = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/membership-applications", new
        {
            legalName = "",
            postalCode = "5346",
            contactName = "",
            contactEmail = "jo at maplecrest",
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "legalName"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "postalCode"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "contactName"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "contactEmail"), Is.EqualTo(new[] { "Enter an email address like maria@example.coop." }));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(before));
        Assert.That(await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "jo at maplecrest")), Is.Zero);
    }

    [Test]
    public async Task StaffWalkACoopThroughEveryTransitionAndEachIsRecorded()
    {
        var staff = await StaffAsync();
        var id = await ApplyAsync("Westminster West Sugarhouse Cooperative");

        Assert.That(Status(await MoveAsync(staff, id, "start-review", new { note = "Board packet prepared." })), Is.EqualTo("UnderReview"));
        var approved = await MoveAsync(staff, id, "approve", new { boardVoteOn = "2026-11-01", note = "Unanimous." });
        Assert.That(Status(approved), Is.EqualTo("Active"));
        Assert.That(approved.GetProperty("memberSince").GetString(), Is.EqualTo("2026-11-01"));
        Assert.That(Status(await MoveAsync(staff, id, "lapse", new { reason = "Dues unpaid for a year." })), Is.EqualTo("Lapsed"));
        Assert.That(Status(await MoveAsync(staff, id, "reinstate", new { reason = "Dues paid." })), Is.EqualTo("Active"));
        Assert.That(Status(await MoveAsync(staff, id, "suspend", new { reason = "Under investigation." })), Is.EqualTo("Suspended"));
        Assert.That(Status(await MoveAsync(staff, id, "reinstate", new { reason = "Cleared." })), Is.EqualTo("Active"));
        Assert.That(Status(await MoveAsync(staff, id, "withdraw", new { reason = "Sold the sugarhouse.", effectiveOn = "2026-12-31" })),
            Is.EqualTo("Withdrawn"));
        Assert.That(Status(await MoveAsync(staff, id, "reapply", new { note = "New owners." })), Is.EqualTo("Applicant"));
        var declined = await MoveAsync(staff, id, "decline", new { reason = "Not yet a worker co-op." });
        Assert.That(Status(declined), Is.EqualTo("Declined"));

        var history = declined.GetProperty("history").EnumerateArray().Reverse().ToList();
        Assert.That(history.Select(h => h.GetProperty("transition").GetString()), Is.EqualTo(new[]
        {
            "Apply", "StartReview", "Approve", "Lapse", "Reinstate", "Suspend", "Reinstate", "Withdraw", "Reapply", "Decline",
        }));
        Assert.That(history[2].GetProperty("boardVoteOn").GetString(), Is.EqualTo("2026-11-01"));
        Assert.That(history[7].GetProperty("effectiveOn").GetString(), Is.EqualTo("2026-12-31"));
        Assert.That(history[7].GetProperty("reason").GetString(), Is.EqualTo("Sold the sugarhouse."));
        Assert.That(history.Skip(1).Select(h => h.GetProperty("byName").GetString()), Is.All.EqualTo(AppFactory.StaffEmail));
        Assert.That(history[3].GetProperty("from").GetString(), Is.EqualTo("Active"));
        Assert.That(history[3].GetProperty("to").GetString(), Is.EqualTo("Lapsed"));
    }

    [Test]
    public async Task ATransitionIsInTheAuditTrailWithTheOldAndNewStatus()
    {
        var staff = await StaffAsync();
        var id = await ApplyAsync("Marlboro Maple Cooperative");

        await MoveAsync(staff, id, "start-review", new { note = "Looks complete." });

        var audit = await JsonAsync(await staff.GetAsync($"/api/v1/coops/{id}/audit"));
        var entry = audit.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("command").GetString() == "StartReview" && e.GetProperty("entityType").GetString() == "Cooperative");
        var changes = JsonDocument.Parse(entry.GetProperty("changes").GetString()!).RootElement;
        Assert.That(changes.GetProperty("Status").GetProperty("Old").GetString(), Is.EqualTo("Applicant"));
        Assert.That(changes.GetProperty("Status").GetProperty("New").GetString(), Is.EqualTo("UnderReview"));
        Assert.That(entry.GetProperty("userName").GetString(), Is.EqualTo(AppFactory.StaffEmail));
        Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("command").GetString()), Does.Contain("SubmitApplication"));
    }

    [Test]
    public async Task AnInvalidTransitionIs422WithTheReasonAndChangesNothing()
    {
        var staff = await StaffAsync();
        var id = await ApplyAsync("Guilford Goat Dairy Cooperative");
        var before = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == id)
            .Select(c => new { c.Status, c.Version, c.StatusChangedAt, History = c.History.Count }).SingleAsync());

        var response = await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/approve", new { boardVoteOn = "2026-11-01" });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(),
            Is.EqualTo("Guilford Goat Dairy Cooperative is applicant, so you cannot approve it; only a co-op that is under review can be."));
        var after = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == id)
            .Select(c => new { c.Status, c.Version, c.StatusChangedAt, History = c.History.Count }).SingleAsync());
        Assert.That(after, Is.EqualTo(before));
        Assert.That(after.Status, Is.EqualTo(MembershipStatus.Applicant));
    }

    [TestCase("lapse")]
    [TestCase("reinstate")]
    [TestCase("suspend")]
    [TestCase("reapply")]
    public async Task TransitionsThatDoNotStartFromApplicantAreRefused(string transition)
    {
        var staff = await StaffAsync();
        var id = await ApplyAsync($"Refused {transition} Cooperative");

        var response = await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/{transition}", new { reason = "Testing the rule." });

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()),
            Is.EqualTo(MembershipStatus.Applicant));
    }

    [Test]
    public async Task ATransitionWithoutItsReasonIs400NamingTheField()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Hilltown Brewing Workers Cooperative");

        var reinstate = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/reinstate", new { reason = "" }),
            HttpStatusCode.BadRequest);
        var withdraw = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/withdraw", new { reason = "Closed" }),
            HttpStatusCode.BadRequest);
        var approve = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/approve", new { }),
            HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(reinstate, "reason"), Is.Not.Empty);
        Assert.That(FieldErrors(withdraw, "effectiveOn"), Is.Not.Empty);
        Assert.That(FieldErrors(approve, "boardVoteOn"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()),
            Is.EqualTo(MembershipStatus.Lapsed));
    }

    [Test]
    public async Task ABoardVoteInTheFutureIsRefused()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Seedling Web Design Cooperative");

        var response = await staff.PostAsJsonAsync($"/api/v1/coops/{id}/membership/approve", new { boardVoteOn = "2999-01-01" });

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("future"));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()),
            Is.EqualTo(MembershipStatus.UnderReview));
    }

    [Test]
    public async Task ATransitionOnAnUnknownCoopIs404()
    {
        var response = await (await StaffAsync()).PostAsJsonAsync("/api/v1/coops/999999/membership/start-review", new { note = "?" });

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task TheCoopsDetailOffersOnlyTheTransitionsItsStatusAllows()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Mount Tom Landscaping Cooperative");

        var coop = await JsonAsync(await staff.GetAsync($"/api/v1/coops/{id}"));

        Assert.That(Status(coop), Is.EqualTo("Suspended"));
        Assert.That(coop.GetProperty("allowedTransitions").EnumerateArray().Select(t => t.GetString()),
            Is.EquivalentTo(new[] { "Reinstate", "Withdraw" }));
    }
}
