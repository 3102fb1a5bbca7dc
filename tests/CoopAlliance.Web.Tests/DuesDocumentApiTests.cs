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

    [Test]
    public async Task StaffDownloadEveryStatementOfAPeriodAsOneZipFromTheApiAndTheInvoicesPage()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var period = await App.WithDbAsync(db => db.Invoices.OrderBy(i => i.Id).Select(i => i.PeriodKey).FirstAsync());
        var invoices = await App.WithDbAsync(db => db.Invoices.CountAsync(i => i.PeriodKey == period));

        var api = await staff.GetAsync($"/api/v1/dues/statements/{period}");
        var page = await staff.GetStringAsync($"/Dues/Invoices?period={period}");
        var fromPage = await staff.GetAsync($"/Dues/Invoices?handler=Statements&period={period}");
        var empty = await staff.GetAsync("/api/v1/dues/statements/2031-01");
        var forRep = await rep.GetAsync($"/api/v1/dues/statements/{period}");

        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        Assert.That(api.Content.Headers.ContentDisposition?.FileNameStar ?? api.Content.Headers.ContentDisposition?.FileName,
            Is.EqualTo($"dues-statements-{period}.zip"));
        using (var zip = new System.IO.Compression.ZipArchive(await api.Content.ReadAsStreamAsync()))
        {
            Assert.That(zip.Entries, Has.Count.EqualTo(invoices));
            Assert.That(zip.Entries.Select(e => e.Name), Is.All.StartsWith("dues-statement-").And.All.EndsWith(".pdf"));
            Assert.That(zip.Entries.Select(e => e.Name), Is.All.Contains($"-{period}-"));
            await using var first = zip.Entries[0].Open();
            var head = new byte[5];
            await first.ReadExactlyAsync(head);
            Assert.That(head, Is.EqualTo("%PDF-"u8.ToArray()));
        }

        Assert.That(page, Does.Contain("handler=Statements"));
        Assert.That(fromPage.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(fromPage.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(empty.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await empty.Content.ReadAsStringAsync(), Does.Contain("No invoices were issued for January 2031"));
        Assert.That(forRep.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
