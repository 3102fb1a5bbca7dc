using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>Nothing a stranger can send tells them whether an address has a login.</summary>
public sealed partial class SignInEnumerationTests : WebTest
{
    private const string Known = "enum-known@example.coop";
    private const string Locked = "enum-locked@example.coop";
    private const string Disabled = "enum-disabled@example.coop";

    [OneTimeSetUp]
    public async Task CreateLogins()
    {
        await App.CreateLoginAsync(Known, Roles.Staff);
        await App.CreateLoginAsync(Locked, Roles.Staff);
        var disabledId = await App.CreateLoginAsync(Disabled, Roles.Staff);
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var locked = (await users.FindByEmailAsync(Locked))!;
        await users.SetLockoutEndDateAsync(locked, App.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddMinutes(15));
        await scope.ServiceProvider.GetRequiredService<IIdentityService>().SetDisabledAsync(disabledId, true, CancellationToken.None);
    }

    /// <summary>(email, password) pairs that must all be answered alike: unknown, wrong password, locked, disabled.</summary>
    private static readonly (string Email, string Password)[] Failures =
    [
        ("enum-nobody@example.coop", AppFactory.Password),
        (Known, "not-the-password-1"),
        (Locked, AppFactory.Password),
        (Disabled, AppFactory.Password),
    ];

    [Test]
    public async Task TheApiAnswersAnUnknownEmailAWrongPasswordALockedAndADisabledLoginIdentically()
    {
        var answers = new List<string>();
        foreach (var (email, password) in Failures)
        {
            var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            // Everything but the trace id, which differs per request by design.
            var fields = body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}");
            answers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {string.Join("; ", fields)}");
        }

        Assert.That(answers.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", answers));
        Assert.That(answers[0], Does.StartWith("401 application/problem+json"));
        Assert.That(answers[0], Does.Not.Contain("exist").And.Not.Contain("unknown"));
    }

    [Test]
    public async Task TheSignInPageAnswersThemIdentically()
    {
        var answers = new List<string>();
        foreach (var (email, password) in Failures)
        {
            var response = await Forms.PostAsync(App.CreateCookieClient(), "/Account/Login", new()
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            });
            var html = await response.Content.ReadAsStringAsync();
            answers.Add($"{(int)response.StatusCode} {Summary().Match(html).Groups["text"].Value.Trim()}");
        }

        Assert.That(answers.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", answers));
        Assert.That(answers[0], Does.StartWith("200 ").And.Contain("email or password is not right"));
    }

    [Test]
    public async Task TheInvitationPageSaysTheSameForAnUnknownAddressAndABadOrExpiredLink()
    {
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIdentityService>()
                .InviteAsync("enum-invited@example.coop", "Invited Person", Roles.Staff, null, CancellationToken.None);
        }

        var answers = new List<string>();
        foreach (var email in new[] { "enum-invited@example.coop", "enum-never-invited@example.coop", Disabled })
        {
            var response = await Forms.PostAsync(App.CreateCookieClient(), $"/Account/AcceptInvitation?email={email}&token=expired-or-made-up", new()
            {
                ["Input.Email"] = email,
                ["Input.Token"] = "expired-or-made-up",
                ["Input.Password"] = "a-new-password-1",
                ["Input.ConfirmPassword"] = "a-new-password-1",
            });
            var html = await response.Content.ReadAsStringAsync();
            answers.Add($"{(int)response.StatusCode} {TokenError().Match(html).Groups["text"].Value.Trim()}");
        }

        Assert.That(answers.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", answers));
        Assert.That(answers[0], Does.Contain(WebUtility.HtmlEncode(IdentityService.InvalidInvitation)));
    }

    [GeneratedRegex("validation-summary-errors[^>]*>(?<text>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("data-valmsg-for=\"Input.Token\"[^>]*>(?<text>.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex TokenError();
}
