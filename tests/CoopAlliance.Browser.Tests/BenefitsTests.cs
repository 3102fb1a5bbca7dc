using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>The rep's benefits page on a phone: add a dependent and enroll a worker with them in the open window.</summary>
public sealed class BenefitsTests : BrowserTest
{
    [Test]
    public async Task TheDemoRepEnrollsAWorkerWithADependentOnAPhone()
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
        await workerRow.GetByLabel("First name").FillAsync("Kit");
        await workerRow.GetByLabel("Relationship").SelectOptionAsync("Child");
        await workerRow.GetByLabel("Birth date").FillAsync("2021-05-05");
        await workerRow.GetByRole(AriaRole.Button, new() { Name = "Add dependent" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Kit {lastName} is added as a dependent.");

        var row = Page.Locator("section[data-plan-year]", new() { HasText = "Dental Basic" }).Filter(new() { HasText = "Open enrollment until" })
            .Locator($"tbody tr[data-worker='{name}']");
        await row.Locator("summary").ClickAsync();
        await row.GetByLabel($"Cover Kit {lastName} (child)").CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = $"Enroll {name}" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enrolled.");
        await Expect(row).ToContainTextAsync("Enrolled, worker + child(ren)");
        await Expect(row).ToContainTextAsync($"Kit {lastName}");
        Assert.That(await FitsTheScreenAsync(), Is.True);
    }
}
