using System.Net;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The assistance screens over HTTP: a rep's pages show their own co-op's requests only, and never an internal comment.</summary>
public sealed class AssistancePageTests : WebTest
{
    /// <summary>The internal and a shared comment the demo data puts on the demo rep's bylaws request.</summary>
    private const string InternalText = "check the buy-in article first";
    private const string SharedText = "Dana will send a first draft next week";

    private Task<int> RequestIdAsync(string title) =>
        App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.Title == title).Select(r => r.Id).SingleAsync());

    [Test]
    public async Task ARepsRequestPageShowsTheSharedConversationButNeverTheInternalComment()
    {
        var id = await RequestIdAsync("Bylaws for a second membership class");
        var rep = await RepAsync();
        var staff = await StaffAsync();

        var repPage = await rep.GetAsync($"/MyCoop/Assistance/{id}");
        var staffPage = await staff.GetAsync($"/Assistance/Requests/{id}");

        Assert.That(repPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var repHtml = await repPage.Content.ReadAsStringAsync();
        Assert.That(repHtml, Does.Contain(SharedText));
        Assert.That(repHtml, Does.Not.Contain(InternalText));
        Assert.That(await staffPage.Content.ReadAsStringAsync(), Does.Contain(InternalText).And.Contain("Internal: staff only"));
    }

    [Test]
    public async Task AnotherCoopsRequestPageAndFilesAre404ForARepAndTheStaffPageIsNotTheirs()
    {
        var bylaws = await RequestIdAsync("Bylaws for a second membership class");
        var repCoop = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == "Pioneer Valley Bread Cooperative").Select(c => c.Id).SingleAsync());
        var other = await App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.CooperativeId != repCoop).Select(r => r.Id).FirstAsync());
        var rep = await RepAsync();

        Assert.That((await rep.GetAsync($"/MyCoop/Assistance/{other}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.GetAsync($"/MyCoop/Assistance/{other}?handler=File&fileId=1")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.GetAsync($"/Assistance/Requests/{bylaws}")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await rep.GetAsync("/Assistance")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
        Assert.That((await rep.GetAsync("/Assistance/Reports?handler=Build&month=2026-10")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task StaffDownloadTheQueueAsCsvAndAMonthsReportAsPdf()
    {
        var staff = await StaffAsync();

        var csv = await staff.GetAsync("/Assistance?handler=Export&open=true");
        var pdf = await staff.GetAsync("/Assistance/Reports?handler=Build&month=2026-10");

        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.That(text, Does.StartWith("Id,Co-op,Title,Category,Status"));
        Assert.That(text, Does.Contain("Bylaws for a second membership class"));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That((await pdf.Content.ReadAsByteArrayAsync())[..5], Is.EqualTo("%PDF-"u8.ToArray()));
    }
}
