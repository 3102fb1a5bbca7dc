using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Errors you can find (issue 20, item 1): a form that comes back with errors opens on a summary at the top, which has
/// the focus and links to each field; the field says it is invalid and names its message. Required fields are marked
/// and the browser checks them first. Who sees a field is said beside it (item 5). On a phone and on a staff laptop.
/// </summary>
public sealed class FormErrorsTests : BrowserTest
{
    public enum Screen
    {
        Phone,
        Desktop,
    }

    private Task UseAsync(Screen screen) => screen == Screen.Phone ? UsePhoneAsync() : UseStaffDesktopAsync();

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task TheApplicationWithoutAnEmailOpensOnASummaryThatLeadsToTheEmailField(Screen screen)
    {
        await UseAsync(screen);
        await Page.GotoAsync(Url("/Public/Apply"));
        await Expect(Page.Locator("label[for='Input_ContactEmail'] + .field-required")).ToHaveTextAsync("(required)");
        await Page.GetByLabel("Legal name").FillAsync("Summary Bakers Cooperative");
        await Page.GetByLabel("Contact's name").FillAsync("Ana Ferreira");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await AssertSummaryLeadsToAsync("Input_ContactEmail", "Enter the contact's email address.");
        Assert.That(await Page.GetByLabel("Contact's name").InputValueAsync(), Is.EqualTo("Ana Ferreira"), "what was typed stays");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task TheBrowserChecksARequiredFieldBeforeAnythingIsSent()
    {
        await Page.GotoAsync(Url("/Public/Apply"));
        await Page.GetByLabel("Legal name").FillAsync("Summary Bakers Cooperative");
        await Page.GetByLabel("Contact's name").FillAsync("Ana Ferreira");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the application" }).ClickAsync();

        await Expect(Page.Locator("#Input_ContactEmail:focus")).ToHaveCountAsync(1);
        Assert.That(await Page.EvaluateAsync<bool>("() => document.getElementById('Input_ContactEmail').validity.valueMissing"), Is.True);
        await Expect(Page.Locator(".error-summary")).ToHaveCountAsync(0);
        Assert.That(Page.Url, Does.EndWith("/Public/Apply"), "nothing was sent");
    }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task AStaffFormWithErrorsOpensOnItsSummary(Screen screen)
    {
        await SignInAsync("staff@demo.coop");
        await UseAsync(screen);
        await Page.GotoAsync(Url("/Coops/Create"));
        await Page.GetByLabel("Town").FillAsync("Northampton");
        await Page.GetByLabel("ZIP code").FillAsync("not a zip");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Register the co-op" }).ClickAsync();

        await AssertSummaryLeadsToAsync("Input_LegalName", "Enter the co-op's legal name.");
        await Expect(Page.Locator(".error-summary a[href='#Input_PostalCode']")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Town")).ToHaveValueAsync("Northampton");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [TestCase(Screen.Phone)]
    [TestCase(Screen.Desktop)]
    public async Task ARepsRequestForHelpWithErrorsOpensOnItsSummary(Screen screen)
    {
        await SignInAsync("rep@demo.coop");
        await UseAsync(screen);
        await Page.GotoAsync(Url("/MyCoop/Assistance/New"));
        await Page.GetByLabel("Title").FillAsync("Help with our budget");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await AssertSummaryLeadsToAsync("Input_Description", "Describe what your co-op needs help with.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task TheMentorsSessionFormSaysWhoSeesTheNotesAndWhoSeesTheNextSteps()
    {
        await SignInAsync("mentor@demo.coop");
        await UsePhoneAsync();
        await Page.GotoAsync(Url("/Mentor"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Florence Community Bakery Project" }).First.ClickAsync();

        await Expect(Page.GetByLabel("Notes")).ToHaveAccessibleDescriptionAsync("Seen by you and alliance staff only.");
        await Expect(Page.GetByLabel("Next steps")).ToHaveAccessibleDescriptionAsync("Shared with the co-op.");
        await Expect(Page.GetByText("Seen by you and alliance staff only.")).ToBeVisibleAsync();
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    /// <summary>
    /// The summary is at the top of the screen with the focus, links to the field with this message, and following the
    /// link puts the focus in the field, which is marked invalid and described by its message.
    /// </summary>
    private async Task AssertSummaryLeadsToAsync(string fieldId, string message)
    {
        var summary = Page.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("There is a problem");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();

        var link = summary.GetByRole(AriaRole.Link, new() { Name = message });
        await Expect(link).ToHaveAttributeAsync("href", "#" + fieldId);
        await link.ClickAsync();

        var field = Page.Locator("#" + fieldId);
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToBeInViewportAsync();
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = await field.GetAttributeAsync("aria-describedby") ?? "";
        Assert.That(describedBy.Split(' '), Does.Contain(fieldId + "-error"));
        await Expect(Page.Locator($"#{fieldId}-error")).ToHaveTextAsync(message);
        await Expect(field).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(message)));
    }
}
