using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Pages work under the Content-Security-Policy (every browser test fails on a CSP violation; see BrowserTest).
/// These visit the pages that needed changes or exceptions.
/// </summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    [Test]
    public async Task TheApiDocumentationRendersUnderItsOwnPolicy()
    {
        await SignInAsync("staff@demo.coop");

        await Page.GotoAsync(Url("/api/docs/index.html"));

        // The first request for the OpenAPI document builds it, which can take a while on a busy machine.
        await Assertions.Expect(Page.Locator(".swagger-ui .info .title")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(Page.Locator(".opblock").First).ToBeVisibleAsync();
    }

    [Test]
    public async Task TheJobsDashboardRendersUnderItsOwnPolicy()
    {
        await SignInAsync("staff@demo.coop");

        await Page.GotoAsync(Url("/hangfire"));
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.That(await Page.TitleAsync(), Does.Contain("Hangfire"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Recurring Jobs" }).First).ToBeVisibleAsync();
    }

    [Test]
    public async Task TheApplicationFormHidesItsHoneypotFromPeople()
    {
        await Page.GotoAsync(Url("/Public/Apply"));

        Assert.That(await Page.Locator("input[name='Input.Fax']").IsHiddenAsync(), Is.True);
        Assert.That(await Page.GetByLabel("Fax (leave this empty)").CountAsync(), Is.EqualTo(1));
    }
}
