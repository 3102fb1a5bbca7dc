using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed class AssistanceApiTests : WebTest
{
    /// <summary>The internal comment the demo data puts on the demo rep's bylaws request.</summary>
    private const string InternalText = "check the buy-in article first";

    private async Task<int> RequestIdAsync(string title) =>
        await App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    private async Task<int> OtherCoopsRequestIdAsync()
    {
        var repCoop = await RepCoopIdAsync();
        return await App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.CooperativeId != repCoop).Select(r => r.Id).FirstAsync());
    }

    [Test]
    public async Task ARepListsOnlyTheirOwnCoopsRequests()
    {
        var repCoop = await RepCoopIdAsync();
        var rep = await RepAsync();
        var staff = await StaffAsync();

        var mine = await ReadAsync<JsonElement>(await rep.GetAsync("/api/v1/ta-requests?pageSize=200"));
        var all = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/ta-requests?pageSize=200"));

        var coopIds = mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("cooperativeId").GetInt32()).ToList();
        Assert.That(coopIds, Is.Not.Empty);
        Assert.That(coopIds, Is.All.EqualTo(repCoop));
        Assert.That(all.GetProperty("total").GetInt32(), Is.GreaterThan(mine.GetProperty("total").GetInt32()));
        var filtered = await ReadAsync<JsonElement>(await rep.GetAsync($"/api/v1/ta-requests?coopId={repCoop + 1}"));
        Assert.That(filtered.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task AnotherCoopsRequestIs404ForARepAndForAMentor()
    {
        var id = await OtherCoopsRequestIdAsync();
        var rep = await RepAsync();
        var mentor = await MentorAsync();

        var get = await rep.GetAsync($"/api/v1/ta-requests/{id}");
        var comment = await rep.PostAsJsonAsync($"/api/v1/ta-requests/{id}/comments", new { body = "Hello?" });
        var reopen = await rep.PostAsJsonAsync($"/api/v1/ta-requests/{id}/reopen", new { reason = "x" });

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(get.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(comment.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(reopen.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await mentor.GetAsync($"/api/v1/ta-requests/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await App.CreateClient().GetAsync($"/api/v1/ta-requests/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task InternalCommentsAreNeverInTheRepsJsonButStaffSeeThem()
    {
        var id = await RequestIdAsync("Bylaws for a second membership class");
        var rep = await RepAsync();
        var staff = await StaffAsync();

        var repJson = await (await rep.GetAsync($"/api/v1/ta-requests/{id}")).Content.ReadAsStringAsync();
        var repComments = await (await rep.GetAsync($"/api/v1/ta-requests/{id}/comments")).Content.ReadAsStringAsync();
        var staffJson = await (await staff.GetAsync($"/api/v1/ta-requests/{id}")).Content.ReadAsStringAsync();

        Assert.That(repJson, Does.Contain("Dana will send a first draft"));
        Assert.That(repJson, Does.Not.Contain(InternalText));
        Assert.That(repJson, Does.Not.Contain("\"isInternal\":true"));
        Assert.That(repComments, Does.Not.Contain(InternalText));
        Assert.That(staffJson, Does.Contain(InternalText));
    }

    [Test]
    public async Task ARepSubmitsAndStaffTriageAssignAndResolveOverTheApi()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        var providers = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/ta-providers?activeOnly=true"));
        var providerId = providers.EnumerateArray().First(p => p.GetProperty("name").GetString() == "Priya Raman").GetProperty("id").GetInt32();

        var created = await rep.PostAsJsonAsync("/api/v1/ta-requests", new
        {
            category = "HrAndConflict",
            title = "Tension about the new schedule",
            description = "Two crews disagree.",
            urgency = "High",
            preferredContact = "Phone",
            contactDetail = "413-555-0101",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(created.Headers.Location, Is.Not.Null);
        var id = (await ReadAsync<JsonElement>(created)).GetProperty("id").GetInt32();

        Assert.That((await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/triage",
            new { priority = "Urgent", category = "HrAndConflict", note = "Before Friday's meeting" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/assign", new { providerId })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/start", new { })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var logged = await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/time-entries",
            new { workedOn = App.Today.ToString("yyyy-MM-dd"), hours = 1.5, note = "Call with both crews" });
        Assert.That(logged.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var resolved = await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/resolve", new { resolution = "Agreed a rotating schedule." });
        Assert.That(resolved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rated = await rep.PostAsJsonAsync($"/api/v1/ta-requests/{id}/rating", new { stars = 5, comment = "Thank you" });

        Assert.That(rated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var detail = await ReadAsync<JsonElement>(rated);
        Assert.That(detail.GetProperty("status").GetString(), Is.EqualTo("Resolved"));
        Assert.That(detail.GetProperty("priority").GetString(), Is.EqualTo("Urgent"));
        Assert.That(detail.GetProperty("providerName").GetString(), Is.EqualTo("Priya Raman"));
        Assert.That(detail.GetProperty("rating").GetInt32(), Is.EqualTo(5));
        Assert.That(detail.GetProperty("timeEntries")[0].GetProperty("note").ValueKind, Is.EqualTo(JsonValueKind.Null), "a rep does not see providers' notes");
        var kinds = detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.That(kinds, Is.EqualTo(new[] { "Submitted", "Triaged", "Assigned", "Started", "Resolved", "Rated" }));
        var briefed = await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == "priya@facilitation.example" && m.Subject.Contains("Tension about the new schedule")));
        Assert.That(briefed, Is.True, "the external provider is emailed the request");
    }

    [Test]
    public async Task AStepTheStatusDoesNotAllowIs422AndBadInputIs400()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var id = await RequestIdAsync("Facilitator for our spring retreat");

        var close = await staff.PostAsJsonAsync($"/api/v1/ta-requests/{id}/close", new { });
        var empty = await rep.PostAsJsonAsync("/api/v1/ta-requests", new { category = "Other", title = "", description = "" });
        var badFilter = await staff.GetAsync("/api/v1/ta-requests?status=Lost");
        var repTriage = await rep.PostAsJsonAsync($"/api/v1/ta-requests/{id}/triage", new { priority = "Low", category = "Other" });

        Assert.That(close.StatusCode, Is.EqualTo((HttpStatusCode)422));
        Assert.That(await close.Content.ReadAsStringAsync(), Does.Contain("submitted, so you cannot close it"));
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("\"title\":[\"Give the request a short title"));
        Assert.That(badFilter.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(repTriage.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AttachmentsAreServedOnlyToThoseWhoMaySeeTheRequest()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        var mentor = await MentorAsync();
        var ours = await RequestIdAsync("Bylaws for a second membership class");
        var theirs = await OtherCoopsRequestIdAsync();
        var pdf = "%PDF-1.4\n% minutes of the members' meeting"u8.ToArray();

        var uploaded = await rep.PostAsync($"/api/v1/ta-requests/{ours}/attachments", File("../minutes.pdf", pdf));
        Assert.That(uploaded.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var attachment = await ReadAsync<JsonElement>(uploaded);
        Assert.That(attachment.GetProperty("fileName").GetString(), Is.EqualTo("minutes.pdf"));
        var url = uploaded.Headers.Location!.ToString();

        var forRep = await rep.GetAsync(url);
        Assert.That(forRep.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await forRep.Content.ReadAsByteArrayAsync(), Is.EqualTo(pdf));
        Assert.That(forRep.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(forRep.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(forRep.Headers.GetValues("X-Content-Type-Options"), Does.Contain("nosniff"));
        Assert.That((await staff.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await mentor.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await App.CreateClient().GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var staffFile = await staff.PostAsync($"/api/v1/ta-requests/{theirs}/attachments", File("financials.csv", "year,revenue\n2025,410000\n"u8.ToArray()));
        Assert.That(staffFile.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await rep.GetAsync(staffFile.Headers.Location!.ToString())).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "another co-op's file");
        var staffFileId = (await ReadAsync<JsonElement>(staffFile)).GetProperty("id").GetInt32();
        Assert.That((await rep.GetAsync($"/api/v1/ta-requests/{ours}/attachments/{staffFileId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "a file of another request through a request the rep may see");

        Assert.That((await rep.PostAsync($"/api/v1/ta-requests/{ours}/attachments", File("setup.exe", "MZ"u8.ToArray()))).StatusCode,
            Is.EqualTo((HttpStatusCode)422));
        Assert.That((await rep.PostAsJsonAsync($"/api/v1/ta-requests/{ours}/attachments", new { })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ARepSeesTheirHoursBalanceAndNotAnotherCoops()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();
        var repCoop = await RepCoopIdAsync();

        var balance = await ReadAsync<JsonElement>(await rep.GetAsync("/api/v1/hours-balance"));
        var other = await rep.GetAsync($"/api/v1/hours-balance?coopId={repCoop + 1}");

        Assert.That(balance.GetProperty("coopId").GetInt32(), Is.EqualTo(repCoop));
        Assert.That(balance.GetProperty("granted").GetDecimal(), Is.EqualTo(10m));
        Assert.That(balance.GetProperty("remaining").GetDecimal(), Is.EqualTo(balance.GetProperty("granted").GetDecimal() - balance.GetProperty("used").GetDecimal()));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await staff.GetAsync($"/api/v1/hours-balance?coopId={repCoop}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ProvidersDashboardAndExportAreForStaff()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();

        Assert.That((await rep.GetAsync("/api/v1/ta-providers")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.GetAsync("/api/v1/ta-requests/dashboard")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.GetAsync("/api/v1/ta-time-entries/export.csv")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var added = await staff.PostAsJsonAsync("/api/v1/ta-providers", new
        {
            kind = "External",
            name = "Jo Marketer",
            organization = "Common Good Design",
            email = "jo@design.example",
            hourlyRate = 70,
            billing = "BilledToCoop",
        });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var dashboard = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/ta-requests/dashboard"));
        Assert.That(dashboard.GetProperty("open").GetInt32(), Is.GreaterThan(0));
        var csv = await staff.GetAsync("/api/v1/ta-time-entries/export.csv?groupBy=Provider");
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.StartWith("Provider,Entries").And.Contain("Dana Whitfield"));
    }

    private static MultipartFormDataContent File(string name, byte[] data)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", name } };
    }
}
