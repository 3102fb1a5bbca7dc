using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Issue 18 on a phone: a rep switches the site to Spanish, signs in, opens "Mis cuotas" and downloads the statement,
/// in Spanish; axe finds no violation on the Spanish pages, each of which says lang="es".
/// </summary>
public sealed class SpanishJourneyTests : BrowserTest
{
    [Test]
    public async Task ARepReadsTheirDuesAndStatementInSpanishOnAPhone()
    {
        await UsePhoneAsync();
        await Page.GotoAsync(Url("/"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // The switch sits outside the folded menu: a phone shows it at once.
        var switchToSpanish = Page.GetByRole(AriaRole.Button, new() { Name = "Español" }).First;
        await Expect(switchToSpanish).ToBeVisibleAsync();
        await switchToSpanish.ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "English" }).First).ToBeVisibleAsync();
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "home page in Spanish");

        await Page.GotoAsync(Url("/Account/Login"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "sign-in page in Spanish");
        await Page.GetByLabel("Correo electrónico").FillAsync("rep@demo.coop");
        await Page.GetByLabel("Contraseña").FillAsync("CoopDemo!2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Iniciar sesión", Exact = true }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        // From the folded menu, as on a phone.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Abrir o cerrar el menú" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mis cuotas", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Mis cuotas");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        Assert.That(await FitsTheScreenAsync(), Is.True, "Mis cuotas fits a phone.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "Mis cuotas");

        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Descargar el estado de cuenta de" }).First.ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.That(text, Does.Contain("Estado de cuenta").And.Contain("Factura").And.Contain("Vence"), "The statement is written in Spanish.");
        Assert.That(text, Does.Match(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}"),
            "Its dates are written the Spanish way.");
        Assert.That(text, Does.Match(@"\$\d{1,3}(,\d{3})*\.\d{2}"), "Its money stays US dollars.");
    }
}
