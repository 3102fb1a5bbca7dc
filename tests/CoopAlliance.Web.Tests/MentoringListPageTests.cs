using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

/// <summary>The staff lists of mentoring: the pipeline board pages a long stage and exports CSV; matches are searchable and export CSV.</summary>
public sealed class MentoringListPageTests : WebTest
{
    private static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Test]
    public async Task ALongStageShowsItsFirstCoopsOnTheBoardAndAllOfThemPageByPageAndInTheCsv()
    {
        var staff = await StaffAsync();
        for (var i = 1; i <= 27; i++)
        {
            var created = await staff.PostAsJsonAsync("/api/v1/mentoring/developing-coops",
                new { name = $"Quabbin Growers {i:00}", contactName = "Jo Brennan", region = "WesternMassachusetts", sector = "Farming" }, AppFactory.Json);
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var board = await (await staff.GetAsync("/Mentoring?q=Quabbin")).Content.ReadAsStringAsync();
        Assert.That(board, Does.Contain("Quabbin Growers 20<").And.Not.Contain("Quabbin Growers 21<"), "the board shows the first 20 of the stage");
        Assert.That(board, Does.Contain("Show all 27 at idea"));

        var first = await (await staff.GetAsync("/Mentoring?q=Quabbin&stage=Idea")).Content.ReadAsStringAsync();
        var second = await (await staff.GetAsync("/Mentoring?q=Quabbin&stage=Idea&pageNumber=2")).Content.ReadAsStringAsync();
        Assert.That(first, Does.Contain("Quabbin Growers 25<").And.Not.Contain("Quabbin Growers 26<"));
        Assert.That(first, Does.Contain("href=\"/Mentoring?q=Quabbin&amp;stage=Idea&amp;pageNumber=2\" aria-label=\"Next page\""));
        Assert.That(second, Does.Contain("Quabbin Growers 26<").And.Contain("Quabbin Growers 27<").And.Not.Contain("Quabbin Growers 25<"));

        var csv = await CsvLinesAsync(await staff.GetAsync("/Mentoring?handler=Export&q=Quabbin"));
        Assert.That(csv[0], Is.EqualTo("Id,Name,Kind,Stage,Stage since,Sector,Region,Town,Mentor,Match status,Last session"));
        Assert.That(csv, Has.Length.EqualTo(28));
        Assert.That(csv.Skip(1).All(l => l.Contains(",Quabbin Growers ") && l.Contains(",Idea,")), Is.True);
    }

    [Test]
    public async Task TheBoardCsvNamesEachCoopsStageAndMentor()
    {
        var staff = await StaffAsync();

        var csv = await CsvLinesAsync(await staff.GetAsync("/Mentoring?handler=Export"));

        var bakery = csv.Single(l => l.Contains("Florence Community Bakery Project"));
        Assert.That(bakery, Does.Contain(",Business planning,").And.Contain(",Bakery,").And.Contain(",Morgan Mentor (demo),Active,"));
        Assert.That(csv.Any(l => l.Contains("Turners Falls Software Guild")), Is.True);
        var onlyVermont = await CsvLinesAsync(await staff.GetAsync("/Mentoring?handler=Export&region=SouthernVermont"));
        Assert.That(onlyVermont.Skip(1).Select(l => l.Split(',')[1]), Is.EquivalentTo(new[] { "Putney Farm Kitchen", "Brattleboro Home Care Collective" }));
    }

    [Test]
    public async Task MatchesAreFoundByCoopOrMentorNameOnThePageInTheCsvAndInTheApi()
    {
        var staff = await StaffAsync();

        var byCoop = await (await staff.GetAsync("/Mentoring/Matches?q=florence")).Content.ReadAsStringAsync();
        Assert.That(byCoop, Does.Contain("Florence Community Bakery Project").And.Not.Contain("Holyoke Cleaners in Formation"));
        var byMentor = await CsvLinesAsync(await staff.GetAsync("/Mentoring/Matches?handler=Export&q=morgan"));
        Assert.That(byMentor[0], Does.StartWith("Id,Developing co-op,Mentor,Status,Score"));
        Assert.That(byMentor.Skip(1).Select(l => l.Split(',')[1]),
            Is.EquivalentTo(new[] { "Florence Community Bakery Project", "Amherst Bike Repair Conversion" }));
        var offered = await CsvLinesAsync(await staff.GetAsync("/Mentoring/Matches?handler=Export&q=morgan&status=Offered"));
        Assert.That(offered.Skip(1).Single(), Does.Contain("Amherst Bike Repair Conversion,Morgan Mentor (demo),Offered,72,"));

        var api = await JsonAsync(await staff.GetAsync("/api/v1/mentoring/matches?q=Dana"));
        Assert.That(api.EnumerateArray().Select(m => m.GetProperty("developingCoopName").GetString()), Is.EqualTo(new[] { "Holyoke Cleaners in Formation" }));
        var nothing = await (await staff.GetAsync("/Mentoring/Matches?q=no-such-name")).Content.ReadAsStringAsync();
        Assert.That(nothing, Does.Contain("No matches for this search."));
    }

    [Test]
    public async Task AMentorSearchingMatchesInTheApiFindsOnlyTheirOwn()
    {
        var mentor = await MentorAsync();

        var found = await JsonAsync(await mentor.GetAsync("/api/v1/mentoring/matches?q=Holyoke"));

        Assert.That(found.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(found.GetArrayLength(), Is.Zero);
    }
    [Test]
    public async Task AStagesListSortsByItsColumnHeadersAndTheApiSortsTheSameWay()
    {
        var staff = await StaffAsync();
        foreach (var (name, town) in new[] { ("Orange Bicycle Makers", "Orange"), ("Athol Bicycle Makers", "Athol"), ("Monson Bicycle Makers", "Monson") })
        {
            await JsonAsync(await staff.PostAsJsonAsync("/api/v1/mentoring/developing-coops",
                new { name, town, contactName = "Jo Brennan", region = name.StartsWith("Monson") ? "Elsewhere" : "WesternMassachusetts" }, AppFactory.Json),
                HttpStatusCode.Created);
        }

        var byName = await (await staff.GetAsync("/Mentoring?q=Bicycle%20Makers&stage=Idea&sort=Name")).Content.ReadAsStringAsync();
        Assert.That(new[] { "Athol", "Monson", "Orange" }.Select(t => byName.IndexOf($">{t} Bicycle Makers<", StringComparison.Ordinal)),
            Is.Ordered.And.All.GreaterThan(0));
        Assert.That(byName, Does.Contain("aria-sort=\"ascending\"><a class=\"sort-link\" href=\"/Mentoring?q=Bicycle%20Makers&amp;stage=Idea&amp;sort=Name&amp;desc=true\">Developing co-op<span class=\"sort-arrow\""));
        var reversed = await (await staff.GetAsync("/Mentoring?q=Bicycle%20Makers&stage=Idea&sort=Name&desc=true")).Content.ReadAsStringAsync();
        Assert.That(new[] { "Orange", "Monson", "Athol" }.Select(t => reversed.IndexOf($">{t} Bicycle Makers<", StringComparison.Ordinal)), Is.Ordered);

        var api = await JsonAsync(await staff.GetAsync("/api/v1/mentoring/developing-coops?q=Bicycle%20Makers&sort=Region&desc=true"));
        Assert.That(api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "Monson Bicycle Makers", "Athol Bicycle Makers", "Orange Bicycle Makers" }), "elsewhere after Massachusetts, reversed; then by name");
        var csv = await CsvLinesAsync(await staff.GetAsync("/Mentoring?handler=Export&q=Bicycle%20Makers&sort=Name&desc=true"));
        Assert.That(csv.Skip(1).Select(l => l.Split(',')[1]), Is.EqualTo(new[] { "Orange Bicycle Makers", "Monson Bicycle Makers", "Athol Bicycle Makers" }));
        Assert.That(FieldErrors(await ProblemAsync(await staff.GetAsync("/api/v1/mentoring/developing-coops?sort=Size"), HttpStatusCode.BadRequest), "sort"),
            Has.Length.EqualTo(1));
    }
}
