using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>Staff invite reps and mentors by email; the link sets the password; staff can disable a login.</summary>
public sealed partial class UserTests : WebTest
{
    private const string NewPassword = "Sugarbush-2026";

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?\S+")]
    private static partial Regex InvitationLink();

    private async Task<(int Id, Uri Link)> InviteAsync(string email, string role, int? cooperativeId = null)
    {
        var response = await (await StaffAsync()).PostAsJsonAsync("/api/v1/users/invitations",
            new { email, fullName = "Jo Whitcomb", role, cooperativeId });
        var id = (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo($"/api/v1/users/{id}"));
        var message = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        var link = InvitationLink().Match(message.Body);
        Assert.That(link.Success, Is.True, message.Body);
        return (id, new Uri(link.Value));
    }

    private async Task<HttpResponseMessage> AcceptAsync(Uri link, string password, string confirm)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return await Forms.PostAsync(App.CreateCookieClient(), link.PathAndQuery, new()
        {
            ["Input.Email"] = query["email"]!,
            ["Input.Token"] = query["token"]!,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm,
        });
    }

    private Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    [Test]
    public async Task AnInvitedMentorChoosesAPasswordWithTheEmailedLinkAndCanThenSignIn()
    {
        const string email = "jo.mentor@example.coop";
        var (id, link) = await InviteAsync(email, Roles.Mentor);

        var message = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.That(message.Subject, Does.Contain("invited"));
        Assert.That(message.Body, Does.Contain("Dear Jo Whitcomb"));
        Assert.That((await LoginAsync(email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "no password before the link is used");

        var page = await App.CreateCookieClient().GetAsync(link.PathAndQuery);
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain(email));
        var accepted = await AcceptAsync(link, NewPassword, NewPassword);

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await accepted.Content.ReadAsStringAsync(), Does.Contain("Your password is set"));
        var login = await JsonAsync(await LoginAsync(email, NewPassword));
        Assert.That(login.GetProperty("accessToken").GetString(), Is.Not.Empty);
        var users = await JsonAsync(await (await StaffAsync()).GetAsync("/api/v1/users?q=jo.mentor"));
        var user = users.EnumerateArray().Single();
        Assert.That(user.GetProperty("id").GetInt32(), Is.EqualTo(id));
        Assert.That(user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { Roles.Mentor }));
        Assert.That(user.GetProperty("hasAcceptedInvitation").GetBoolean(), Is.True);
    }

    [Test]
    public async Task TheAuditTrailRecordsTheInvitationButNoPasswordOrSecret()
    {
        const string email = "audited@example.coop";
        var (id, link) = await InviteAsync(email, Roles.Mentor);
        await AcceptAsync(link, NewPassword, NewPassword);
        var hash = await App.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());

        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "AppUser" && e.EntityId == id.ToString()).ToListAsync());

        Assert.That(entries.Select(e => e.Command), Is.SupersetOf(new[] { "InviteUser", "AcceptInvitation" }));
        Assert.That(entries.Single(e => e.Command == "InviteUser").Changes, Does.Contain(email));
        Assert.That(hash, Is.Not.Null);
        foreach (var entry in entries)
        {
            Assert.That(entry.Changes, Does.Not.Contain("PasswordHash").And.Not.Contain("SecurityStamp").And.Not.Contain(hash!).And.Not.Contain(NewPassword));
        }
    }

    [Test]
    public async Task AnInvitationLinkWorksOnlyOnce()
    {
        const string email = "once@example.coop";
        var (_, link) = await InviteAsync(email, Roles.Mentor);
        Assert.That(await (await AcceptAsync(link, NewPassword, NewPassword)).Content.ReadAsStringAsync(), Does.Contain("Your password is set"));

        var again = await AcceptAsync(link, "Another-password-1", "Another-password-1");

        var html = await again.Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("Your password is set"));
        Assert.That(html, Does.Contain("expired or was already used"));
        Assert.That((await LoginAsync(email, "Another-password-1")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await LoginAsync(email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task MismatchedPasswordsAreShownInlineAndNothingIsSet()
    {
        const string email = "typo@example.coop";
        var (_, link) = await InviteAsync(email, Roles.Mentor);

        var response = await AcceptAsync(link, NewPassword, NewPassword + "x");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The two passwords do not match."));
        Assert.That((await LoginAsync(email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task AnInvitedRepSeesTheirCoop()
    {
        const string email = "rep.kestrel@example.coop";
        var coopId = await CoopIdAsync("Kestrel Software Cooperative");
        var (_, link) = await InviteAsync(email, Roles.CoopRep, coopId);
        await AcceptAsync(link, NewPassword, NewPassword);

        var rep = await App.ClientForAsync(email, NewPassword);

        var list = await JsonAsync(await rep.GetAsync("/api/v1/coops"));
        Assert.That(list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()), Is.EqualTo(new[] { coopId }));
    }

    [Test]
    public async Task AnInvalidInvitationIs400AndCreatesNoLogin()
    {
        var staff = await StaffAsync();
        var users = await App.WithDbAsync(db => db.Users.CountAsync());

        var noCoop = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "lost.rep@example.coop", fullName = "Lost Rep", role = Roles.CoopRep }), HttpStatusCode.BadRequest);
        var ghostCoop = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "ghost.rep@example.coop", fullName = "Ghost Rep", role = Roles.CoopRep, cooperativeId = 999999 }), HttpStatusCode.BadRequest);
        var taken = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = AppFactory.MentorEmail, fullName = "Twin", role = Roles.Mentor }), HttpStatusCode.BadRequest);
        var badRole = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "boss@example.coop", fullName = "Boss", role = "Owner" }), HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(noCoop, "cooperativeId"), Is.EqualTo(new[] { "Choose the co-op this rep belongs to." }));
        Assert.That(FieldErrors(ghostCoop, "cooperativeId"), Is.EqualTo(new[] { "That co-op does not exist." }));
        Assert.That(FieldErrors(taken, "email"), Has.Some.Contains("already"));
        Assert.That(FieldErrors(badRole, "role"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(users));
        Assert.That(await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "lost.rep@example.coop" || m.To == "ghost.rep@example.coop" || m.To == "boss@example.coop")),
            Is.Zero);
    }

    [Test]
    public async Task ADisabledLoginCanNoLongerGetATokenUntilEnabledAgain()
    {
        const string email = "leaving.mentor@example.coop";
        var (id, link) = await InviteAsync(email, Roles.Mentor);
        await AcceptAsync(link, NewPassword, NewPassword);
        Assert.That((await LoginAsync(email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var staff = await StaffAsync();

        Assert.That((await staff.PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await ProblemAsync(await LoginAsync(email, NewPassword), HttpStatusCode.Unauthorized);
        var listed = (await JsonAsync(await staff.GetAsync($"/api/v1/users?q={email}"))).EnumerateArray().Single();
        Assert.That(listed.GetProperty("isDisabled").GetBoolean(), Is.True);

        Assert.That((await staff.PostAsync($"/api/v1/users/{id}/enable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await LoginAsync(email, NewPassword)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ADisabledLoginCannotSignInToTheUiEither()
    {
        const string email = "disabled.ui@example.coop";
        var id = await App.CreateLoginAsync(email, Roles.Mentor);
        Assert.That((await (await StaffAsync()).PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var response = await Forms.PostAsync(App.CreateCookieClient(), "/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AppFactory.Password,
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form is shown again instead of a redirect");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("the login is locked or disabled"));
    }

    [Test]
    public async Task StaffCannotDisableTheirOwnLogin()
    {
        var staff = await StaffAsync();
        var me = await App.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.StaffEmail).Select(u => u.Id).SingleAsync());

        var problem = await ProblemAsync(await staff.PostAsync($"/api/v1/users/{me}/disable", null), HttpStatusCode.BadRequest);

        Assert.That(FieldErrors(problem, "userId"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Users.Where(u => u.Id == me).Select(u => u.IsDisabled).SingleAsync()), Is.False);
    }

    [Test]
    public async Task OnlyAnAdminInvitesStaffOrDisablesAStaffLogin()
    {
        const string email = "coordinator@test.coop";
        await App.CreateLoginAsync(email, Roles.Staff);
        var coordinator = await App.ClientForAsync(email);
        var admin = await App.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.StaffEmail).Select(u => u.Id).SingleAsync());

        await ProblemAsync(await coordinator.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "new.staff@example.coop", fullName = "New Staff", role = Roles.Staff }), HttpStatusCode.Forbidden);
        await ProblemAsync(await coordinator.PostAsync($"/api/v1/users/{admin}/disable", null), HttpStatusCode.Forbidden);
        var mentor = await coordinator.PostAsJsonAsync("/api/v1/users/invitations",
            new { email = "new.mentor@example.coop", fullName = "New Mentor", role = Roles.Mentor });

        Assert.That(mentor.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "new.staff@example.coop")), Is.False);
        Assert.That(await App.WithDbAsync(db => db.Users.Where(u => u.Id == admin).Select(u => u.IsDisabled).SingleAsync()), Is.False);
    }

    [Test]
    public async Task TheUserListIsForStaff()
    {
        var list = await JsonAsync(await (await StaffAsync()).GetAsync("/api/v1/users"));

        var emails = list.EnumerateArray().Select(u => u.GetProperty("email").GetString()).ToList();
        Assert.That(emails, Is.SupersetOf(new[] { AppFactory.StaffEmail, AppFactory.RepEmail, AppFactory.MentorEmail }));
        var rep = list.EnumerateArray().Single(u => u.GetProperty("email").GetString() == AppFactory.RepEmail);
        Assert.That(rep.GetProperty("cooperativeName").GetString(), Is.EqualTo("Pioneer Valley Bread"));
        Assert.That(rep.TryGetProperty("passwordHash", out _), Is.False);
        await ProblemAsync(await (await RepAsync()).GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
    }
}
