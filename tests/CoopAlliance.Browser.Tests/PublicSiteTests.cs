using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

public sealed class PublicSiteTests : BrowserTest
{
    [Test]
    public async Task TheFrontPageInvitesVisitorsToFindACoopOrApply()
    {
        await Page.GotoAsync(Url("/"));

        Assert.That(await Page.TitleAsync(), Does.Contain("CoopAlliance"));
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Apply to join" }).First.IsVisibleAsync(), Is.True);
        Assert.That(await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.IsVisibleAsync(), Is.True);
    }

    [Test]
    public async Task AWrongPasswordIsRefusedWithAMessageAndTheEmailIsKept()
    {
        await SignInAsync("staff@demo.coop", "not-the-password");

        Assert.That(await Page.Locator(".alert-danger").InnerTextAsync(), Does.Contain("email or password is not right"));
        Assert.That(await Page.GetByLabel("Email").InputValueAsync(), Is.EqualTo("staff@demo.coop"));
    }

    [TestCase("/")]
    [TestCase("/Account/Login")]
    public async Task PublicPagesPassTheAutomatedAccessibilityCheck(string path)
    {
        await Page.GotoAsync(Url(path));

        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }
}
