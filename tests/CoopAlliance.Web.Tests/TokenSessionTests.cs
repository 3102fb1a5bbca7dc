using System.Net;
using System.Text;
using System.Text.Json;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// A bearer token carries its login's security stamp (hashed); a disable or a password, role or co-op change renews
/// the stamp and the old token is refused on the very next request (same node), while a fresh token works.
/// </summary>
public sealed class TokenSessionTests : WebTest
{
    private const string Probe = "/api/v1/dashboard";

    private async Task<(int Id, HttpClient Client)> StaffLoginAsync(string email)
    {
        var id = await App.CreateLoginAsync(email, Roles.Staff);
        var client = await App.ClientForAsync(email);
        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // Twice, so the node has the login cached: the refusal below must not depend on a cache miss.
        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return (id, client);
    }

    private async Task WithUserAsync(int id, Func<UserManager<AppUser>, AppUser, Task<IdentityResult>> change)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var result = await change(users, (await users.FindByIdAsync(id.ToString()))!);
        Assert.That(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [Test]
    public async Task DisablingALoginThroughTheApiEndsItsTokenOnTheNextRequest()
    {
        var (id, client) = await StaffLoginAsync("token-disable@example.coop");

        var disable = await (await StaffAsync()).PostAsync($"/api/v1/users/{id}/disable", null);
        Assert.That(disable.IsSuccessStatusCode, await disable.Content.ReadAsStringAsync());

        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task APasswordChangeEndsTheOldTokenAndAFreshOneWorks()
    {
        const string email = "token-password@example.coop";
        var (id, client) = await StaffLoginAsync(email);

        await WithUserAsync(id, (users, user) => users.ChangePasswordAsync(user, AppFactory.Password, "A-new-password-2026"));

        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var fresh = await App.ClientForAsync(email, "A-new-password-2026");
        Assert.That((await fresh.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ARoleChangeEndsTheOldTokenAndAFreshOneCarriesTheNewRoles()
    {
        const string email = "token-role@example.coop";
        var (id, client) = await StaffLoginAsync(email);

        await WithUserAsync(id, (users, user) => users.AddToRoleAsync(user, Roles.Mentor));

        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var fresh = await App.ClientForAsync(email);
        Assert.That((await fresh.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Taking a role away ends the tokens that still carry it.
        await WithUserAsync(id, (users, user) => users.RemoveFromRoleAsync(user, Roles.Staff));
        Assert.That((await fresh.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await (await App.ClientForAsync(email)).GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task AMoveToAnotherCoopEndsTheOldToken()
    {
        const string email = "token-coop@example.coop";
        var (id, client) = await StaffLoginAsync(email);
        var coopId = await RepCoopIdAsync();

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIdentityService>().LinkToCooperativeAsync(id, coopId, CancellationToken.None);
        }

        Assert.That((await client.GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await (await App.ClientForAsync(email)).GetAsync(Probe)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheTokenCarriesAHashOfTheStampNeverTheStampItself()
    {
        const string email = "token-claims@example.coop";
        var (id, client) = await StaffLoginAsync(email);
        var stamp = await App.WithDbAsync(async db => (await db.Users.FindAsync(id))!.SecurityStamp!);

        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=')));

        Assert.That(json, Does.Not.Contain(stamp));
        Assert.That(JsonDocument.Parse(json).RootElement.GetProperty(SecurityStamps.ClaimType).GetString(), Is.EqualTo(SecurityStamps.Hash(stamp)));
    }
}
