using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

public sealed class DuesTests : BrowserTest
{
    [Test]
    public async Task StaffPreviewAndStartARunAndARepDownloadsTheirStatement()
    {
        // The demo data has invoiced this month already: bill next month, under a policy that takes effect then.
        var today = BrowserSetup.App.Today;
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var period = next.ToString("yyyy-MM");
        await SignInAsync("staff@demo.coop");

        // A policy from next month, entered through the form.
        await Page.GotoAsync(Url("/Dues/Policy"));
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser test dues");
        await Page.GetByLabel("Effective from").FillAsync(next.ToString("yyyy-MM-dd"));
        await Page.GetByLabel("Flat amount a year ($)").FillAsync("1200");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save policy" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Policy “Browser test dues” added");

        // Preview: what would be billed, nothing written.
        await Page.GotoAsync(Url("/Dues/Runs"));
        await Page.GetByLabel("Billing period").FillAsync(period);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "nothing has been written" })).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Pioneer Valley Bread");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = period, Exact = true })).ToHaveCountAsync(0);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        // Start it: the run's page shows its progress and log.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the run for" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Invoice run for {period}");
        await Expect(Page.Locator("main")).ToContainTextAsync("Finished:");
        await Expect(Page.GetByLabel("Run log")).ToContainTextAsync("started by");
        await Expect(Page.GetByRole(AriaRole.Progressbar, new() { Name = "Progress" })).ToHaveAttributeAsync("aria-valuenow", "100");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await Page.GetByRole(AriaRole.Link, new() { Name = $"See the invoices of {period}" }).ClickAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Pioneer Valley Bread" });
        await Expect(row).ToContainTextAsync("$100.00");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Pioneer Valley Bread");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        // The rep of that co-op downloads the statement.
        await Context.ClearCookiesAsync();
        await SignInAsync("rep@demo.coop");
        await Page.GotoAsync(Url("/MyCoop/Dues"));
        await Expect(Page.Locator("main")).ToContainTextAsync("Your co-op owes $");
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = next.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) }))
            .ToContainTextAsync("$100.00");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Link, new() { Name = "Download the statement for" }).ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);

        Assert.That(download.SuggestedFilename, Does.EndWith(".pdf"));
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.That(text, Does.Contain("Pioneer Valley Bread"));
    }
}
