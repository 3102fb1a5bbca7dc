using System.Net.Http.Json;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The pager's links reach the next page. (They once used "page", which Razor Pages keeps for the page's own
/// path: the links lost the number and ?page=2 never reached the list.)
/// </summary>
public sealed class PagingTests : WebTest
{
    private const string Prefix = "Zz Paging Test Cooperative";

    [OneTimeSetUp]
    public async Task AddManyActiveCoopsAsync()
    {
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                var profile = new CoopProfile($"{Prefix} {i:00}", null, CoopKind.WorkerCoop, "Paging", "1 Main St", "Zedville", "VT", "05301",
                    Region.SouthernVermont, new DateOnly(2010, 1, 1), 5, 0, RevenueBand.Under100K, null, null, null, null);
                db.Cooperatives.Add(Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2020, 1, 1), Actor.System, App.UtcNow));
            }

            return await db.SaveChangesAsync();
        });
    }

    private static async Task<string> FollowAsync(HttpClient client, string html, string label)
    {
        var link = System.Text.RegularExpressions.Regex.Match(html, $"<a class=\"page-link\" href=\"(?<href>[^\"]+)\"[^>]*>{label}</a>");
        Assert.That(link.Success, Is.True, $"no pager link {label}");
        return await (await client.GetAsync(System.Net.WebUtility.HtmlDecode(link.Groups["href"].Value))).Content.ReadAsStringAsync();
    }

    [Test]
    public async Task TheCoopsListPagerReachesTheSecondPage()
    {
        var total = await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.Sector == "Paging"));
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var first = await (await staff.GetAsync("/Coops?q=Zz+Paging")).Content.ReadAsStringAsync();
        var second = await FollowAsync(staff, first, "2");

        Assert.That(total, Is.EqualTo(30));
        Assert.That(first, Does.Contain($"{Prefix} 00").And.Not.Contain($"{Prefix} 29"));
        Assert.That(second, Does.Contain($"{Prefix} 29").And.Not.Contain($"{Prefix} 00"));
    }

    [Test]
    public async Task ThePublicDirectoryPagerReachesTheSecondPage()
    {
        var visitor = App.CreateCookieClient();

        var first = await (await visitor.GetAsync("/Public/Directory?sector=Paging")).Content.ReadAsStringAsync();
        var second = await FollowAsync(visitor, first, "Next");

        Assert.That(first, Does.Contain($"{Prefix} 00").And.Not.Contain($"{Prefix} 29"));
        Assert.That(second, Does.Contain($"{Prefix} 29").And.Not.Contain($"{Prefix} 00"));
    }

    [Test]
    public async Task ARepsAssistanceRequestsPagerReachesTheSecondPage()
    {
        var api = await RepAsync();
        for (var i = 0; i < 30; i++)
        {
            var created = await api.PostAsJsonAsync("/api/v1/ta-requests", new
            {
                category = "Other",
                title = $"Zz paging request {i:00}",
                description = "Paging probe.",
                urgency = "Low",
                preferredContact = "Email",
            });
            Assert.That(created.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created));
        }

        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var first = await (await rep.GetAsync("/MyCoop/Assistance?q=Zz+paging")).Content.ReadAsStringAsync();
        var second = await FollowAsync(rep, first, "2");

        // Newest first: page 1 holds the latest requests, page 2 the earliest.
        Assert.That(first, Does.Contain("Zz paging request 29").And.Not.Contain("Zz paging request 00"));
        Assert.That(second, Does.Contain("Zz paging request 00").And.Not.Contain("Zz paging request 29"));
    }
}
