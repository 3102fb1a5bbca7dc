using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Email;

public sealed class OutboxTests : TestBase
{
    private static Task QueueAsync(params string[] recipients) => WithDbAsync(async db =>
    {
        foreach (var to in recipients)
        {
            db.OutboxMessages.Add(new OutboxMessage(to, "Dues for December", "Your co-op owes $618.00 for December.", Clock.GetUtcNow()));
        }

        await db.SaveChangesAsync();
    });

    [Test]
    public async Task PendingMailIsSentOnceAndMarkedSent()
    {
        await QueueAsync("maria@bread.example.coop", "ana@gmsoft.example.coop");

        var first = await SendAsSystemAsync(new SendPendingEmails());
        var second = await SendAsSystemAsync(new SendPendingEmails());

        Assert.That(first, Is.EqualTo(new SendResult(2, 0)));
        Assert.That(second, Is.EqualTo(new SendResult(0, 0)));
        Assert.That(RecordingEmailSender.Sent.Select(m => m.To), Is.EquivalentTo(new[] { "maria@bread.example.coop", "ana@gmsoft.example.coop" }));
        var messages = await WithDbAsync(db => db.OutboxMessages.ToListAsync());
        Assert.That(messages.All(m => m.Status == OutboxStatus.Sent && m.SentAt == Clock.UtcNow && m.ClaimedBy == null), Is.True);
    }

    [Test]
    public async Task MailIsNotSentBeforeItIsDue()
    {
        await WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage("maria@bread.example.coop", "Later", "Later", Clock.GetUtcNow().AddMinutes(5)));
            await db.SaveChangesAsync();
        });

        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)));
        Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(1, 0)));
    }

    [Test]
    public async Task AFailingSenderIsRetriedWithGrowingPausesAndTheMessageEndsFailed()
    {
        await QueueAsync("maria@bread.example.coop");
        RecordingEmailSender.FailWith = new InvalidOperationException("SMTP server not reachable");

        var attempts = 0;
        var pausesHonoured = true;
        for (var round = 0; round < 60 && await StatusAsync() == OutboxStatus.Pending; round++)
        {
            var result = await SendAsSystemAsync(new SendPendingEmails());
            attempts += result.Failed;
            if (result.Failed > 0)
            {
                // Right after a failure nothing is tried again until the pause is over.
                pausesHonoured &= await SendAsSystemAsync(new SendPendingEmails()) == new SendResult(0, 0);
            }

            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var message = await WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.That(message.Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(message.Attempts, Is.EqualTo(OutboxMessage.MaxAttempts));
        Assert.That(attempts, Is.EqualTo(OutboxMessage.MaxAttempts));
        Assert.That(pausesHonoured, Is.True);
        Assert.That(message.LastError, Does.Contain("SMTP server not reachable"));

        RecordingEmailSender.FailWith = null;
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)), "a failed message waits for staff");
        Assert.That(RecordingEmailSender.Sent, Is.Empty);
    }

    [Test]
    public async Task TwoSendersRunningTogetherNeverSendAMessageTwice()
    {
        var recipients = Enumerable.Range(1, 40).Select(i => $"member{i}@example.coop").ToArray();
        await QueueAsync(recipients);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => SendAsSystemAsync(new SendPendingEmails(BatchSize: 100)))));

        Assert.That(RecordingEmailSender.Sent.Select(m => m.To), Is.EquivalentTo(recipients), "each message exactly once");
        Assert.That(results.Sum(r => r.Sent), Is.EqualTo(40));
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Sent)), Is.Zero);
    }

    [Test]
    public async Task AClaimLeftByACrashedSenderExpiresAndTheMessageIsSentAfterAll()
    {
        await QueueAsync("maria@bread.example.coop");
        await WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, Guid.NewGuid())));

        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)), "claimed by another sender");
        Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(1, 0)));
        Assert.That(RecordingEmailSender.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void OnlyStaffOrTheSchedulerSendTheOutbox()
    {
        RunAsMentor();

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new SendPendingEmails()));
    }

    private static Task<OutboxStatus> StatusAsync() => WithDbAsync(db => db.OutboxMessages.Select(m => m.Status).SingleAsync());
}

public sealed class MappingTests
{
    [Test]
    public void TheAutoMapperConfigurationIsValid()
    {
        var configuration = Testing.Services.GetRequiredService<AutoMapper.IConfigurationProvider>();

        configuration.AssertConfigurationIsValid();
    }
}
