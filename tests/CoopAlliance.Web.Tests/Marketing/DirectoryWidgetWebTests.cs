using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Tests.Marketing;

/// <summary>
/// The directory on other sites: the embeddable widget (framable by https sites only, filtered, links to our co-op
/// pages), the embed snippet on /directory, and the public feeds (CSV and JSON: visible listings only, CORS, 304).
/// </summary>
public sealed class DirectoryWidgetWebTests : WebTest
{
    private const string Origin = "https://member-site.example.org";

    private static string Csp(HttpResponseMessage response) => string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

    private async Task<string> PageAsync(string path)
    {
        var response = await App.CreateClient().GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text;
    }

    private static List<Dictionary<string, string>> ParseCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.That(reader.HeaderRecord, Is.EqualTo(new[] { "Co-op", "Listing", "Summary", "Categories", "Town", "Regions", "Website", "Page" }));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!));
        }

        return rows;
    }

    private static HttpRequestMessage FromOtherSite(string path, EntityTagHeaderValue? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", Origin);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        return request;
    }

    private Task SetStatusAsync(int coopId, bool lapse) => App.WithDbAsync(async db =>
    {
        var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (lapse) coop.Lapse("Test", Actor.System, now); else coop.Reinstate("Test over", Actor.System, now);
        await db.SaveChangesAsync();
        return 0;
    });

    [Test]
    public async Task TheWidgetMayBeFramedByAnyHttpsSiteWhileTheDirectoryAndOtherPagesMayNot()
    {
        var client = App.CreateClient();
        var widget = await client.GetAsync("/widget/directory");
        var html = await widget.Content.ReadAsStringAsync();

        Assert.That(widget.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(Csp(widget), Does.Contain("frame-ancestors https:").And.Not.Contain("frame-ancestors 'none'"));
        Assert.That(Csp(widget), Does.Contain("default-src 'self'").And.Not.Contain("unsafe-inline"), "framable, but no looser otherwise");
        Assert.That(widget.Headers.Contains("X-Frame-Options"), Is.False, "no X-Frame-Options to contradict the CSP");
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("navbar").And.Not.Contain("<footer"), "no site chrome and no script");
        Assert.That(html, Does.Contain("target=\"_blank\" rel=\"noopener\""));
        Assert.That(html, Does.Match("href=\"/directory/\\d+/[a-z0-9-]+#listing-\\d+\" target=\"_blank\" rel=\"noopener\""), "each listing opens its co-op page in a new tab");

        foreach (var path in new[] { "/directory", "/", "/stories", "/Account/Login" })
        {
            var other = await client.GetAsync(path);
            Assert.That(Csp(other), Does.Contain("frame-ancestors 'none'").And.Not.Contain("frame-ancestors https:"), path);
        }
    }

    [Test]
    public async Task TheWidgetShowsTheListingsOfTheChosenCategoryAndRegion()
    {
        var care = await PageAsync("/widget/directory?category=care");
        var careInVermont = await PageAsync("/widget/directory?category=care&region=SouthernVermont");
        var vermont = await PageAsync("/widget/directory?region=SouthernVermont");
        var unknown = await PageAsync("/widget/directory?category=no-such-category");

        Assert.That(care, Does.Contain("Home care for elders").And.Contain("Infant and toddler care").And.Not.Contain("Custom software and web applications"));
        Assert.That(care, Does.Contain("<h1 class=\"h6 mb-2\">Care</h1>"));
        Assert.That(careInVermont, Does.Contain("Infant and toddler care").And.Not.Contain("Home care for elders"));
        Assert.That(careInVermont, Does.Contain("Care in Southern Vermont"));
        Assert.That(vermont, Does.Contain("Infant and toddler care").And.Contain("Printing and design").And.Not.Contain("Home care for elders").And.Not.Contain("Websites for small businesses"));
        Assert.That(unknown, Does.Contain("No member co-op offers that here yet").And.Not.Contain("#listing-"));
    }

    [Test]
    public async Task TheDirectoryShowsTheEmbedSnippetForItsCategoryAndRegion()
    {
        var baseUrl = App.Services.GetRequiredService<IOptions<AppOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        var page = WebUtility.HtmlDecode(await PageAsync("/directory?category=care&region=SouthernVermont"));

        Assert.That(page, Does.Contain("Embed the directory on your site"));
        Assert.That(page, Does.Contain($"<iframe src=\"{baseUrl}/widget/directory?category=care&amp;region=SouthernVermont\" title=\"Worker co-ops in our directory\""));
        Assert.That(page, Does.Contain("href=\"/api/v1/public/listings.csv?category=care&region=SouthernVermont\""));
    }

    [Test]
    public async Task TheCsvFeedHoldsEveryVisibleListingMatchingTheFiltersAndALapsedCoopsListingsDropOut()
    {
        var client = App.CreateClient();
        var baseUrl = App.Services.GetRequiredService<IOptions<AppOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        var response = await client.SendAsync(FromOtherSite("/api/v1/public/listings.csv"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));

        var all = ParseCsv(text);
        var search = await JsonAsync(await client.GetAsync("/api/v1/public/listings?pageSize=100"));
        var visible = search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.That(search.GetProperty("total").GetInt32(), Is.EqualTo(visible.Count).And.GreaterThan(5));
        var notVisible = await App.WithDbAsync(db => db.Listings.Where(l => l.Status != Domain.Marketing.ListingStatus.Published).Select(l => l.Title).ToListAsync());
        Assert.That(all.Select(r => r["Listing"]), Is.EquivalentTo(visible));
        Assert.That(notVisible, Does.Contain("Wholesale bread for restaurants and cafés"), "the demo's returned listing");
        Assert.That(all.Select(r => r["Listing"]), Has.None.AnyOf(notVisible.ToArray()));

        var kestrel = all.Single(r => r["Listing"] == "Custom software and web applications");
        var kestrelId = await CoopIdAsync("Kestrel Software Cooperative");
        Assert.That(kestrel["Co-op"], Is.EqualTo("Kestrel"));
        Assert.That(kestrel["Categories"], Is.EqualTo("Technology"));
        Assert.That(kestrel["Regions"], Does.Contain("Southern Vermont").And.Contain("Western Massachusetts"));
        Assert.That(kestrel["Page"], Does.Match($"^{System.Text.RegularExpressions.Regex.Escape(baseUrl)}/directory/{kestrelId}/[a-z0-9-]+#listing-\\d+$"));
        Assert.That(text, Does.Not.Contain("@"), "no contact email in the feed");

        var technology = ParseCsv(await client.GetStringAsync("/api/v1/public/listings.csv?category=technology&region=SouthernVermont"));
        Assert.That(technology.Select(r => r["Listing"]), Is.EqualTo(new[] { "Custom software and web applications" }), "technology in Southern Vermont: Kestrel only");
        var words = ParseCsv(await client.GetStringAsync("/api/v1/public/listings.csv?q=sourdough"));
        Assert.That(words.Select(r => r["Listing"]), Is.EqualTo(new[] { "Sourdough and whole-grain bread" }));

        await SetStatusAsync(kestrelId, lapse: true);
        try
        {
            var again = await client.SendAsync(FromOtherSite("/api/v1/public/listings.csv", response.Headers.ETag));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the lapse changes the feed's version");
            var after = ParseCsv(await again.Content.ReadAsStringAsync());
            Assert.That(after.Select(r => r["Co-op"]), Does.Not.Contain("Kestrel"));
            Assert.That(after, Has.Count.EqualTo(all.Count - 1));
        }
        finally
        {
            await SetStatusAsync(kestrelId, lapse: false);
        }
    }

    [Test]
    public async Task TheFeedsAnswerOtherSitesWithCorsAnd304WhileTheDirectoryIsUnchanged()
    {
        var client = App.CreateClient();
        foreach (var path in new[] { "/api/v1/public/listings?category=technology", "/api/v1/public/listings.csv?category=technology" })
        {
            var first = await client.SendAsync(FromOtherSite(path));
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That(first.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }), path);
            Assert.That(first.Headers.ETag, Is.Not.Null, path);
            Assert.That(first.Content.Headers.LastModified, Is.Not.Null, path);

            var second = await client.SendAsync(FromOtherSite(path, first.Headers.ETag));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), path);
            Assert.That(second.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }), path);

            var otherFilter = await client.SendAsync(FromOtherSite(path.Replace("technology", "care", StringComparison.Ordinal), first.Headers.ETag));
            Assert.That(otherFilter.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another query is another version");
        }

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/public/listings.csv");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        var answer = await client.SendAsync(preflight);
        Assert.That(answer.Headers.GetValues("Access-Control-Allow-Origin"), Is.EqualTo(new[] { "*" }));
    }

    [Test]
    public async Task TheDirectoryAndTheWidgetAnswer304ToAnonymousVisitorsUntilAListingChanges()
    {
        var client = App.CreateClient();
        foreach (var path in new[] { "/directory?category=care", "/widget/directory?category=care" })
        {
            var first = await client.GetAsync(path);
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.That((await client.SendAsync(again)).StatusCode, Is.EqualTo(HttpStatusCode.NotModified), path);
        }

        // A change that hides listings (here: their co-op lapses) is a new version of every directory page.
        var widget = await client.GetAsync("/widget/directory?category=care");
        var caringHands = await CoopIdAsync("Caring Hands Home Care Cooperative");
        await SetStatusAsync(caringHands, lapse: true);
        try
        {
            var after = new HttpRequestMessage(HttpMethod.Get, "/widget/directory?category=care");
            after.Headers.IfNoneMatch.Add(widget.Headers.ETag!);
            var response = await client.SendAsync(after);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("Home care for elders").And.Contain("Infant and toddler care"));
        }
        finally
        {
            await SetStatusAsync(caringHands, lapse: false);
        }

        // Signed in, the page shows who you are, so it is never answered from a shared cache.
        var signedIn = await (await StaffAsync()).GetAsync("/directory?category=care");
        Assert.That(signedIn.Headers.ETag, Is.Null);
    }
}
