using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.Marketing;

/// <summary>The sitemap and the Murmurations data commons: public co-ops only, stable URLs, conditional GET.</summary>
public sealed class DataCommonsWebTests : WebTest
{
    [Test]
    public async Task TheSitemapListsTheShopWindowEveryCoopInGoodStandingAndPublishedStoriesOnly()
    {
        var client = App.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        var active = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Status == MembershipStatus.Active).Select(c => c.Id).ToListAsync());
        var applicant = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Status == MembershipStatus.Applicant).Select(c => c.Id).FirstAsync());
        Assert.That(locs, Does.Contain("/directory"));
        Assert.That(locs.Count(l => l.StartsWith("/directory/", StringComparison.Ordinal)), Is.EqualTo(active.Count));
        Assert.That(locs, Has.None.StartsWith($"/directory/{applicant}/"));
        Assert.That(locs.Count(l => l.StartsWith("/stories/", StringComparison.Ordinal)), Is.EqualTo(2), "the two published demo stories, not the waiting one");

        var again = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.That((await client.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task EachCoopInGoodStandingHasAMurmurationsProfileListedInTheIndexAndALapsedOneDropsOut()
    {
        var client = App.CreateClient();
        var coopId = await CoopIdAsync("Kestrel Software Cooperative");
        var index = JsonDocument.Parse(await client.GetStringAsync("/murmurations/index.json")).RootElement;
        var urls = index.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("profile_url").GetString()!).ToList();
        Assert.That(index.GetProperty("schema").GetString(), Is.EqualTo("organizations_schema-v1.0.0"));
        Assert.That(urls, Has.Some.EndsWith($"/murmurations/coops/{coopId}.json"));

        var profile = JsonDocument.Parse(await client.GetStringAsync($"/murmurations/coops/{coopId}.json")).RootElement;
        Assert.That(profile.GetProperty("linked_schemas")[0].GetString(), Is.EqualTo("organizations_schema-v1.0.0"));
        Assert.That(profile.GetProperty("name").GetString(), Is.EqualTo("Kestrel"));
        Assert.That(profile.GetProperty("primary_url").GetString(), Does.StartWith("https://"));
        Assert.That(profile.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Does.Contain("worker cooperative").And.Contain("technology"));
        Assert.That(profile.GetProperty("country_iso_3166").GetString(), Is.EqualTo("US"));
        Assert.That(profile.ToString(), Does.Not.Contain("@kestrel").And.Not.Contain("413-"), "no email or phone of the co-op itself");

        await SetStatusAsync(coopId, lapse: true);
        try
        {
            Assert.That((await client.GetAsync($"/murmurations/coops/{coopId}.json")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            var after = await client.GetStringAsync("/murmurations/index.json");
            Assert.That(after, Does.Not.Contain($"/murmurations/coops/{coopId}.json"));
        }
        finally
        {
            await SetStatusAsync(coopId, lapse: false);
        }
    }

    private Task SetStatusAsync(int coopId, bool lapse) => App.WithDbAsync(async db =>
    {
        var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
        if (lapse) coop.Lapse("Test", Actor.System, App.Services.GetRequiredService<TimeProvider>().GetUtcNow()); else coop.Reinstate("Test over", Actor.System, App.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await db.SaveChangesAsync();
        return 0;
    });
}
