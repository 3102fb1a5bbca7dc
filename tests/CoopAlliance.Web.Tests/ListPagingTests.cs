using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// A list's "Next page" link leads to the next page. ("page" is the Razor Pages route value naming the page
/// itself, so a list bound to ?page= never left page 1; lists use ?pageNumber=.)
/// </summary>
public sealed partial class ListPagingTests : WebTest
{
    [Test]
    public async Task TheCoopListsNextPageLinkShowsTheSecondPage()
    {
        var staff = await StaffAsync();
        for (var i = 1; i <= 30; i++)
        {
            var created = await staff.PostAsJsonAsync("/api/v1/coops", new
            {
                legalName = $"Paging Probe Cooperative {i:00}",
                kind = "StartupInDevelopment",
                town = "Greenfield",
                state = "MA",
                postalCode = "01301",
                region = "WesternMassachusetts",
            }, AppFactory.Json);
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var first = await (await staff.GetAsync("/Coops?q=Paging+Probe")).Content.ReadAsStringAsync();
        var next = WebUtility.HtmlDecode(NextLink().Match(first).Groups["href"].Value);
        Assert.That(next, Does.Contain("pageNumber=2"));

        var second = await (await staff.GetAsync(next)).Content.ReadAsStringAsync();
        Assert.That(second, Does.Contain("Paging Probe Cooperative 30").And.Not.Contain("Paging Probe Cooperative 01<"));
        Assert.That(first, Does.Contain("Paging Probe Cooperative 01<").And.Not.Contain("Paging Probe Cooperative 30"));
    }

    [GeneratedRegex("href=\"(?<href>[^\"]*)\" aria-label=\"Next page\"")]
    private static partial Regex NextLink();
}
