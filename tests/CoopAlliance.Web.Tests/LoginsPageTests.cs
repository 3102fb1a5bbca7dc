using System.Net;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The logins page: search by name or email, one page at a time, and disabling still asks first and keeps the place.</summary>
public sealed class LoginsPageTests : WebTest
{
    private const int Extra = 30;
    private static string Email(int i) => $"volunteer{i:00}@paging.example.coop";

    [OneTimeSetUp]
    public async Task AddManyLoginsAsync()
    {
        for (var i = 0; i < Extra; i++)
        {
            await App.CreateLoginAsync(Email(i), Roles.Mentor);
        }
    }

    [Test]
    public async Task TheListPagesAndThePagerKeepsTheSearch()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var first = await (await staff.GetAsync("/Staff/Users?q=paging.example")).Content.ReadAsStringAsync();
        var second = await (await staff.GetAsync("/Staff/Users?q=paging.example&pageNumber=2")).Content.ReadAsStringAsync();

        Assert.That(first, Does.Contain("href=\"/Staff/Users?q=paging.example&amp;pageNumber=2\""));
        Assert.That(first, Does.Contain(Email(0)).And.Contain(Email(24)).And.Not.Contain(Email(25)));
        Assert.That(second, Does.Contain(Email(25)).And.Contain(Email(29)).And.Not.Contain(Email(24)));
        Assert.That(second, Does.Contain($"{Extra} results"));
        Assert.That(second, Does.Contain("Send the invitation"), "the invitation form is still there");
    }

    [Test]
    public async Task SearchFindsALoginByNameOrEmail()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var byEmail = await (await staff.GetAsync("/Staff/Users?q=VOLUNTEER07")).Content.ReadAsStringAsync();
        var nobody = await (await staff.GetAsync("/Staff/Users?q=no-such-person")).Content.ReadAsStringAsync();

        Assert.That(byEmail, Does.Contain(Email(7)).And.Not.Contain(Email(8)));
        Assert.That(nobody, Does.Contain("No login matches"));
    }

    [Test]
    public async Task DisablingALoginOnALaterPageAsksFirstThenReturnsToThatPage()
    {
        var target = await App.WithDbAsync(db => db.Users.Where(u => u.Email == Email(27)).Select(u => u.Id).SingleAsync());
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        const string list = "/Staff/Users?q=paging.example&pageNumber=2";
        // The token of the disable form itself, as a browser sends it (a form with its own action gets none unless asked).
        var html = await (await staff.GetAsync(list)).Content.ReadAsStringAsync();
        var form = html[html.IndexOf("handler=SetDisabled", StringComparison.Ordinal)..];
        var token = Forms.TokenIn(form[..form.IndexOf("</form>", StringComparison.Ordinal)]);

        var asked = await staff.PostAsync("/Staff/Users?handler=SetDisabled&q=paging.example&pageNumber=2", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = target.ToString(),
            ["disable"] = "true",
            [Forms.TokenField] = token,
        }));

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("Yes, disable the login"));
        Assert.That(await DisabledAsync(target), Is.False, "nothing happens before confirming");

        var done = await staff.PostAsync("/Staff/Users?handler=SetDisabled&q=paging.example&pageNumber=2", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = target.ToString(),
            ["disable"] = "true",
            ["confirmed"] = "true",
            [Forms.TokenField] = token,
        }));

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(done.Headers.Location?.OriginalString, Is.EqualTo(list));
        Assert.That(await DisabledAsync(target), Is.True);
        var after = await (await staff.GetAsync(list)).Content.ReadAsStringAsync();
        Assert.That(after, Does.Contain("login is disabled"));
    }

    [Test]
    public async Task ARepCannotOpenTheLoginsPage()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var page = await rep.GetAsync("/Staff/Users?pageNumber=2");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
    }

    private Task<bool> DisabledAsync(int id) => App.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync());
}
