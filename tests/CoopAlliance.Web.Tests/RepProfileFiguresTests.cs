using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Worker counts and the revenue band set a co-op's dues and its hours of assistance: they come from the attested
/// self-report or from staff, never from the rep's own profile edit (API or page).
/// </summary>
public sealed class RepProfileFiguresTests : WebTest
{
    private Task<Cooperative> StoredAsync(int id) => App.WithDbAsync(db => db.Cooperatives.AsNoTracking().SingleAsync(c => c.Id == id));

    [Test]
    public async Task ARepsApiEditThatChangesTheFiguresIs400NamingEachFieldAndNothingIsSaved()
    {
        var rep = await RepAsync();
        var id = await RepCoopIdAsync();
        var before = await StoredAsync(id);
        var coop = JsonNode.Parse(await rep.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        coop["workerOwners"] = before.WorkerOwners + 20;
        coop["otherWorkers"] = before.OtherWorkers + 1;
        coop["revenueBand"] = nameof(RevenueBand.Under100K);
        coop["phone"] = "413-555-0777";

        var problem = await ProblemAsync(await rep.PutAsJsonAsync($"/api/v1/coops/{id}", coop), HttpStatusCode.BadRequest);

        foreach (var field in new[] { "workerOwners", "otherWorkers", "revenueBand" })
        {
            Assert.That(FieldErrors(problem, field), Has.One.Contains("self-report"), field);
        }

        var after = await StoredAsync(id);
        Assert.That((after.WorkerOwners, after.OtherWorkers, after.RevenueBand, after.Phone, after.Version),
            Is.EqualTo((before.WorkerOwners, before.OtherWorkers, before.RevenueBand, before.Phone, before.Version)));
    }

    [Test]
    public async Task StaffStillChangeTheFiguresThroughTheApi()
    {
        var staff = await StaffAsync();
        var id = await CoopIdAsync("Kestrel Software Cooperative");
        var coop = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{id}"))!.AsObject();
        coop["workerOwners"] = 31;
        coop["revenueBand"] = nameof(RevenueBand.Over5M);

        await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/coops/{id}", coop));

        var after = await StoredAsync(id);
        Assert.That((after.WorkerOwners, after.RevenueBand), Is.EqualTo((31, RevenueBand.Over5M)));
    }

    [Test]
    public async Task TheRepsEditPageShowsTheFiguresReadOnlyFromTheSelfReportAndSavesTheRest()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var id = await RepCoopIdAsync();
        var before = await StoredAsync(id);

        var html = await browser.GetStringAsync("/MyCoop/Edit");
        Assert.That(html, Does.Contain("From your self-report"));
        Assert.That(html, Does.Match("<input[^>]*readonly[^>]*name=\"Input.WorkerOwners\"|<input[^>]*name=\"Input.WorkerOwners\"[^>]*readonly"));
        Assert.That(html, Does.Not.Match("<select[^>]*name=\"Input.RevenueBand\""));

        var saved = await Forms.PostAsync(browser, "/MyCoop/Edit", Fields(before, phone: "413-555-0778"));

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        var after = await StoredAsync(id);
        Assert.That(after.Phone, Is.EqualTo("413-555-0778"));
        Assert.That((after.WorkerOwners, after.RevenueBand), Is.EqualTo((before.WorkerOwners, before.RevenueBand)));
    }

    [Test]
    public async Task AFormPostedWithChangedFiguresIsRefusedBesideTheFieldsAndNothingIsSaved()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var id = await RepCoopIdAsync();
        var before = await StoredAsync(id);
        var fields = Fields(before, phone: "413-555-0779");
        fields["Input.WorkerOwners"] = "1";
        fields["Input.RevenueBand"] = nameof(RevenueBand.Under100K);

        var refused = await Forms.PostAsync(browser, "/MyCoop/Edit", fields);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("comes from your co-op&#x27;s attested self-report"));
        var after = await StoredAsync(id);
        Assert.That((after.WorkerOwners, after.RevenueBand, after.Phone, after.Version),
            Is.EqualTo((before.WorkerOwners, before.RevenueBand, before.Phone, before.Version)));
    }

    /// <summary>The fields the edit form posts, as stored (the read-only figures go back as they were shown).</summary>
    private static Dictionary<string, string> Fields(Cooperative c, string phone) => new()
    {
        ["Input.Version"] = c.Version.ToString(),
        ["Input.LegalName"] = c.LegalName,
        ["Input.TradeName"] = c.TradeName ?? "",
        ["Input.Kind"] = c.Kind.ToString(),
        ["Input.Sector"] = c.Sector ?? "",
        ["Input.FoundedOn"] = c.FoundedOn?.ToString("yyyy-MM-dd") ?? "",
        ["Input.WorkerOwners"] = c.WorkerOwners.ToString(),
        ["Input.OtherWorkers"] = c.OtherWorkers.ToString(),
        ["Input.RevenueBand"] = c.RevenueBand.ToString(),
        ["Input.Description"] = c.Description ?? "",
        ["Input.StreetAddress"] = c.StreetAddress ?? "",
        ["Input.Town"] = c.Town ?? "",
        ["Input.State"] = c.State ?? "",
        ["Input.PostalCode"] = c.PostalCode ?? "",
        ["Input.Region"] = c.Region.ToString(),
        ["Input.Website"] = c.Website ?? "",
        ["Input.Email"] = c.Email ?? "",
        ["Input.Phone"] = phone,
    };
}
