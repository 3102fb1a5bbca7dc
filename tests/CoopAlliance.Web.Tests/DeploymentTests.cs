using System.Net;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>What operators rely on: readiness that means it, and several app nodes sharing one database.</summary>
public sealed class DeploymentTests
{
    [Test]
    public async Task AnUnmigratedDatabaseIsLiveButNotReady()
    {
        using var app = new AppFactory("Production", new Dictionary<string, string> { ["Database:MigrateOnStartup"] = "false" });
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
    }

    [Test]
    public async Task TwoAppNodesOnOneDatabaseAcceptEachOthersCookies()
    {
        using var first = new AppFactory();
        // The sign-in cookie from one node, as the browser would send it to whichever node answers next.
        var cookie = (await SignInCookieAsync(first)).Split(';')[0];
        Assert.That(await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()), Is.GreaterThan(0),
            "the data-protection keys are kept in the database");

        using var second = new AppFactory(settings: new Dictionary<string, string> { ["ConnectionStrings:Default"] = $"Data Source={first.DatabasePath}" });
        // A page, not the API: the API takes bearer tokens only and ignores the cookie.
        var other = second.CreateCookieClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/Staff");
        request.Headers.Add("Cookie", cookie);

        var response = await other.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await other.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "and not without the cookie");
    }

    private static async Task<string> SignInCookieAsync(AppFactory app)
    {
        var client = app.CreateCookieClient();
        var response = await Forms.PostAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = AppFactory.StaffEmail,
            ["Input.Password"] = AppFactory.Password,
        });
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("coopalliance=", StringComparison.Ordinal));
    }
}
