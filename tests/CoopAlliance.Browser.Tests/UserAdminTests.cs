using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

public sealed class UserAdminTests : BrowserTest
{
    [Test]
    public async Task StaffInviteARepAndDisableTheLoginAfterConfirming()
    {
        await SignInAsync("staff@demo.coop");
        await Page.GotoAsync(Url("/Staff/Users"));
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync("lee@kestrel.coop");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Lee Santos");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();

        await Expect(Page.Locator("main")).ToContainTextAsync("Choose the co-op this rep belongs to.");
        Assert.That(await Page.GetByLabel("Email", new() { Exact = true }).InputValueAsync(), Is.EqualTo("lee@kestrel.coop"));

        await Page.GetByLabel("Co-op (for a co-op rep)").SelectOptionAsync(new SelectOptionValue { Label = "Kestrel Software Cooperative" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lee Santos is invited");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Disable Lee Santos" }).ClickAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync("Disable the login of Lee Santos");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, disable the login" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lee Santos's login is disabled");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Enable Lee Santos" })).ToBeVisibleAsync();
    }
}
