using static Microsoft.Playwright.Assertions;

namespace CoopAlliance.Browser.Tests;

/// <summary>The API docs page (/api/docs) lets a person authorize with a bearer token and call an operation with it.</summary>
public sealed class ApiDocsTests : BrowserTest
{
    [Test]
    public async Task APersonAuthorizesWithABearerTokenAndCallsAnOperation()
    {
        var login = await Page.APIRequest.PostAsync(Url("/api/v1/auth/login"),
            new() { DataObject = new { email = "staff@demo.coop", password = "CoopDemo!2026" } });
        Assert.That(login.Status, Is.EqualTo(200), await login.TextAsync());
        var token = (await login.JsonAsync())!.Value.GetProperty("accessToken").GetString()!;
        await SignInAsync("staff@demo.coop");

        await Page.GotoAsync(Url("/api/docs/index.html"));
        // Swagger UI's Authorize button appears once the document declares a security scheme (its ARIA name is "authorization button unlocked").
        await Page.Locator(".auth-wrapper .btn.authorize").ClickAsync();
        var dialog = Page.Locator(".auth-container").Filter(new() { HasText = "Bearer" });
        await dialog.Locator("input").FillAsync(token);
        await dialog.Locator("button.authorize").ClickAsync();
        await Expect(dialog).ToContainTextAsync("Authorized");
        await Page.Locator(".modal-ux button.btn-done").ClickAsync();

        // Swagger UI renders only the operations near the screen (a virtual list): scroll until the co-ops list is drawn.
        var operation = Page.Locator("#operations-Co-ops-Coops_List");
        for (var i = 0; i < 40 && await operation.CountAsync() == 0; i++)
        {
            await Page.Mouse.WheelAsync(0, 600);
            await Page.WaitForTimeoutAsync(100);
        }

        await operation.Locator(".opblock-summary").First.ClickAsync();
        await operation.Locator("button.try-out__btn").ClickAsync();
        await operation.Locator("button.execute").ClickAsync();

        await Expect(operation.Locator(".curl-command")).ToContainTextAsync($"Authorization: Bearer {token}");
        await Expect(operation.Locator(".live-responses-table tr.response .response-col_status").First).ToContainTextAsync("200");
        await Expect(operation.Locator(".live-responses-table")).ToContainTextAsync("Pioneer Valley Bread Cooperative");
    }
}
