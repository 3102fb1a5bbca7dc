using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>Technical assistance end to end: a rep asks, staff work the request, the rep sees the outcome (and never an internal note).</summary>
public sealed class AssistanceTests : BrowserTest
{
    private const string Staff = "staff@demo.coop";
    private const string Rep = "rep@demo.coop";

    [Test]
    public async Task ARepAsksForHelpStaffTriageAssignAndResolveItAndTheRepSeesItResolvedWithoutTheInternalNote()
    {
        var title = $"Facilitate our annual meeting {Guid.NewGuid():N}"[..44];
        const string internalNote = "Staff only: they asked for a fee waiver last year";
        const string sharedComment = "Priya Raman will call you this week to plan the agenda.";

        await SignInAsync(Rep);
        await Page.GotoAsync(Url("/MyCoop"));
        await Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Ask for help" }).ClickAsync();
        await Page.GetByLabel("What kind of help?").SelectOptionAsync(new SelectOptionValue { Label = "Governance & facilitation" });
        await Page.GetByLabel("How urgent is it?").SelectOptionAsync("High");
        await Page.GetByLabel("Title").FillAsync(title);
        await Page.GetByLabel("What do you need help with?").FillAsync("Our annual meeting keeps running past midnight. We need a facilitator.");
        await Page.GetByLabel("Files (optional)").SetInputFilesAsync(new FilePayload
        {
            Name = "agenda.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("1. Budget\n2. Patronage\n3. Elections\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your request \"{title}\" is sent");
        await Expect(Page.Locator("main")).ToContainTextAsync("agenda.txt");
        var requestPath = new Uri(Page.Url).AbsolutePath;
        var id = requestPath.Split('/')[^1];
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the rep's request page");

        await Context.ClearCookiesAsync();
        await SignInAsync(Staff);
        await Page.GotoAsync(Url("/Assistance?q=" + Uri.EscapeDataString(title)));
        await Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        await Page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync("Urgent");
        await Page.GetByLabel("Estimated hours").FillAsync("3");
        // Triage and assignment are one form (issue 20, item 6): both are saved by one button.
        await Page.GetByLabel("Provider", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Priya Raman (Facilitation Commons) · subsidized" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Triage and assign", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The triage is saved and Priya Raman is assigned");

        await Page.GetByLabel("Comment", new() { Exact = true }).FillAsync(internalNote);
        await Page.GetByLabel("Internal: staff only").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("only staff can see it");
        await Page.GetByLabel("Comment", new() { Exact = true }).FillAsync(sharedComment);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("shared with the co-op");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Start work" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Work has started.");
        await Page.Locator("#Time_Hours").FillAsync("2.5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log hours" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("2.5 hours logged.");

        await Page.GetByLabel("How it was resolved (the co-op sees it)").FillAsync("Priya facilitated the meeting; it ended at 9 p.m.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Resolve", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("The request is resolved");
        await Expect(Page.Locator("main")).ToContainTextAsync(internalNote);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty, "the staff request page");

        await Context.ClearCookiesAsync();
        await SignInAsync(Rep);
        await Page.GotoAsync(Url(requestPath));
        await Expect(Page.Locator("#status-text")).ToContainTextAsync("Resolved on");
        await Expect(Page.Locator("main")).ToContainTextAsync("Priya facilitated the meeting");
        await Expect(Page.Locator("main")).ToContainTextAsync(sharedComment);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(internalNote);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("fee waiver");

        await Page.GetByLabel("5 (excellent)").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the rating" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you for rating the help.");

        var staffPage = await Page.GotoAsync(Url($"/Assistance/Requests/{id}"));
        Assert.That(staffPage!.Url, Does.Contain("/Account/AccessDenied"), "the staff page of the request is not the rep's");
    }

    [Test]
    public async Task AnEmptyRequestShowsWhatIsMissingAndKeepsWhatWasTyped()
    {
        await SignInAsync(Rep);
        await Page.GotoAsync(Url("/MyCoop/Assistance/New"));
        await Page.GetByLabel("Title").FillAsync("Help with our budget");
        await SkipBrowserChecksAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();

        await Expect(Page.Locator("main")).ToContainTextAsync("Choose what kind of help you need.");
        await Expect(Page.Locator("main")).ToContainTextAsync("Describe what your co-op needs help with.");
        Assert.That(await Page.GetByLabel("Title").InputValueAsync(), Is.EqualTo("Help with our budget"));
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [TestCase(Staff, "/Assistance")]
    [TestCase(Staff, "/Assistance?status=Declined&q=nothing-matches-this")]
    [TestCase(Staff, "/Assistance/Dashboard")]
    [TestCase(Staff, "/Assistance/Providers")]
    [TestCase(Staff, "/Assistance/Providers/Edit")]
    [TestCase(Staff, "/Assistance/Reports")]
    [TestCase(Staff, "/Staff")]
    [TestCase(Rep, "/MyCoop/Assistance")]
    [TestCase(Rep, "/MyCoop/Assistance/New")]
    [TestCase(Rep, "/MyCoop")]
    public async Task TheAssistancePagePassesTheAutomatedAccessibilityCheck(string login, string path)
    {
        await SignInAsync(login);

        var response = await Page.GotoAsync(Url(path));

        Assert.That(response!.Status, Is.EqualTo(200));
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [TestCase(Staff, "/Assistance?q=Bylaws+for+a+second+membership+class")]
    [TestCase(Rep, "/MyCoop/Assistance")]
    public async Task TheDemoRequestWithAnInternalNotePassesTheAccessibilityCheck(string login, string list)
    {
        await SignInAsync(login);
        await Page.GotoAsync(Url(list));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Bylaws for a second membership class" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bylaws for a second membership class");

        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
        var main = Page.Locator("main");
        if (login == Rep)
        {
            await Expect(main).Not.ToContainTextAsync("check the buy-in article first");
        }
        else
        {
            await Expect(main).ToContainTextAsync("check the buy-in article first");
        }
    }
}
