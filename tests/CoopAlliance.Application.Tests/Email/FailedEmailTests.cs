using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Email;

/// <summary>Staff see the outbox by state, search it, and send a failed email again.</summary>
public sealed class FailedEmailTests : TestBase
{
    /// <summary>Adds a message in the given state, created <paramref name="minutesAgo"/> before now; returns its id.</summary>
    private static async Task<int> AddEmailAsync(string to, string subject, OutboxStatus status, int minutesAgo = 0, string error = "Mailbox unavailable")
    {
        var message = new OutboxMessage(to, subject, "Your one-time link: https://example.coop/secret-token", Clock.GetUtcNow().AddMinutes(-minutesAgo));
        switch (status)
        {
            case OutboxStatus.Failed:
                for (var i = 0; i < OutboxMessage.MaxAttempts; i++)
                {
                    message.MarkAttemptFailed(Clock.GetUtcNow(), error);
                }

                break;
            case OutboxStatus.Sent:
                message.MarkSent(Clock.GetUtcNow());
                break;
        }

        await AddAsync(message);
        return message.Id;
    }

    [Test]
    public async Task TheListShowsFailedEmailsByDefaultNewestFirstWithTheirLastError()
    {
        var older = await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed, minutesAgo: 60, error: "550 No such user");
        var newer = await AddEmailAsync("ana@gmsoft.example.coop", "You are invited", OutboxStatus.Failed, minutesAgo: 5);
        await AddEmailAsync("jo@example.coop", "Welcome", OutboxStatus.Sent);
        await AddEmailAsync("sam@example.coop", "Reminder", OutboxStatus.Pending);

        var failed = await SendAsync(new ListEmails());

        Assert.That(failed.Total, Is.EqualTo(2));
        Assert.That(failed.Items.Select(e => e.Id), Is.EqualTo(new[] { newer, older }));
        var first = failed.Items[1];
        Assert.That(first.To, Is.EqualTo("maria@bread.example.coop"));
        Assert.That(first.Subject, Is.EqualTo("Dues for December"));
        Assert.That(first.Attempts, Is.EqualTo(OutboxMessage.MaxAttempts));
        Assert.That(first.LastError, Is.EqualTo("550 No such user"));
        Assert.That(first.Status, Is.EqualTo(OutboxStatus.Failed));
    }

    [Test]
    public async Task TheStatusFilterShowsOnlyPendingOrOnlySentEmails()
    {
        await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed);
        var sent = await AddEmailAsync("jo@example.coop", "Welcome", OutboxStatus.Sent);
        var pending = await AddEmailAsync("sam@example.coop", "Reminder", OutboxStatus.Pending);

        var sentList = await SendAsync(new ListEmails { Status = OutboxStatus.Sent });
        var pendingList = await SendAsync(new ListEmails { Status = OutboxStatus.Pending });

        Assert.That(sentList.Items.Select(e => e.Id), Is.EqualTo(new[] { sent }));
        Assert.That(sentList.Items[0].SentAt, Is.EqualTo(Clock.GetUtcNow()));
        Assert.That(pendingList.Items.Select(e => e.Id), Is.EqualTo(new[] { pending }));
    }

    [Test]
    public async Task SearchFindsARecipientOrASubjectWhateverTheCase()
    {
        var maria = await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed);
        var ana = await AddEmailAsync("ana@gmsoft.example.coop", "You are invited", OutboxStatus.Failed);
        await AddEmailAsync("maria@other.example.coop", "Welcome", OutboxStatus.Sent);

        var byRecipient = await SendAsync(new ListEmails { Q = "  MARIA@bread " });
        var bySubject = await SendAsync(new ListEmails { Q = "invited" });
        var nothing = await SendAsync(new ListEmails { Q = "nobody" });

        Assert.That(byRecipient.Items.Select(e => e.Id), Is.EqualTo(new[] { maria }), "only failed ones, by default");
        Assert.That(bySubject.Items.Select(e => e.Id), Is.EqualTo(new[] { ana }));
        Assert.That(nothing.Total, Is.Zero);
    }

    [Test]
    public async Task TheListPagesWithoutRepeatingOrSkippingAnEmail()
    {
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            // Two at each creation time, so only the tie-break keeps pages stable.
            ids.Add(await AddEmailAsync($"member{i}@example.coop", "Dues", OutboxStatus.Failed, minutesAgo: i / 2));
        }

        var pages = new List<EmailSummary>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await SendAsync(new ListEmails { Page = page, PageSize = 3 });
            Assert.That(result.Total, Is.EqualTo(7));
            Assert.That(result.PageCount, Is.EqualTo(3));
            pages.AddRange(result.Items);
        }

        Assert.That(pages.Select(e => e.Id), Is.EquivalentTo(ids));
        Assert.That(pages.Select(e => e.CreatedAt), Is.Ordered.Descending);
    }

    [Test]
    public async Task SortingByRecipientAscendingListsThemAlphabetically()
    {
        await AddEmailAsync("zoe@example.coop", "Dues", OutboxStatus.Failed);
        await AddEmailAsync("ana@example.coop", "Dues", OutboxStatus.Failed);
        await AddEmailAsync("maria@example.coop", "Dues", OutboxStatus.Failed);

        var list = await SendAsync(new ListEmails { Sort = EmailSort.To, Descending = false });

        Assert.That(list.Items.Select(e => e.To), Is.EqualTo(new[] { "ana@example.coop", "maria@example.coop", "zoe@example.coop" }));
    }

    [Test]
    public async Task ARetriedEmailIsPendingAgainAndTheOutboxJobSendsIt()
    {
        var id = await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed);
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)), "a failed email waits for staff");

        Clock.Advance(TimeSpan.FromHours(2));
        await SendAsync(new RetryEmail(id));

        var retried = (await FindAsync<OutboxMessage>(id))!;
        Assert.That(retried.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(retried.Attempts, Is.Zero);
        Assert.That(retried.NextAttemptAt, Is.EqualTo(Clock.GetUtcNow()));
        Assert.That((await SendAsync(new ListEmails())).Total, Is.Zero, "no longer among the failed");

        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(1, 0)));
        Assert.That(RecordingEmailSender.Sent.Select(m => m.To), Is.EqualTo(new[] { "maria@bread.example.coop" }));
        Assert.That((await FindAsync<OutboxMessage>(id))!.Status, Is.EqualTo(OutboxStatus.Sent));
    }

    [Test]
    public async Task RetryingIsAuditedWithTheStateChangeButNeverTheBody()
    {
        var id = await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed);

        await SendAsync(new RetryEmail(id));

        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Command == nameof(RetryEmail)));
        Assert.That(entry.EntityType, Is.EqualTo(nameof(OutboxMessage)));
        Assert.That(entry.EntityId, Is.EqualTo(id.ToString()));
        Assert.That(entry.UserId, Is.EqualTo(StaffUserId));
        Assert.That(entry.Changes, Does.Contain("\"Status\"").And.Contain("Failed").And.Contain("Pending"));
        Assert.That(entry.Changes, Does.Not.Contain("secret-token"));
    }

    [TestCase(OutboxStatus.Sent, "already sent")]
    [TestCase(OutboxStatus.Pending, "still waiting to be sent")]
    public async Task RetryingAnEmailThatHasNotFailedIsRefusedWithAReason(OutboxStatus status, string reason)
    {
        var id = await AddEmailAsync("maria@bread.example.coop", "Dues for December", status);
        var before = (await FindAsync<OutboxMessage>(id))!;

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new RetryEmail(id)));

        Assert.That(refused!.Message, Does.Contain(reason).And.Contain("maria@bread.example.coop"));
        var after = (await FindAsync<OutboxMessage>(id))!;
        Assert.That((after.Status, after.Attempts, after.NextAttemptAt), Is.EqualTo((before.Status, before.Attempts, before.NextAttemptAt)));
        Assert.That(await WithDbAsync(db => db.AuditEntries.CountAsync()), Is.Zero);
    }

    [Test]
    public void RetryingAnEmailThatDoesNotExistIsNotFound()
    {
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new RetryEmail(4711)));
    }

    [Test]
    public async Task OnlyStaffSeeTheOutboxOrRetryAnEmail()
    {
        var id = await AddEmailAsync("maria@bread.example.coop", "Dues for December", OutboxStatus.Failed);
        var coop = await AddActiveCoopAsync();

        RunAsRep(coop);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListEmails()));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new RetryEmail(id)));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListEmails()));

        Assert.That((await FindAsync<OutboxMessage>(id))!.Status, Is.EqualTo(OutboxStatus.Failed));
    }
}
