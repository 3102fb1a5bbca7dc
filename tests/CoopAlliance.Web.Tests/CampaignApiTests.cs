using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>Joint campaigns over the API, on the demo data (next October's Co-op Month is open; last season's holiday campaign is charged).</summary>
public sealed class CampaignApiTests : WebTest
{
    private Task<int> OpenCampaignAsync() =>
        App.WithDbAsync(db => db.Campaigns.Where(c => c.Status == CampaignStatus.Open && c.Name.StartsWith("Co-op Month")).Select(c => c.Id).SingleAsync());

    private Task<int> OwnCoopAsync() =>
        App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync());

    private Task<int> ParticipantCountAsync(int campaign) => App.WithDbAsync(db => db.CampaignParticipants.CountAsync(p => p.CampaignId == campaign));

    [Test]
    public async Task AnonymousCallersGet401AndNothingChanges()
    {
        var campaign = await OpenCampaignAsync();
        var before = await ParticipantCountAsync(campaign);
        using var anonymous = App.CreateClient();

        Assert.That((await anonymous.GetAsync("/api/v1/campaigns")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync($"/api/v1/campaigns/{campaign}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/participants", new { cooperativeId = await OwnCoopAsync() })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await ParticipantCountAsync(campaign), Is.EqualTo(before));
    }

    [Test]
    public async Task ARepJoinsForTheirOwnCoopButAnotherCoopIsNotThereAndStaffOnlyActionsAreForbidden()
    {
        var campaign = await OpenCampaignAsync();
        var own = await OwnCoopAsync();
        var other = await App.WithDbAsync(db => db.CampaignParticipants.Where(p => p.CampaignId == campaign).Select(p => p.CooperativeId).FirstAsync());
        var notJoined = await App.WithDbAsync(db => db.Cooperatives
            .Where(c => c.Id != own && c.Status == Domain.Cooperatives.MembershipStatus.Active && !db.CampaignParticipants.Any(p => p.CampaignId == campaign && p.CooperativeId == c.Id))
            .Select(c => c.Id).FirstAsync());
        var before = await ParticipantCountAsync(campaign);
        var rep = await RepAsync();

        Assert.That((await rep.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/participants", new { cooperativeId = notJoined })).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.DeleteAsync($"/api/v1/campaigns/{campaign}/participants/{other}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.PostAsync($"/api/v1/campaigns/{campaign}/cancel", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.GetAsync($"/api/v1/campaigns/{campaign}/participants.csv")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await ParticipantCountAsync(campaign), Is.EqualTo(before), "nothing changed");

        var joined = await rep.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/participants", new { cooperativeId = own });
        Assert.That(joined.StatusCode, Is.EqualTo(HttpStatusCode.Created), await joined.Content.ReadAsStringAsync());
        Assert.That((await JsonAsync(joined, HttpStatusCode.Created)).GetProperty("estimatedShare").GetDecimal(), Is.GreaterThan(0m));
        var twice = await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/campaigns/{campaign}/participants", new { cooperativeId = own }),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(twice.ToString(), Does.Contain("already joined"));

        var seen = await JsonAsync(await rep.GetAsync($"/api/v1/campaigns/{campaign}"));
        Assert.That(seen.GetProperty("participantCount").GetInt32(), Is.EqualTo(before + 1));
        Assert.That(seen.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("cooperativeId").GetInt32()), Is.EqualTo(new[] { own }),
            "a rep sees only their own co-op's row");

        Assert.That((await rep.DeleteAsync($"/api/v1/campaigns/{campaign}/participants/{own}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await ParticipantCountAsync(campaign), Is.EqualTo(before));
    }

    [Test]
    public async Task StaffCreateACampaignAndBadInputIsA400WithFieldErrorsAndNothingWritten()
    {
        var staff = await StaffAsync();
        var count = await App.WithDbAsync(db => db.Campaigns.CountAsync());

        var bad = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            name = "",
            startsOn = "2031-10-01",
            endsOn = "2031-10-31",
            joinBy = "2031-11-15",
            budget = -5,
            sharing = "Equally",
        }), HttpStatusCode.BadRequest);
        Assert.That(bad.GetProperty("errors").ToString(), Does.Contain("\"name\"").And.Contain("\"joinBy\"").And.Contain("\"budget\""));
        Assert.That(await App.WithDbAsync(db => db.Campaigns.CountAsync()), Is.EqualTo(count));

        var created = await staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            name = "Holiday Market 2031",
            startsOn = "2031-12-01",
            endsOn = "2031-12-20",
            joinBy = "2031-11-15",
            budget = 1500,
            sharing = "ByWorkerCount",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await JsonAsync(created, HttpStatusCode.Created);
        Assert.That((body.GetProperty("status").GetString(), body.GetProperty("budget").GetDecimal()), Is.EqualTo(("Open", 1500m)));
        var list = await JsonAsync(await staff.GetAsync("/api/v1/campaigns?status=Open"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Does.Contain("Holiday Market 2031"));
        Assert.That((await staff.GetAsync("/api/v1/campaigns?status=Nonsense")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task TheDemoHolidayCampaignWasChargedAndItsShareIsOnTheRepsAccount()
    {
        var own = await OwnCoopAsync();
        var rep = await RepAsync();

        var invoices = await JsonAsync(await rep.GetAsync($"/api/v1/coops/{own}/invoices"));

        var shares = invoices.EnumerateArray().Where(i => i.GetProperty("kind").GetString() == nameof(InvoiceKind.CampaignShare)).ToList();
        Assert.That(shares, Has.Count.EqualTo(1));
        Assert.That(shares[0].GetProperty("total").GetDecimal(), Is.EqualTo(400m), "$1,200 split equally among three co-ops");
    }
}
