using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The co-op registry over /api/v1/coops: list, create, edit, conflicts, errors, export, audit and the roster.</summary>
public sealed class CoopApiTests : WebTest
{
    private static int[] Ids(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToArray();

    private static object NewCoop(string legalName) => new
    {
        legalName,
        tradeName = "Greenfield Tool Library",
        kind = "StartupInDevelopment",
        sector = "Tool lending",
        streetAddress = "9 Hope St",
        town = "Greenfield",
        state = "MA",
        postalCode = "01301",
        region = "WesternMassachusetts",
        foundedOn = "2024-05-01",
        workerOwners = 3,
        otherWorkers = 1,
        revenueBand = "Under100K",
        website = "https://toollibrary.coop",
        email = "hello@toollibrary.coop",
        phone = "413-555-0199",
        description = "Tools to borrow, and workshops to learn to use them.",
        status = "Active",
    };

    [Test]
    public async Task TheListIsAPageOfCoopsWithTheTotal()
    {
        var staff = await StaffAsync();
        var total = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        var page1 = await JsonAsync(await staff.GetAsync("/api/v1/coops?pageSize=10"));
        var page2 = await JsonAsync(await staff.GetAsync("/api/v1/coops?pageSize=10&page=2"));

        Assert.That(page1.GetProperty("total").GetInt32(), Is.EqualTo(total).And.GreaterThan(20));
        Assert.That(page1.GetProperty("page").GetInt32(), Is.EqualTo(1));
        Assert.That(page1.GetProperty("pageSize").GetInt32(), Is.EqualTo(10));
        Assert.That(page2.GetProperty("page").GetInt32(), Is.EqualTo(2));
        Assert.That(Ids(page1), Has.Length.EqualTo(10));
        Assert.That(Ids(page2), Has.Length.EqualTo(10));
        Assert.That(Ids(page1).Intersect(Ids(page2)), Is.Empty);
        var names = page1.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("legalName").GetString()).ToList();
        Assert.That(names, Is.Ordered.Using((IComparer<string?>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public async Task TheDefaultPageHolds25()
    {
        var list = await JsonAsync(await (await StaffAsync()).GetAsync("/api/v1/coops"));

        Assert.That(list.GetProperty("pageSize").GetInt32(), Is.EqualTo(25));
        Assert.That(Ids(list), Has.Length.EqualTo(Math.Min(25, list.GetProperty("total").GetInt32())));
    }

    [Test]
    public async Task StatusRegionAndKindFilterTheList()
    {
        var staff = await StaffAsync();
        var applicants = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Status == MembershipStatus.Applicant).Select(c => c.Id).ToListAsync());
        var vermont = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Region == Region.SouthernVermont).Select(c => c.Id).ToListAsync());
        var democratic = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Kind == CoopKind.DemocraticWorkplace && c.Region == Region.SouthernVermont)
            .Select(c => c.Id).ToListAsync());

        var byStatus = await JsonAsync(await staff.GetAsync("/api/v1/coops?status=Applicant&pageSize=200"));
        var byRegion = await JsonAsync(await staff.GetAsync("/api/v1/coops?region=southernvermont&pageSize=200"));
        var byKindAndRegion = await JsonAsync(await staff.GetAsync("/api/v1/coops?kind=DemocraticWorkplace&region=SouthernVermont&pageSize=200"));

        Assert.That(Ids(byStatus), Is.EquivalentTo(applicants).And.Not.Empty);
        Assert.That(byStatus.GetProperty("total").GetInt32(), Is.EqualTo(applicants.Count));
        Assert.That(byStatus.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("status").GetString()), Is.All.EqualTo("Applicant"));
        Assert.That(Ids(byRegion), Is.EquivalentTo(vermont).And.Not.Empty);
        Assert.That(Ids(byKindAndRegion), Is.EquivalentTo(democratic).And.Not.Empty);
    }

    [Test]
    public async Task TheListSortsByTheChosenColumnEitherWay()
    {
        var staff = await StaffAsync();

        var biggest = await JsonAsync(await staff.GetAsync("/api/v1/coops?sort=WorkerOwners&desc=true&pageSize=200"));
        var towns = await JsonAsync(await staff.GetAsync("/api/v1/coops?sort=town&pageSize=200"));

        var owners = biggest.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("workerOwners").GetInt32()).ToList();
        Assert.That(owners, Is.Ordered.Descending);
        Assert.That(biggest.GetProperty("items")[0].GetProperty("legalName").GetString(), Is.EqualTo("Caring Hands Home Care Cooperative"));
        Assert.That(towns.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("town").GetString()),
            Is.Ordered.Using((IComparer<string?>)StringComparer.Ordinal));
    }

    [Test]
    public async Task TheSectorFilterMatchesWholeSectors()
    {
        var list = await JsonAsync(await (await StaffAsync()).GetAsync("/api/v1/coops?sector=solar%20installation"));

        Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("legalName").GetString()),
            Is.EquivalentTo(new[] { "Sunrise Solar Installers Cooperative, Inc.", "Rockingham Solar Cooperative" }));
    }

    [Test]
    public async Task SearchFindsCoopsByNameTownOrSector()
    {
        var staff = await StaffAsync();

        var byName = await JsonAsync(await staff.GetAsync("/api/v1/coops?q=bread"));
        var byTown = await JsonAsync(await staff.GetAsync("/api/v1/coops?q=brattleboro"));
        var nothing = await JsonAsync(await staff.GetAsync("/api/v1/coops?q=zzzz-no-such-coop"));

        Assert.That(byName.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("legalName").GetString()),
            Is.EqualTo(new[] { "Pioneer Valley Bread Cooperative" }));
        Assert.That(byTown.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("town").GetString()),
            Is.All.EqualTo("Brattleboro").And.Not.Empty);
        Assert.That(nothing.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(nothing.GetProperty("items").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task APageSizeAbove200Is400WithAFieldError()
    {
        var response = await (await StaffAsync()).GetAsync("/api/v1/coops?pageSize=201");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "pageSize"), Has.Some.Contains("200"));
    }

    [Test]
    public async Task ThePageMustBeAtLeast1()
    {
        var problem = await ProblemAsync(await (await StaffAsync()).GetAsync("/api/v1/coops?page=0"), HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(problem, "page"), Is.Not.Empty);
    }

    [TestCase("status", "Sleeping", "Active")]
    [TestCase("region", "Mars", "SouthernVermont")]
    [TestCase("kind", "Megacorp", "WorkerCoop")]
    [TestCase("sort", "Shoesize", "WorkerOwners")]
    public async Task AnUnknownFilterValueIs400NamingTheFieldAndTheAllowedValues(string field, string value, string allowed)
    {
        var response = await (await StaffAsync()).GetAsync($"/api/v1/coops?{field}={value}");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, field), Has.Some.Contains(allowed));
    }

    [Test]
    public async Task CreatingACoopAnswers201WithALocationThatOpensIt()
    {
        var staff = await StaffAsync();

        var response = await staff.PostAsJsonAsync("/api/v1/coops", NewCoop("Greenfield Tool Library Cooperative"));

        var created = await JsonAsync(response, HttpStatusCode.Created);
        Assert.That(response.Headers.Location, Is.Not.Null);
        var id = created.GetProperty("id").GetInt32();
        Assert.That(response.Headers.Location!.OriginalString, Does.EndWith($"/api/v1/coops/{id}"));
        var fetched = await JsonAsync(await staff.GetAsync(response.Headers.Location));
        Assert.That(fetched.GetProperty("legalName").GetString(), Is.EqualTo("Greenfield Tool Library Cooperative"));
        Assert.That(fetched.GetProperty("kind").GetString(), Is.EqualTo("StartupInDevelopment"));
        Assert.That(fetched.GetProperty("postalCode").GetString(), Is.EqualTo("01301"));
        Assert.That(fetched.GetProperty("status").GetString(), Is.EqualTo("Active"));
        Assert.That(fetched.GetProperty("version").GetInt32(), Is.EqualTo(created.GetProperty("version").GetInt32()));
        Assert.That(fetched.GetProperty("history")[0].GetProperty("transition").GetString(), Is.EqualTo("Register"));
    }

    [Test]
    public async Task AnInvalidCoopIs400WithAnErrorPerFieldAndNothingIsWritten()
    {
        var staff = await StaffAsync();
        var before = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        var response = await staff.PostAsJsonAsync("/api/v1/coops", new
        {
            legalName = "",
            postalCode = "ABCDE",
            state = "Massachusetts",
            email = "not-an-email",
            website = "toollibrary",
            workerOwners = -1,
            foundedOn = "2999-01-01",
        });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "legalName"), Is.EqualTo(new[] { "Enter the co-op's legal name." }));
        foreach (var field in new[] { "postalCode", "state", "email", "website", "workerOwners", "foundedOn" })
        {
            Assert.That(FieldErrors(problem, field), Is.Not.Empty, field);
        }

        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task AnUnreadableFieldIs400NamingIt()
    {
        var staff = await StaffAsync();
        var before = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        var response = await staff.PostAsJsonAsync("/api/v1/coops", new { legalName = "Typo Co-op", kind = "Conglomerate" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "kind"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task EditingWithTheVersionReadSavesAndBumpsTheVersion()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Clean Sweep Cleaning Cooperative");
        var coop = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        var version = coop["version"]!.GetValue<int>();
        coop["description"] = "Green cleaning with bilingual crews, now also in Springfield.";
        coop["workerOwners"] = 12;

        var response = await staff.PutAsJsonAsync($"/api/v1/coops/{id}", coop);

        var saved = await JsonAsync(response);
        Assert.That(saved.GetProperty("version").GetInt32(), Is.EqualTo(version + 1));
        Assert.That(saved.GetProperty("description").GetString(), Is.EqualTo("Green cleaning with bilingual crews, now also in Springfield."));
        var stored = await App.WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == id));
        Assert.That(stored.WorkerOwners, Is.EqualTo(12));
        Assert.That(stored.Version, Is.EqualTo(version + 1));
    }

    [Test]
    public async Task ARepEditsTheirOwnCoop()
    {
        var rep = await RepAsync();
        var id = await RepCoopIdAsync();
        var coop = JsonNode.Parse(await rep.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        coop["phone"] = "413-555-0777";

        var saved = await JsonAsync(await rep.PutAsJsonAsync($"/api/v1/coops/{id}", coop));

        Assert.That(saved.GetProperty("phone").GetString(), Is.EqualTo("413-555-0777"));
    }

    [Test]
    public async Task EditingWithAStaleVersionIs409AndTheStoredDataIsUnchanged()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Riverbend Childcare Cooperative");
        var first = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        var second = first.DeepClone().AsObject();
        first["description"] = "Saved first.";
        Assert.That((await staff.PutAsJsonAsync($"/api/v1/coops/{id}", first)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        second["description"] = "Saved second, from an old copy.";
        var response = await staff.PutAsJsonAsync($"/api/v1/coops/{id}", second);

        await ProblemAsync(response, HttpStatusCode.Conflict);
        var stored = await App.WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == id));
        Assert.That(stored.Description, Is.EqualTo("Saved first."));
        Assert.That(stored.Version, Is.EqualTo(second["version"]!.GetValue<int>() + 1));
    }

    [Test]
    public async Task AnInvalidEditIs400AndNothingChanges()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Toolbox Carpentry Cooperative");
        var before = await staff.GetStringAsync($"/api/v1/coops/{id}");
        var coop = JsonNode.Parse(before)!.AsObject();
        coop["legalName"] = "";
        coop["phone"] = "call us";

        var problem = await ProblemAsync(await staff.PutAsJsonAsync($"/api/v1/coops/{id}", coop), HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(problem, "legalName"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "phone"), Is.Not.Empty);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{id}")), JsonNode.Parse(before)), Is.True);
    }

    [Test]
    public async Task AnUnknownCoopIs404ProblemJson()
    {
        var staff = await StaffAsync();
        var someCoop = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{await RepCoopIdAsync()}"))!.AsObject();

        var get = await ProblemAsync(await staff.GetAsync("/api/v1/coops/999999"), HttpStatusCode.NotFound);
        await ProblemAsync(await staff.PutAsJsonAsync("/api/v1/coops/999999", someCoop), HttpStatusCode.NotFound);
        await ProblemAsync(await staff.GetAsync("/api/v1/coops/999999/contacts"), HttpStatusCode.NotFound);

        Assert.That(get.GetProperty("detail").GetString(), Does.Contain("999999"));
    }

    [Test]
    public async Task TheCsvExportHasTheFilteredRowsOfTheList()
    {
        var staff = await StaffAsync();
        var list = await JsonAsync(await staff.GetAsync("/api/v1/coops?status=Active&region=WesternMassachusetts&pageSize=200"));

        var response = await staff.GetAsync("/api/v1/coops/export.csv?status=Active&region=WesternMassachusetts");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("coops.csv"));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("Id,Legal name,Trade name,Kind,Status"));
        var rows = lines.Skip(1).ToList();
        Assert.That(rows.Select(r => int.Parse(r.Split(',')[0])), Is.EqualTo(Ids(list)));
        Assert.That(rows, Has.Count.EqualTo(list.GetProperty("total").GetInt32()).And.Count.GreaterThan(5));
        Assert.That(rows, Has.All.Contains(",Active,").And.All.Contains(",Western Massachusetts,"));
        Assert.That(rows, Has.Some.Contains("Sunrise Solar Installers Cooperative, Inc.").Or.Some.Contains("\"Sunrise Solar Installers Cooperative, Inc.\""));
    }

    [Test]
    public async Task TheAuditTrailShowsWhoChangedWhatWithOldAndNewValues()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Berkshire Bookkeeping Collective");
        var coop = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        coop["town"] = "Lenox";
        Assert.That((await staff.PutAsJsonAsync($"/api/v1/coops/{id}", coop)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var audit = await JsonAsync(await staff.GetAsync($"/api/v1/coops/{id}/audit"));

        var entry = audit.GetProperty("items").EnumerateArray().First(e => e.GetProperty("command").GetString() == "UpdateCoop");
        Assert.That(entry.GetProperty("userName").GetString(), Is.EqualTo(AppFactory.StaffEmail));
        Assert.That(entry.GetProperty("entityType").GetString(), Is.EqualTo("Cooperative"));
        Assert.That(entry.GetProperty("entityId").GetString(), Is.EqualTo(id.ToString()));
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("Modified"));
        var changes = JsonDocument.Parse(entry.GetProperty("changes").GetString()!).RootElement;
        Assert.That(changes.GetProperty("Town").GetProperty("Old").GetString(), Is.EqualTo("Pittsfield"));
        Assert.That(changes.GetProperty("Town").GetProperty("New").GetString(), Is.EqualTo("Lenox"));
        Assert.That(changes.TryGetProperty("LegalName", out _), Is.False, "only changed fields are recorded");
        Assert.That(audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("cooperativeId").GetInt32()), Is.All.EqualTo(id));
    }

    [Test]
    public async Task RosterChangesAppearInTheCoopsAuditTrail()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Caring Hands Home Care Cooperative");
        var added = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/coops/{id}/contacts", new { fullName = "Luz Ortega", role = "Aide" }),
            HttpStatusCode.Created);

        var audit = await JsonAsync(await staff.GetAsync($"/api/v1/coops/{id}/audit"));

        var entry = audit.GetProperty("items").EnumerateArray().First(e => e.GetProperty("command").GetString() == "AddPerson");
        Assert.That(entry.GetProperty("entityType").GetString(), Is.EqualTo("Person"));
        Assert.That(entry.GetProperty("entityId").GetString(), Is.EqualTo(added.GetProperty("id").GetInt32().ToString()));
        Assert.That(entry.GetProperty("action").GetString(), Is.EqualTo("Added"));
        Assert.That(entry.GetProperty("changes").GetString(), Does.Contain("Luz Ortega"));
    }

    [Test]
    public async Task AMissingOrMalformedBodyIs400ProblemJson()
    {
        var staff = await StaffAsync();
        var before = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        var empty = await staff.PostAsync("/api/v1/coops", new StringContent("", System.Text.Encoding.UTF8, "application/json"));
        var broken = await staff.PostAsync("/api/v1/coops", new StringContent("{\"legalName\": ", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await staff.PostAsync("/api/v1/coops",
            new StringContent("{\"legalName\": \"Typed Co-op\", \"workerOwners\": \"many\"}", System.Text.Encoding.UTF8, "application/json"));

        await ProblemAsync(empty, HttpStatusCode.BadRequest);
        await ProblemAsync(broken, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(await ProblemAsync(wrongType, HttpStatusCode.BadRequest), "workerOwners"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task StaffAndTheRepKeepTheRosterUpToDate()
    {
        var rep = await RepAsync();
        var id = await RepCoopIdAsync();

        var added = await rep.PostAsJsonAsync($"/api/v1/coops/{id}/contacts", new
        {
            fullName = "Ana Ferreira",
            role = "Baker",
            email = "ana@pioneervalleybread.coop",
            phone = "413-555-0150",
            isWorkerOwner = true,
            startedOn = "2025-03-01",
        });
        var person = await JsonAsync(added, HttpStatusCode.Created);
        var personId = person.GetProperty("id").GetInt32();
        Assert.That(added.Headers.Location!.OriginalString, Is.EqualTo($"/api/v1/coops/{id}/contacts/{personId}"));
        var fetched = await JsonAsync(await rep.GetAsync(added.Headers.Location));
        Assert.That(fetched.GetProperty("fullName").GetString(), Is.EqualTo("Ana Ferreira"));
        Assert.That(fetched.GetProperty("isWorkerOwner").GetBoolean(), Is.True);

        var staff = await StaffAsync();
        var updated = await staff.PutAsJsonAsync($"/api/v1/coops/{id}/contacts/{personId}", new
        {
            fullName = "Ana Ferreira",
            role = "Head baker",
            email = "ana@pioneervalleybread.coop",
            isWorkerOwner = true,
            version = fetched.GetProperty("version").GetInt32(),
        });
        Assert.That((await JsonAsync(updated)).GetProperty("role").GetString(), Is.EqualTo("Head baker"));
        var stale = await rep.PutAsJsonAsync($"/api/v1/coops/{id}/contacts/{personId}", new
        {
            fullName = "Ana F.",
            version = fetched.GetProperty("version").GetInt32(),
        });
        await ProblemAsync(stale, HttpStatusCode.Conflict);

        var roster = await JsonAsync(await rep.GetAsync($"/api/v1/coops/{id}/contacts"));
        Assert.That(roster.EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == personId).GetProperty("fullName").GetString(),
            Is.EqualTo("Ana Ferreira"));

        Assert.That((await rep.DeleteAsync($"/api/v1/coops/{id}/contacts/{personId}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAsync(await rep.GetAsync($"/api/v1/coops/{id}/contacts/{personId}"), HttpStatusCode.NotFound);
        Assert.That(await App.WithDbAsync(db => db.People.AnyAsync(p => p.Id == personId)), Is.False);
    }

    [Test]
    public async Task AnInvalidContactIs400WithFieldErrorsAndIsNotAdded()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Kestrel Software Cooperative");
        var before = await App.WithDbAsync(db => db.People.CountAsync(p => p.CooperativeId == id));

        var response = await staff.PostAsJsonAsync($"/api/v1/coops/{id}/contacts", new { fullName = "", email = "nope", phone = "x" });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "fullName"), Is.EqualTo(new[] { "Enter the person's name." }));
        Assert.That(FieldErrors(problem, "email"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "phone"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.People.CountAsync(p => p.CooperativeId == id)), Is.EqualTo(before));
    }

    [Test]
    public async Task AnUnknownContactIs404()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Kestrel Software Cooperative");

        await ProblemAsync(await staff.GetAsync($"/api/v1/coops/{id}/contacts/999999"), HttpStatusCode.NotFound);
        await ProblemAsync(await staff.PutAsJsonAsync($"/api/v1/coops/{id}/contacts/999999", new { fullName = "Nobody", version = 0 }),
            HttpStatusCode.NotFound);
        await ProblemAsync(await staff.DeleteAsync($"/api/v1/coops/{id}/contacts/999999"), HttpStatusCode.NotFound);
    }
}
