using CoopAlliance.Application.Benefits.Files;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>Benefits documents in the browser: the rep's summary PDF after enrolling on a phone, staff's change file on a desktop.</summary>
public sealed class BenefitsDocumentsTests : BrowserTest
{
    [Test]
    public async Task TheDemoRepEnrollsAWorkerWithADependentAndDownloadsTheSummaryPdfOnAPhone()
    {
        await SignInAsync("rep@demo.coop");
        await UsePhoneAsync();
        await Page.GotoAsync(Url("/MyCoop"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Benefits", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Benefits");

        // Next year's dental plan, in its open window: a worker who has not decided yet.
        var dental = Page.Locator("section[data-plan-year]", new() { HasText = "Dental Basic" }).Filter(new() { HasText = "Open enrollment until" });
        var missing = dental.Locator("tbody tr", new() { HasText = "Missing" }).First;
        var name = (await missing.GetAttributeAsync("data-worker"))!;
        var lastName = name.Split(' ')[^1];

        var workerRow = Page.Locator("section[aria-labelledby='workers-h'] tbody tr", new() { HasText = name });
        await workerRow.Locator("summary").ClickAsync();
        await workerRow.GetByLabel("First name").FillAsync("Remy");
        await workerRow.GetByLabel("Relationship").SelectOptionAsync("Child");
        await workerRow.GetByLabel("Birth date").FillAsync("2022-06-06");
        await workerRow.GetByRole(AriaRole.Button, new() { Name = "Add dependent" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Remy {lastName} is added as a dependent.");

        var row = Page.Locator("section[data-plan-year]", new() { HasText = "Dental Basic" }).Filter(new() { HasText = "Open enrollment until" })
            .Locator($"tbody tr[data-worker='{name}']");
        await row.Locator("summary").ClickAsync();
        await row.GetByLabel($"Cover Remy {lastName} (child)").CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = $"Enroll {name}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enrolled.");
        await Expect(row).ToContainTextAsync("Enrolled, worker + child(ren)");
        await Expect(row).ToContainTextAsync($"Remy {lastName}");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download summary (PDF)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        Assert.That(download.SuggestedFilename, Does.StartWith("benefits-summary-").And.EndWith(".pdf"));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.That(text, Does.Contain("Dental").And.Contain(name.Split(' ')[0]).And.Contain(lastName).And.Contain("Remy"));
        Assert.That(text, Does.Contain("$"));
        Assert.That(await FitsTheScreenAsync(), Is.True);
    }

    [Test]
    public async Task StaffMakeAChangeFileOnTheExportsPageAndDownloadAValid834()
    {
        await SignInAsync("staff@demo.coop");
        await UseStaffDesktopAsync();
        await Page.GotoAsync(Url("/Benefits/Exports"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Carrier enrollment files");

        await Page.Locator("#carrierId").SelectOptionAsync(new SelectOptionValue { Index = 0 });
        await Page.GetByLabel("Change file").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Make the file" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Change file");

        var newest = Page.Locator("tr[data-export]").First;
        await Expect(newest.Locator("[data-kind]")).ToHaveTextAsync("Changes");
        var download = await Page.RunAndWaitForDownloadAsync(() => newest.GetByRole(AriaRole.Link, new() { Name = "834" }).ClickAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.That(text, Does.StartWith("ISA"));
        Assert.That(X12Document.Parse(text).Check(), Is.Empty);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }
}
