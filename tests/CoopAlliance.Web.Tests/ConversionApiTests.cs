using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

public sealed class ConversionApiTests : WebTest
{
    private static object Business(string name) => new
    {
        businessName = name,
        sector = "Printing",
        region = "WesternMassachusetts",
        town = "Easthampton",
        state = "MA",
        ownerName = "Dot Fairbanks",
        ownerEmail = "dot@example.com",
        reason = "Closing",
        targetSaleOn = "2027-03-31",
        workers = new object[]
        {
            new { name = "Lin Cho", role = "Press", email = "lin@example.coop", interestedInOwnership = true },
            new { name = "Max Ruiz", role = "Bindery", interestedInOwnership = false },
        },
    };

    [Test]
    public async Task StaffTakeABusinessFromLeadToConvertedAndConvertingTwiceGivesTheSameDevelopingCoop()
    {
        var staff = await StaffAsync();
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/conversions", Business("Easthampton Letterpress"), AppFactory.Json), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.That(created.GetProperty("stage").GetString(), Is.EqualTo("Lead"));
        Assert.That(created.GetProperty("workers").GetArrayLength(), Is.EqualTo(2));

        var early = await staff.PostAsync($"/api/v1/conversions/{id}/convert", null);
        await ProblemAsync(early, HttpStatusCode.UnprocessableEntity);
        var skip = await staff.PostAsJsonAsync($"/api/v1/conversions/{id}/stage", new { stage = "Valuation" }, AppFactory.Json);
        await ProblemAsync(skip, HttpStatusCode.UnprocessableEntity);

        foreach (var stage in new[] { "FirstConversation", "Feasibility", "Valuation", "BuyInPlan" })
        {
            await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/conversions/{id}/stage", new { stage }, AppFactory.Json));
        }

        var noted = await JsonAsync(await staff.PostAsJsonAsync($"/api/v1/conversions/{id}/notes", new { text = "Loan fund pre-approval received" }, AppFactory.Json));
        Assert.That(noted.GetProperty("notes")[0].GetProperty("stage").GetString(), Is.EqualTo("BuyInPlan"));

        var first = await JsonAsync(await staff.PostAsync($"/api/v1/conversions/{id}/convert", null));
        var second = await JsonAsync(await staff.PostAsync($"/api/v1/conversions/{id}/convert", null));
        var coopId = first.GetProperty("developingCoopId").GetInt32();
        Assert.That(second.GetProperty("developingCoopId").GetInt32(), Is.EqualTo(coopId));
        Assert.That(first.GetProperty("conversion").GetProperty("stage").GetString(), Is.EqualTo("Converted"));

        var coop = await JsonAsync(await staff.GetAsync($"/api/v1/mentoring/developing-coops/{coopId}"));
        Assert.That(coop.GetProperty("name").GetString(), Is.EqualTo("Easthampton Letterpress"));
        Assert.That(coop.GetProperty("kind").GetString(), Is.EqualTo("Conversion"));
        var pipeline = await JsonAsync(await staff.GetAsync("/api/v1/mentoring/developing-coops?q=Easthampton%20Letterpress"));
        Assert.That(pipeline.GetProperty("total").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task BadInputIsA400ProblemWithFieldErrors()
    {
        var staff = await StaffAsync();
        var response = await staff.PostAsJsonAsync("/api/v1/conversions", new { businessName = "", ownerName = "", ownerEmail = "not-an-email", reason = "Closing" }, AppFactory.Json);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "businessName"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "ownerName"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "ownerEmail"), Is.Not.Empty);

        var badStage = await staff.GetAsync("/api/v1/conversions?stage=Sold");
        Assert.That(FieldErrors(await ProblemAsync(badStage, HttpStatusCode.BadRequest), "stage"), Is.Not.Empty);

        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/conversions", Business("Florence Frame Shop"), AppFactory.Json), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var noReason = await staff.PostAsJsonAsync($"/api/v1/conversions/{id}/stage", new { stage = "NotConverted" }, AppFactory.Json);
        Assert.That(FieldErrors(await ProblemAsync(noReason, HttpStatusCode.BadRequest), "note"), Is.Not.Empty);

        var stale = await staff.PutAsJsonAsync($"/api/v1/conversions/{id}", new
        {
            version = created.GetProperty("version").GetInt32() + 5,
            businessName = "Florence Frames",
            region = "WesternMassachusetts",
            ownerName = "Dot Fairbanks",
            reason = "Closing",
        }, AppFactory.Json);
        await ProblemAsync(stale, HttpStatusCode.Conflict);
        await ProblemAsync(await staff.GetAsync("/api/v1/conversions/999999"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task TheDemoPipelineIsListedSearchedAndExported()
    {
        var staff = await StaffAsync();
        var valuation = await JsonAsync(await staff.GetAsync("/api/v1/conversions?stage=Valuation"));
        Assert.That(valuation.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("businessName").GetString()), Does.Contain("Main Street Bakery"));
        var search = await JsonAsync(await staff.GetAsync("/api/v1/conversions?q=northampton"));
        Assert.That(search.GetProperty("items")[0].GetProperty("businessName").GetString(), Is.EqualTo("Valley Print Shop"));

        var converted = await JsonAsync(await staff.GetAsync("/api/v1/conversions?stage=Converted"));
        var bikes = converted.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("businessName").GetString() == "Amherst Bike Repair");
        Assert.That(bikes.GetProperty("developingCoopId").ValueKind, Is.EqualTo(JsonValueKind.Number));

        var csv = await staff.GetAsync("/api/v1/conversions/export.csv?stage=NotConverted");
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("Hilltop Hardware").And.Not.Contain("Main Street Bakery"));
    }

    [Test]
    public async Task RepsAndMentorsCannotSeeOrChangeConversions()
    {
        var staff = await StaffAsync();
        var id = (await JsonAsync(await staff.GetAsync("/api/v1/conversions?q=Main%20Street"))).GetProperty("items")[0].GetProperty("id").GetInt32();
        foreach (var client in new[] { await RepAsync(), await MentorAsync() })
        {
            Assert.That((await client.GetAsync("/api/v1/conversions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.GetAsync($"/api/v1/conversions/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.PostAsync($"/api/v1/conversions/{id}/convert", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((await client.PostAsJsonAsync("/api/v1/conversions", Business("Sneaky Shop"), AppFactory.Json)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            var page = await client.GetAsync($"/Conversions/Details/{id}");
            Assert.That(page.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        }

        var anonymous = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.That((await anonymous.GetAsync("/api/v1/conversions")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task StaffPagesShowTheBoardTheDetailAndTheEmptySearch()
    {
        var staff = await StaffAsync();
        var board = await staff.GetStringAsync("/Conversions");
        Assert.That(board, Does.Contain("Main Street Bakery").And.Contain("Valley Print Shop"));
        var empty = await staff.GetStringAsync("/Conversions?q=zzzz-nothing");
        Assert.That(empty, Does.Contain("No conversions match this search"));
        var id = (await JsonAsync(await staff.GetAsync("/api/v1/conversions?q=Main%20Street"))).GetProperty("items")[0].GetProperty("id").GetInt32();
        var detail = await staff.GetStringAsync($"/Conversions/Details/{id}");
        Assert.That(detail, Does.Contain("Ana Silva").And.Contain("Move on to buy-in plan and financing").And.Contain("Valuation firm engaged"));
        var mentoring = await staff.GetStringAsync("/Mentoring");
        Assert.That(mentoring, Does.Contain("href=\"/Conversions\""));
    }
}
