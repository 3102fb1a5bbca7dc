using System.Net;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The public directory's CSV download: anyone may take it, it follows the filters, and it holds only public fields.</summary>
public sealed class PublicDirectoryTests : WebTest
{
    private const string Header = "Name,Sector,Town,State,Region,Website,Description";

    [Test]
    public async Task AnonymousVisitorsDownloadTheListedCoopsWithOnlyTheirPublicFields()
    {
        var bread = await App.WithDbAsync(db => db.Cooperatives.AsNoTracking().SingleAsync(c => c.LegalName == "Pioneer Valley Bread Cooperative"));
        var notListed = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Status != MembershipStatus.Active).Select(c => c.LegalName).ToListAsync());
        var contacts = await App.WithDbAsync(db => db.People.Where(p => p.CooperativeId == bread.Id).Select(p => p.FullName).ToListAsync());
        var visitor = App.CreateCookieClient();

        var page = await (await visitor.GetAsync("/Public/Directory")).Content.ReadAsStringAsync();
        var response = await visitor.GetAsync("/Public/Directory?handler=Export");

        Assert.That(page, Does.Contain("href=\"/Public/Directory?handler=Export\""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Does.Contain(".csv"));
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(Header));
        Assert.That(lines, Has.Some.StartsWith("Pioneer Valley Bread,Bakery,Northampton,MA,"));
        Assert.That(notListed, Is.Not.Empty);
        Assert.That(notListed.Where(name => csv.Contains(name)), Is.Empty, "only active members are listed");
        Assert.That(contacts, Is.Not.Empty);
        var secrets = new[] { bread.Email, bread.Phone, bread.StreetAddress, bread.PostalCode, bread.LegalName, bread.RevenueBand.Describe() }
            .Concat(contacts).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        Assert.That(secrets, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(secrets.Where(s => csv.Contains(s!)), Is.Empty, "no private field and no contact");
        Assert.That(csv, Does.Not.Contain("@"), "no email address of any co-op or person");
    }

    [Test]
    public async Task TheDownloadFollowsTheSearchAndFiltersOfThePage()
    {
        var visitor = App.CreateCookieClient();

        var vermont = await (await visitor.GetAsync("/Public/Directory?handler=Export&region=SouthernVermont")).Content.ReadAsStringAsync();
        var bakery = await (await visitor.GetAsync("/Public/Directory?handler=Export&q=bread")).Content.ReadAsStringAsync();
        var page = await (await visitor.GetAsync("/Public/Directory?q=bread")).Content.ReadAsStringAsync();

        Assert.That(vermont, Does.Contain("GMEC").And.Not.Contain("Pioneer Valley Bread"));
        Assert.That(vermont.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[3]), Has.All.EqualTo("VT"));
        Assert.That(bakery.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Some.StartsWith("Pioneer Valley Bread,"));
        Assert.That(bakery, Does.Not.Contain("GMEC").And.Not.Contain("Sunrise Solar"));
        Assert.That(page, Does.Contain("href=\"/Public/Directory?q=bread&amp;handler=Export\""), "the link keeps the search");
    }
}
