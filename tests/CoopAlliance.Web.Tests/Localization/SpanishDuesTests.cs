using System.Net;
using CoopAlliance.Domain.Common;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>
/// A rep's dues in Spanish: "Mis cuotas", and the statement they download — in the co-op's preferred language, or the
/// one asked for with ?culture= (whatever language the page around the link is in).
/// </summary>
public sealed class SpanishDuesTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = new AppFactory();

    [OneTimeTearDown]
    public void StopApp() => _app.Dispose();

    private Task<int> RepCoopAsync() =>
        _app.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync());

    private async Task<int> RepInvoiceAsync()
    {
        var coop = await RepCoopAsync();
        return await _app.WithDbAsync(db => db.Invoices.Where(i => i.CooperativeId == coop && i.VoidedOn == null).OrderByDescending(i => i.Id)
            .Select(i => i.Id).FirstAsync());
    }

    private Task<int> SetRepCoopLanguageAsync(string language) => _app.WithDbAsync(async db =>
    {
        var coop = await db.Cooperatives.SingleAsync(c => c.LegalName == DemoData.RepCoop);
        coop.ChooseLanguage(language);
        return await db.SaveChangesAsync();
    });

    private static async Task<string> PdfWordsAsync(HttpClient client, string path, string? cookieLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookieLanguage is not null)
        {
            request.Headers.Add("Cookie", $"{LanguageChoice.CookieName}={cookieLanguage}");
        }

        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"), path);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Test]
    public async Task MyDuesReadsInSpanish()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);

        var html = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Dues");

        Assert.That(html, Does.Contain("<h1 class=\"h3\">Mis cuotas</h1>"));
        Assert.That(html, Does.Contain("Facturas y estados de cuenta"));
        Assert.That(html, Does.Contain("Cómo pagar"));
        Assert.That(html, Does.Contain("Autodeclaración anual"));
        Assert.That(html, Does.Contain("Socios-trabajadores"), "the self-report's labels");
        Assert.That(html, Does.Match(@"Su cooperativa (debe|tiene|no debe)"), "the headline");
        Assert.That(html, Does.Not.Contain("Your co-op"));
    }

    [Test]
    public async Task TheStatementAskedForInSpanishIsInSpanishWithSpanishDatesAndDollars()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var invoice = await RepInvoiceAsync();

        var words = await PdfWordsAsync(rep, $"/MyCoop/Dues?handler=Statement&invoiceId={invoice}&culture=es");

        Assert.That(words, Does.Contain("Estado de cuenta"));
        Assert.That(words, Does.Contain("Cooperativa"));
        Assert.That(words, Does.Contain("Saldo de su cooperativa"));
        Assert.That(words, Does.Match(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}"));
        Assert.That(words, Does.Match(@"\$\d[\d,]*\.\d\d"));
        Assert.That(words, Does.Contain("Período").Or.Contain("Cómo"), "accented letters are drawn and read back");
    }

    [Test]
    public async Task TheSameStatementAskedForInEnglishIsInEnglishEvenFromASpanishPage()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var invoice = await RepInvoiceAsync();

        var words = await PdfWordsAsync(rep, $"/MyCoop/Dues?handler=Statement&invoiceId={invoice}&culture=en", cookieLanguage: Languages.Spanish);

        Assert.That(words, Does.Contain("Dues statement").Or.Contain("statement"));
        Assert.That(words, Does.Contain("Your co-op's balance"));
        Assert.That(words, Does.Not.Contain("Estado de cuenta"));
    }

    [Test]
    public async Task WithoutAskingTheStatementIsInTheCoopsPreferredLanguage()
    {
        var rep = await _app.SignedInBrowserAsync(AppFactory.RepEmail);
        var invoice = await RepInvoiceAsync();
        await SetRepCoopLanguageAsync(Languages.Spanish);
        try
        {
            var page = await PdfWordsAsync(rep, $"/MyCoop/Dues?handler=Statement&invoiceId={invoice}", cookieLanguage: Languages.English);
            var asked = await PdfWordsAsync(rep, $"/MyCoop/Dues?handler=Statement&invoiceId={invoice}&culture=en");

            Assert.That(page, Does.Contain("Saldo de su cooperativa"));
            Assert.That(asked, Does.Contain("Your co-op's balance"));
        }
        finally
        {
            await SetRepCoopLanguageAsync(Languages.English);
        }
    }
}
