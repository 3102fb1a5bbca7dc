using System.Net;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed class DuesDocumentApiTests : WebTest
{
    [Test]
    public async Task ARepDownloadsTheirStatementAsAPdfAndGets404ForAnotherCoops()
    {
        var rep = await RepAsync();
        var own = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync());
        var mine = await App.WithDbAsync(db => db.Invoices.Where(i => i.CooperativeId == own).Select(i => i.Id).FirstAsync());
        var theirs = await App.WithDbAsync(db => db.Invoices.Where(i => i.CooperativeId != own).Select(i => i.Id).FirstAsync());

        var pdf = await rep.GetAsync($"/api/v1/invoices/{mine}/pdf");
        var other = await rep.GetAsync($"/api/v1/invoices/{theirs}/pdf");

        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That((await pdf.Content.ReadAsByteArrayAsync())[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.GetAsync("/api/v1/dues/summaries")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
