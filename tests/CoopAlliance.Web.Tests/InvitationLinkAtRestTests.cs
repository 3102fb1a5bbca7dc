using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Email;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Web.Tests.Support;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Once the outbox has delivered an invitation, the database no longer holds its link; the invitee's copy (here the
/// development pickup file standing in for SMTP) still works.
/// </summary>
public sealed partial class InvitationLinkAtRestTests : WebTest
{
    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?\S+")]
    private static partial Regex InvitationLink();

    private async Task DeliverOutboxAsync()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendPendingEmails());
    }

    [Test]
    public async Task AfterDeliveryTheStoredInvitationHasNoLinkAndTheEmailedLinkStillSetsThePassword()
    {
        const string email = "new.staff@valley-alliance.coop";
        var invited = await (await StaffAsync()).PostAsJsonAsync("/api/v1/users/invitations",
            new { email, fullName = "Noor Staff", role = Roles.Staff, cooperativeId = (int?)null });
        Assert.That(invited.StatusCode, Is.EqualTo(HttpStatusCode.Created), await invited.Content.ReadAsStringAsync());
        var pending = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == email));
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(InvitationLink().Match(pending.Body).Value).Query)["token"];
        Assert.That(token, Is.Not.Empty, "the link is there until the message goes out");

        await DeliverOutboxAsync();

        var stored = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == email));
        Assert.That(stored.Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(stored.Body, Does.Not.Contain(Uri.EscapeDataString(token!)).And.Not.Contain("AcceptInvitation"));
        Assert.That(stored.Body, Does.Contain(OutboxMessage.RemovedLink));

        // The pickup folder is the development stand-in for SMTP: the file is the delivered email, link included.
        var delivered = Directory.GetFiles(App.MailDirectory, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == email));
        var link = new Uri(InvitationLink().Match(delivered.TextBody ?? "").Value);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var accepted = await Forms.PostAsync(App.CreateCookieClient(), link.PathAndQuery, new()
        {
            ["Input.Email"] = query["email"]!,
            ["Input.Token"] = query["token"]!,
            ["Input.Password"] = "Maple-syrup-2026",
            ["Input.ConfirmPassword"] = "Maple-syrup-2026",
        });

        Assert.That(await accepted.Content.ReadAsStringAsync(), Does.Contain("Your password is set"));
        var signedIn = await App.ClientForAsync(email, "Maple-syrup-2026");
        Assert.That((await signedIn.GetAsync("/api/v1/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
