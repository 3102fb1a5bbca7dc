using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Application.Users;

namespace CoopAlliance.Application.Tests.Users;

/// <summary>The logins list for staff: searched by name, email or co-op, one page at a time, by name.</summary>
public sealed class UserListPagingTests : TestBase
{
    private static readonly string[] Names = ["Ana Ortiz", "Ben Hale", "Cora Diaz", "Dev Patel", "Eli Stone", "Fay Moss", "Gus Lund"];

    private static async Task InviteEveryoneAsync(int coop)
    {
        foreach (var name in Names)
        {
            var email = name.Split(' ')[0].ToLowerInvariant() + "@example.coop";
            await SendAsync(name == "Cora Diaz"
                ? new InviteUser(email, name, Roles.CoopRep, coop)
                : new InviteUser(email, name, Roles.Mentor, null));
        }
    }

    [Test]
    public async Task PagesFollowEachOtherByNameWithoutRepeatingOrSkippingALogin()
    {
        await InviteEveryoneAsync(await AddActiveCoopAsync());

        var first = await SendAsync(new ListUsersPage(null, 1, 3));
        var second = await SendAsync(new ListUsersPage(null, 2, 3));
        var third = await SendAsync(new ListUsersPage(null, 3, 3));

        Assert.That(first.Total, Is.EqualTo(Names.Length));
        Assert.That(first.PageCount, Is.EqualTo(3));
        Assert.That(first.Items.Concat(second.Items).Concat(third.Items).Select(u => u.FullName), Is.EqualTo(Names));
        Assert.That(third.HasNext, Is.False);
    }

    [Test]
    public async Task SearchMatchesANameAnEmailOrARepsCoop()
    {
        await InviteEveryoneAsync(await AddActiveCoopAsync("Pioneer Valley Bread Cooperative"));

        var byName = await SendAsync(new ListUsersPage("  hale "));
        var byEmail = await SendAsync(new ListUsersPage("DEV@example"));
        var byCoop = await SendAsync(new ListUsersPage("valley bread"));
        var nobody = await SendAsync(new ListUsersPage("zzz"));

        Assert.That(byName.Items.Select(u => u.FullName), Is.EqualTo(new[] { "Ben Hale" }));
        Assert.That(byEmail.Items.Select(u => u.FullName), Is.EqualTo(new[] { "Dev Patel" }));
        Assert.That(byCoop.Items.Select(u => u.FullName), Is.EqualTo(new[] { "Cora Diaz" }));
        Assert.That(nobody.Total, Is.Zero);
    }

    [Test]
    public async Task OnlyStaffListLoginsAndAPageStartsAtOne()
    {
        var coop = await AddActiveCoopAsync();

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ListUsersPage(null, 0)));
        RunAsRep(coop);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListUsersPage(null)));
    }
}
