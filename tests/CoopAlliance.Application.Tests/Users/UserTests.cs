using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Users;

public sealed partial class UserTests : TestBase
{
    public const string Password = "Sourdough-Starter-42";

    [Test]
    public async Task AnInvitationCreatesALoginWithoutPasswordAndQueuesAnEmailWithTheLink()
    {
        var coop = await AddActiveCoopAsync();

        var userId = await SendAsync(new InviteUser("rita@bread.example.coop", "Rita Rep", Roles.CoopRep, coop));

        var user = (await SendAsync(new ListUsers("rita"))).Single();
        Assert.That(user.Id, Is.EqualTo(userId));
        Assert.That(user.Roles, Is.EqualTo(new[] { Roles.CoopRep }));
        Assert.That(user.CooperativeId, Is.EqualTo(coop));
        Assert.That(user.HasAcceptedInvitation, Is.False);
        Assert.That(await WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync()), Is.Null);
        var email = (await WithDbAsync(db => db.OutboxMessages.ToListAsync())).Single();
        Assert.That(email.To, Is.EqualTo("rita@bread.example.coop"));
        Assert.That(email.Body, Does.Contain("https://office.example.coop/Account/AcceptInvitation?email=rita%40bread.example.coop&token="));
        Assert.That((await SignInAsync("rita@bread.example.coop", "")).Outcome, Is.EqualTo(SignInOutcome.Failed));
    }

    [Test]
    public async Task OnceTheInvitationIsDeliveredTheStoredEmailNoLongerHoldsTheLinkButTheEmailedLinkStillWorks()
    {
        const string email = "sam@staff.example.coop";
        var token = await InviteAsync(email, Roles.Staff, null);
        RecordingEmailSender.FailWith = new InvalidOperationException("SMTP server not reachable");
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 1)));
        var afterFailure = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.That(afterFailure.Body, Does.Contain(Uri.EscapeDataString(token)), "kept until it is delivered");

        RecordingEmailSender.FailWith = null;
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(1, 0)));

        var stored = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == email));
        Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(stored.Body, Does.Not.Contain(Uri.EscapeDataString(token)).And.Not.Contain("token=").And.Not.Contain("AcceptInvitation"));
        Assert.That(stored.Body, Does.Contain(OutboxMessage.RemovedLink).And.Contain("Dear"));
        var delivered = RecordingEmailSender.Sent.Single(m => m.To == email);
        var emailedToken = Uri.UnescapeDataString(TokenInLink().Match(delivered.Body).Groups[1].Value);
        Assert.That(emailedToken, Is.EqualTo(token));

        await SendAsync(new AcceptInvitation(email, emailedToken, Password, Password));
        Assert.That((await SignInAsync(email, Password)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
    }

    [Test]
    public async Task AcceptingTheInvitationSetsThePasswordAndTheRepCanSignInAsTheirCoop()
    {
        var coop = await AddActiveCoopAsync();
        await InviteAndAcceptAsync("rita@bread.example.coop", Roles.CoopRep, coop);

        var (outcome, principal) = await SignInAsync("rita@bread.example.coop", Password);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.Succeeded));
        Assert.That(principal!.IsInRole(Roles.CoopRep), Is.True);
        Assert.That(principal.FindFirst(AppClaims.CooperativeId)?.Value, Is.EqualTo(coop.ToString()));
        Assert.That((await SendAsync(new ListUsers("rita"))).Single().HasAcceptedInvitation, Is.True);
    }

    [Test]
    public async Task AnInvitationLinkWorksOnce()
    {
        var token = await InviteAndAcceptAsync("morgan@mentors.example.org", Roles.Mentor, null);

        var refused = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new AcceptInvitation("morgan@mentors.example.org", token, "Another-Password-1", "Another-Password-1")));

        Assert.That(refused!.Errors.Keys, Is.EqualTo(new[] { "Token" }));
        Assert.That((await SignInAsync("morgan@mentors.example.org", Password)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
    }

    [Test]
    public async Task AForgedTokenOrAShortPasswordIsRefused()
    {
        await SendAsync(new InviteUser("morgan@mentors.example.org", "Morgan Mentor", Roles.Mentor, null));
        RunAnonymously();

        var forged = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new AcceptInvitation("morgan@mentors.example.org", "not-a-token", Password, Password)));
        var weak = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new AcceptInvitation("morgan@mentors.example.org", "x", "short", "different")));

        Assert.That(forged!.Errors.Keys, Is.EqualTo(new[] { "Token" }));
        Assert.That(weak!.Errors.Keys, Is.EquivalentTo(new[] { "Password", "ConfirmPassword" }));
    }

    [Test]
    public async Task ADisabledLoginCannotSignInUntilEnabledAgain()
    {
        var userId = await InviteAndAcceptUserAsync("morgan@mentors.example.org", Roles.Mentor, null);

        RunAsStaff();
        await SendAsync(new SetUserDisabled(userId, true));

        Assert.That((await SignInAsync("morgan@mentors.example.org", Password)).Outcome, Is.AnyOf(SignInOutcome.Disabled, SignInOutcome.Failed));
        Assert.That((await SignInAsync("morgan@mentors.example.org", Password)).Principal, Is.Null);
        Assert.That((await SendAsync(new ListUsers("morgan"))).Single().IsDisabled, Is.True);

        await SendAsync(new SetUserDisabled(userId, false));

        Assert.That((await SignInAsync("morgan@mentors.example.org", Password)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
    }

    [Test]
    public async Task FiveWrongPasswordsLockTheLoginEvenAgainstTheRightOne()
    {
        await InviteAndAcceptAsync("morgan@mentors.example.org", Roles.Mentor, null);

        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await SignInAsync("morgan@mentors.example.org", "wrong password " + i)).Outcome);
        }

        Assert.That(outcomes.Take(4), Is.All.EqualTo(SignInOutcome.Failed));
        Assert.That(outcomes[4], Is.EqualTo(SignInOutcome.LockedOut));
        Assert.That((await SignInAsync("morgan@mentors.example.org", Password)).Outcome, Is.EqualTo(SignInOutcome.LockedOut));
    }

    [Test]
    public async Task OnlyAnAdminInvitesStaffButAnyStaffInvitesRepsAndMentors()
    {
        var coop = await AddActiveCoopAsync();
        RunAsStaff(admin: false);

        var refused = Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new InviteUser("new@alliance.example.coop", "New Staff", Roles.Staff, null)));
        Assert.That(refused!.Message, Does.Contain("admin"));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);

        await SendAsync(new InviteUser("rita@bread.example.coop", "Rita Rep", Roles.CoopRep, coop));
        await SendAsync(new InviteUser("morgan@mentors.example.org", "Morgan Mentor", Roles.Mentor, null));
        RunAsStaff(admin: true);
        await SendAsync(new InviteUser("new@alliance.example.coop", "New Staff", Roles.Staff, null));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(3));
    }

    [Test]
    public async Task RepsAndMentorsCannotInviteAnyone()
    {
        var coop = await AddActiveCoopAsync();
        RunAsRep(coop);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new InviteUser("pal@bread.example.coop", "Pal", Roles.CoopRep, coop)));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new InviteUser("pal@bread.example.coop", "Pal", Roles.Mentor, null)));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task AnInvitationNeedsAFreeEmailAndARepNeedsAnExistingCoop()
    {
        await SendAsync(new InviteUser("morgan@mentors.example.org", "Morgan Mentor", Roles.Mentor, null));

        var taken = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("MORGAN@mentors.example.org", "Morgan Again", Roles.Mentor, null)));
        var noCoop = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("rita@bread.example.coop", "Rita Rep", Roles.CoopRep, null)));
        var unknownCoop = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("rita@bread.example.coop", "Rita Rep", Roles.CoopRep, 4242)));
        var badRole = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new InviteUser("boss@example.coop", "Boss", Roles.Admin, null)));

        Assert.That(taken!.Errors.Keys, Is.EqualTo(new[] { "Email" }));
        Assert.That(noCoop!.Errors.Keys, Is.EqualTo(new[] { "CooperativeId" }));
        Assert.That(unknownCoop!.Errors.Keys, Is.EqualTo(new[] { "CooperativeId" }));
        Assert.That(badRole!.Errors.Keys, Is.EqualTo(new[] { "Role" }));
        Assert.That(await WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task AStaffMemberWhoIsNotAnAdminCannotDisableStaff()
    {
        await SendAsync(new InviteUser("colleague@alliance.example.coop", "Colleague", Roles.Staff, null));
        var colleague = (await SendAsync(new ListUsers("colleague"))).Single();
        RunAsStaff(admin: false);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new SetUserDisabled(colleague.Id, true)));

        Assert.That((await SendAsync(new ListUsers("colleague"))).Single().IsDisabled, Is.False);
    }

    /// <summary>Invites someone as staff, then accepts as they would (signed out); returns the token used.</summary>
    internal static async Task<string> InviteAndAcceptAsync(string email, string role, int? coopId)
    {
        var token = await InviteAsync(email, role, coopId);
        RunAnonymously();
        await SendAsync(new AcceptInvitation(email, token, Password, Password));
        RunAsStaff();
        return token;
    }

    private static async Task<int> InviteAndAcceptUserAsync(string email, string role, int? coopId)
    {
        await InviteAndAcceptAsync(email, role, coopId);
        return await WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    }

    /// <summary>Invites someone as staff and returns the token from the link in their email.</summary>
    internal static async Task<string> InviteAsync(string email, string role, int? coopId)
    {
        await SendAsync(new InviteUser(email, email.Split('@')[0], role, coopId));
        var body = await WithDbAsync(db => db.OutboxMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync());
        return Uri.UnescapeDataString(TokenInLink().Match(body).Groups[1].Value);
    }

    internal static Task<(SignInOutcome Outcome, System.Security.Claims.ClaimsPrincipal? Principal)> SignInAsync(string email, string password) =>
        WithServiceAsync<IAuthService, (SignInOutcome, System.Security.Claims.ClaimsPrincipal?)>(auth => auth.CheckPasswordAsync(email, password));

    [GeneratedRegex(@"[?&]token=([^&\s]+)")]
    private static partial Regex TokenInLink();
}
