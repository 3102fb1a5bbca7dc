using System.Net;
using System.Net.Http.Headers;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// An upload over the attachment limit is refused from its declared length, before the body is read: the API with a
/// 413 problem naming the file field, the pages with a 413 page that says what the limit is. Nothing is stored.
/// </summary>
public sealed class UploadLimitTests : WebTest
{
    /// <summary>A small limit, so "too large" needs no large test data: pages allow 5 such files plus 64 KB of form.</summary>
    private const int MaxAttachmentBytes = 1024;
    private const int TooLarge = 200 * 1024;

    protected override AppFactory CreateApp() =>
        new(settings: new Dictionary<string, string> { ["Assistance:MaxAttachmentBytes"] = MaxAttachmentBytes.ToString() });

    private Task<int> BylawsRequestIdAsync() =>
        App.WithDbAsync(db => db.AssistanceRequests.Where(r => r.Title == "Bylaws for a second membership class").Select(r => r.Id).SingleAsync());

    private Task<int> AttachmentCountAsync(int id) => App.WithDbAsync(db => db.AssistanceAttachments.CountAsync(a => a.AssistanceRequestId == id));

    private static ByteArrayContent Csv(int bytes)
    {
        var content = new ByteArrayContent(Enumerable.Repeat((byte)'1', bytes).ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Test]
    public async Task AnOversizedApiUploadIs413NamingTheFileFieldAndNothingIsStored()
    {
        var rep = await RepAsync();
        var id = await BylawsRequestIdAsync();
        var before = await AttachmentCountAsync(id);

        var response = await rep.PostAsync($"/api/v1/ta-requests/{id}/attachments", new MultipartFormDataContent { { Csv(TooLarge), "file", "figures.csv" } });

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(FieldErrors(problem, "file"), Has.One.Contains("too large: a file can be at most 1 KB"));
        Assert.That(await AttachmentCountAsync(id), Is.EqualTo(before));
    }

    [Test]
    public async Task AnUploadWithinTheLimitIsStillAccepted()
    {
        var rep = await RepAsync();
        var id = await BylawsRequestIdAsync();

        var response = await rep.PostAsync($"/api/v1/ta-requests/{id}/attachments", new MultipartFormDataContent { { Csv(500), "file", "small.csv" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [TestCase(AppFactory.RepEmail, "/MyCoop/Assistance/{0}")]
    [TestCase(AppFactory.StaffEmail, "/Assistance/Requests/{0}")]
    public async Task AnOversizedUploadFormIsRefusedWithAReadable413AndNothingIsStored(string login, string pageTemplate)
    {
        var browser = await App.SignedInBrowserAsync(login);
        var id = await BylawsRequestIdAsync();
        var page = string.Format(System.Globalization.CultureInfo.InvariantCulture, pageTemplate, id);
        var token = await Forms.TokenAsync(browser, page);
        var before = await AttachmentCountAsync(id);

        var response = await browser.PostAsync($"{page}?handler=Upload", new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
            { Csv(TooLarge), "Files", "figures.csv" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("The files are too large").And.Contain("Nothing was saved"));
        Assert.That(await AttachmentCountAsync(id), Is.EqualTo(before));
    }

    [Test]
    public async Task TheAskForHelpFormRefusesOversizedFilesTheSameWayAndSendsNoRequest()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var token = await Forms.TokenAsync(browser, "/MyCoop/Assistance/New");
        var requests = await App.WithDbAsync(db => db.AssistanceRequests.CountAsync());

        var response = await browser.PostAsync("/MyCoop/Assistance/New", new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
            { new StringContent("Help with our budget"), "Input.Title" },
            { Csv(TooLarge), "Files", "figures.csv" },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await App.WithDbAsync(db => db.AssistanceRequests.CountAsync()), Is.EqualTo(requests));
    }
}
