using CoopAlliance.Application.PublicDirectory;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Tests.PublicDirectory;

public sealed class ExportDirectoryTests : TestBase
{
    private static string[] Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public async Task AnyoneDownloadsTheActiveMembersWithOnlyTheFieldsTheDirectoryShows()
    {
        await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        await AddActiveCoopAsync("Brattleboro Printing Cooperative", status: MembershipStatus.Suspended);
        await AddApplicantAsync();
        RunAnonymously();

        var csv = await SendAsync(new ExportDirectory(null, null));

        Assert.That(Lines(csv), Is.EqualTo(new[]
        {
            "Name,Sector,Town,State,Region,Website,Description",
            "Pioneer Valley Bread Cooperative,Bakery,Northampton,MA,Western Massachusetts,https://example.coop,Bread baked by its worker-owners.",
        }));
        Assert.That(csv, Does.Not.Contain("info@example.coop").And.Not.Contain("413-555").And.Not.Contain("12 Main St").And.Not.Contain("Maria Alvarez"));
    }

    [Test]
    public async Task TheDownloadHasTheSameCoopsInTheSameOrderAsThePagesWithTheSameFilters()
    {
        await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        await AddActiveCoopAsync("Brattleboro Bread Cooperative", region: Region.SouthernVermont);
        await AddActiveCoopAsync("Amherst Bread Cooperative");
        await AddActiveCoopAsync("Sunrise Solar Cooperative");
        RunAnonymously();

        var csv = await SendAsync(new ExportDirectory("bread", Region.WesternMassachusetts));
        var page = await SendAsync(new ListDirectory("bread", Region.WesternMassachusetts));

        Assert.That(Lines(csv).Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(page.Items.Select(e => e.Name)));
        Assert.That(page.Items.Select(e => e.Name), Is.EqualTo(new[] { "Amherst Bread Cooperative", "Pioneer Valley Bread Cooperative" }));
    }
}
