using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Never lose what was attached (issue 20, item 2): a rep who attaches a file and forgets the category sees the error
/// and the file listed as kept; choosing the category and sending again sends the request with the file.
/// </summary>
public sealed class KeptUploadTests : BrowserTest
{
    private const string Rep = "rep@demo.coop";

    [TestCase(false)]
    [TestCase(true)]
    public async Task AFileAttachedToAFailedRequestIsKeptAndSentWithIt(bool phone)
    {
        if (phone)
        {
            await UsePhoneAsync();
        }
        else
        {
            await UseStaffDesktopAsync();
        }

        var title = $"Review our plan {Guid.NewGuid():N}"[..30];
        var file = $"plan-{Guid.NewGuid():N}"[..13] + ".pdf";
        await SignInAsync(Rep);
        await Page.GotoAsync(Url("/MyCoop/Assistance/New"));
        await Page.GetByLabel("Title").FillAsync(title);
        await Page.GetByLabel("What do you need help with?").FillAsync("Please read our business plan before the bank meeting.");
        await Page.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = file,
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% our business plan\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        // The category is missing: the form says so, and the file is kept (not silently dropped).
        await Expect(Page.Locator("[data-valmsg-for='Input.Category']")).Not.ToBeEmptyAsync();
        var kept = Page.Locator("[data-kept-files]");
        await Expect(kept).ToContainTextAsync($"Kept: {file}");
        await Expect(Page.GetByLabel("Title")).ToHaveValueAsync(title);
        Assert.That(await FitsTheScreenAsync(), Is.True, "the form with its kept file fits the screen");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the form with its kept file");

        await Page.GetByLabel("What kind of help?").SelectOptionAsync(new SelectOptionValue { Label = "Governance & facilitation" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your request \"{title}\" is sent");
        await Expect(Page.Locator("main")).ToContainTextAsync(file);
    }

    [Test]
    public async Task AKeptFileCanBeRemovedBeforeSending()
    {
        var title = $"Remove a file {Guid.NewGuid():N}"[..28];
        var file = $"draft-{Guid.NewGuid():N}"[..14] + ".txt";
        await SignInAsync(Rep);
        await Page.GotoAsync(Url("/MyCoop/Assistance/New"));
        await Page.GetByLabel("Title").FillAsync(title);
        await Page.GetByLabel("What do you need help with?").FillAsync("A question about our bylaws.");
        await Page.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload { Name = file, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("notes") });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Expect(Page.Locator("[data-kept-files]")).ToContainTextAsync($"Kept: {file}");

        await Page.GetByRole(AriaRole.Button, new() { Name = $"Remove {file}" }).ClickAsync();
        await Expect(Page.Locator("[data-kept-files]")).ToHaveCountAsync(0);
        await Expect(Page.GetByLabel("Title")).ToHaveValueAsync(title);
        await Page.GetByLabel("What kind of help?").SelectOptionAsync(new SelectOptionValue { Label = "Governance & facilitation" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your request \"{title}\" is sent");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(file);
    }
}
