using System.Net;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The campaign pages on the demo data: a rep joins the open campaign only after a confirmation naming the estimated share,
/// and sees the charged holiday share with its statement; staff see every participant and create a campaign, with errors
/// beside their fields.
/// </summary>
public sealed class CampaignPageTests : WebTest
{
    private Task<int> OpenCampaignAsync() =>
        App.WithDbAsync(db => db.Campaigns.Where(c => c.Status == CampaignStatus.Open && c.Name.StartsWith("Co-op Month")).Select(c => c.Id).SingleAsync());

    [Test]
    public async Task ARepJoinsTheOpenCampaignAfterConfirmingTheEstimatedShareAndSeesTheChargedOne()
    {
        var campaign = await OpenCampaignAsync();
        var own = await RepCoopIdAsync();
        var joined = () => App.WithDbAsync(db => db.CampaignParticipants.AnyAsync(p => p.CampaignId == campaign && p.CooperativeId == own));
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var page = await rep.GetStringAsync("/MyCoop/Campaigns");
        var confirm = await rep.GetStringAsync($"/MyCoop/Campaigns?join={campaign}");

        Assert.That(page, Does.Contain("Co-op Month").And.Contain("Your share if you join"));
        Assert.That(page, Does.Contain("Buy Co-op for the Holidays").And.Contain("$400.00, on your account").And.Contain("handler=Statement"));
        Assert.That(confirm, Does.Contain("Yes, join").And.Contain("estimated at $"));
        Assert.That(await joined(), Is.False, "nothing changes before the confirmation");

        var token = await Forms.TokenAsync(rep, "/MyCoop/Campaigns");
        var posted = await rep.PostAsync("/MyCoop/Campaigns?handler=Join",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = $"{campaign}", [Forms.TokenField] = token }));

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await joined(), Is.True);
        Assert.That(await rep.GetStringAsync("/MyCoop/Campaigns"), Does.Contain("Your co-op has joined").And.Contain("Your estimated share"));
    }

    [Test]
    public async Task StaffSeeEveryParticipantWithItsEstimatedShareAndAFormErrorIsShownBesideItsField()
    {
        var campaign = await OpenCampaignAsync();
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var list = await staff.GetStringAsync("/Marketing/Campaigns");
        var detail = await staff.GetStringAsync($"/Marketing/Campaigns/Details/{campaign}");
        var csv = await staff.GetAsync($"/Marketing/Campaigns/Details/{campaign}?handler=Csv");

        Assert.That(list, Does.Contain("Co-op Month").And.Contain("Buy Co-op for the Holidays"));
        Assert.That(detail, Does.Contain("Sunrise Solar").And.Contain("(estimated)").And.Contain("Cancel this campaign"));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("estimated"));

        var count = await App.WithDbAsync(db => db.Campaigns.CountAsync());
        var token = await Forms.TokenAsync(staff, "/Marketing/Campaigns");
        var bad = await staff.PostAsync("/Marketing/Campaigns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Spring Fair",
            ["Input.StartsOn"] = "2031-04-01",
            ["Input.EndsOn"] = "2031-04-30",
            ["Input.JoinBy"] = "2031-05-15",
            ["Input.Budget"] = "$1,200.00",
            ["Input.Sharing"] = "Equally",
            [Forms.TokenField] = token,
        }));
        var html = await bad.Content.ReadAsStringAsync();

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-valmsg-for=\"Input.JoinBy\"").And.Contain("on or before the campaign&#x27;s last day"));
        Assert.That(await App.WithDbAsync(db => db.Campaigns.CountAsync()), Is.EqualTo(count));
    }
}
