using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Localization;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Network;

/// <summary>The network over HTTP: organisations (staff), a co-op's ties (staff or its own rep; 404 for another), the summary and the picture.</summary>
public sealed class NetworkApiTests : WebTest
{
    private new Task<int> CoopIdAsync(string legalName) =>
        App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == legalName).Select(c => c.Id).SingleAsync());

    [Test]
    public async Task StaffListAndCreateOrganisationsAndARepCannot()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();

        var list = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/network/organizations?kind=Supplier&pageSize=50"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()),
            Is.EquivalentTo(new[] { "Hilltown Grain Mill", "Green River Paper & Ink" }));

        var created = await staff.PostAsJsonAsync("/api/v1/network/organizations", new
        {
            name = "Franklin County CDC",
            kind = "CommunityLender",
            region = "WesternMassachusetts",
            offers = "Small-business loans",
            contacts = new[] { new { name = "Jo Ames", email = "jo@fccdc.example.org" } },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        Assert.That((await rep.GetAsync("/api/v1/network/organizations")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.GetAsync("/api/v1/network/summary")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var bad = await staff.PostAsJsonAsync("/api/v1/network/organizations", new { name = "", kind = "Supplier", region = "WesternMassachusetts" });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("Input.Name").IgnoreCase);
    }

    [Test]
    public async Task ARepRecordsTiesForTheirOwnCoopOnlyAndAnotherCoopsAre404()
    {
        var rep = await RepAsync();
        var own = await CoopIdAsync(DemoData.RepCoop);
        var other = await CoopIdAsync("Caring Hands Home Care Cooperative");

        var add = await rep.PostAsJsonAsync($"/api/v1/coops/{own}/ties",
            new { direction = "Sells", counterpartCoopId = other, what = "Lunch trays", estimatedAnnualAmount = 2400 });
        Assert.That(add.StatusCode, Is.EqualTo(HttpStatusCode.Created), await add.Content.ReadAsStringAsync());
        var tie = await ReadAsync<JsonElement>(add);
        Assert.That(tie.GetProperty("counterpartName").GetString(), Is.EqualTo("Caring Hands"));

        var again = await rep.PostAsJsonAsync($"/api/v1/coops/{own}/ties", new { direction = "Sells", counterpartCoopId = other, what = "lunch trays" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(again.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        var self = await rep.PostAsJsonAsync($"/api/v1/coops/{own}/ties", new { direction = "Sells", counterpartCoopId = own, what = "Bread" });
        Assert.That(self.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await self.Content.ReadAsStringAsync(), Does.Contain("itself"));

        Assert.That((await rep.GetAsync($"/api/v1/coops/{other}/ties")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var theirs = await rep.PostAsJsonAsync($"/api/v1/coops/{other}/ties", new { direction = "Buys", counterpartCoopId = own, what = "Bread" });
        Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var delete = await rep.DeleteAsync($"/api/v1/coops/{own}/ties/{tie.GetProperty("id").GetInt32()}");
        Assert.That(delete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public async Task TheSummaryCountsTheDemoNetwork()
    {
        var staff = await StaffAsync();

        var summary = await ReadAsync<JsonElement>(await staff.GetAsync("/api/v1/network/summary"));

        Assert.That(summary.GetProperty("organizations").GetInt32(), Is.GreaterThanOrEqualTo(12));
        Assert.That(summary.GetProperty("moneyCirculating").GetDecimal(), Is.GreaterThan(0m));
        var untied = summary.GetProperty("coopsWithoutTies").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.That(untied, Does.Contain("Windham Fiber Arts Workers").And.Contain("Brattleboro Bicycle Collective"));
        var bad = await staff.GetAsync("/api/v1/network/summary?region=Atlantis");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ThePictureIsWellFormedFilteredAndEscapesNames()
    {
        var staff = await StaffAsync();

        var all = await staff.GetAsync("/api/v1/network/graph.svg");
        Assert.That(all.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
        var svg = XDocument.Parse(await all.Content.ReadAsStringAsync());
        XNamespace s = "http://www.w3.org/2000/svg";
        Assert.That(svg.Root!.Attribute("role")?.Value, Is.EqualTo("img"));
        Assert.That(svg.Root.Attribute("aria-label")?.Value, Does.StartWith("The alliance's network"));
        var titles = svg.Descendants(s + "g").Where(g => g.Attribute("class")?.Value.StartsWith("node ", StringComparison.Ordinal) == true)
            .Select(g => g.Element(s + "title")!.Value).ToList();
        Assert.That(titles, Has.Some.StartWith("Green River Paper & Ink"));   // "&" escaped in the markup, read back as text
        Assert.That(await (await staff.GetAsync("/api/v1/network/graph.svg")).Content.ReadAsStringAsync(), Does.Contain("Green River Paper &amp; Ink"));

        var vermont = XDocument.Parse(await (await staff.GetAsync("/api/v1/network/graph.svg?region=SouthernVermont&kind=coops")).Content.ReadAsStringAsync());
        var nodes = vermont.Descendants(s + "g").Where(g => g.Attribute("class")?.Value.StartsWith("node ", StringComparison.Ordinal) == true).ToList();
        Assert.That(nodes, Is.Not.Empty);
        Assert.That(nodes.Select(n => n.Attribute("class")!.Value), Is.All.EqualTo("node coop"));
        Assert.That(nodes.Select(n => n.Element(s + "title")!.Value), Is.All.Contains("Southern Vermont"));
    }

    [Test]
    public async Task StaffSeeTheNetworkPageAndTheRepReadsTheTiesPageInSpanish()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var page = await browser.GetStringAsync("/Network");
        Assert.That(page, Does.Contain("<svg").And.Contain("Co-ops with no tie yet").And.Contain("Windham Fiber Arts Workers"));
        Assert.That((await browser.GetAsync("/Network/Organizations?kind=Supplier")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var spanish = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Ties");
        Assert.That(spanish, Does.Contain("Compras y ventas en la red").And.Contain("Agregar un vínculo").And.Contain("Hilltown Grain Mill"));
    }
}
