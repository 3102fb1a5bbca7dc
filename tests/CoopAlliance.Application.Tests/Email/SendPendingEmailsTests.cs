using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoopAlliance.Application.Tests.Email;

public sealed class SendPendingEmailsTests : TestBase
{
    private static Task<OutboxMessage> QueueAsync(OutboxMessage message) => AddAsync(message);

    private static Task<OutboxMessage> ReloadAsync(int id) =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    [Test]
    public async Task AnAttachmentIsStoredWithItsMessageAndSentWithIt()
    {
        var pdf = MailKitEmailSenderTests.Statement();
        var queued = await QueueAsync(new OutboxMessage("maria@example.coop", "Your statement", "Attached.", Clock.GetUtcNow())
            .Attach("dues-2027-01.pdf", "application/pdf", pdf));

        var stored = await ReloadAsync(queued.Id);
        Assert.That(stored.Attachments.Single().Content, Is.EqualTo(pdf));

        var result = await SendAsSystemAsync(new SendPendingEmails());

        Assert.That(result, Is.EqualTo(new SendResult(1, 0)));
        var sent = RecordingEmailSender.Attachments.Single().Single();
        Assert.That((sent.FileName, sent.ContentType), Is.EqualTo(("dues-2027-01.pdf", "application/pdf")));
        Assert.That(sent.Content, Is.EqualTo(pdf));
        Assert.That((await ReloadAsync(queued.Id)).Status, Is.EqualTo(OutboxStatus.Sent));
    }

    [Test]
    public async Task AFailedSendStaysPendingAndIsRetriedOnlyAfterItsBackoff()
    {
        var queued = await QueueAsync(new OutboxMessage("maria@example.coop", "Welcome", "Hi", Clock.GetUtcNow()));
        RecordingEmailSender.FailWith = new IOException("Connection refused");

        var first = await SendAsSystemAsync(new SendPendingEmails());

        Assert.That(first, Is.EqualTo(new SendResult(0, 1)));
        var afterFirst = await ReloadAsync(queued.Id);
        Assert.That(afterFirst.Status, Is.EqualTo(OutboxStatus.Pending));
        Assert.That(afterFirst.Attempts, Is.EqualTo(1));
        Assert.That(afterFirst.LastError, Is.EqualTo("Connection refused"));
        Assert.That(afterFirst.NextAttemptAt, Is.EqualTo(Clock.GetUtcNow().AddMinutes(1)));
        Assert.That(afterFirst.ClaimedBy, Is.Null);

        // Before the backoff is over the message is left alone, even once the server is back.
        RecordingEmailSender.FailWith = null;
        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)));

        Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(1, 0)));
        var sent = await ReloadAsync(queued.Id);
        Assert.That(sent.Status, Is.EqualTo(OutboxStatus.Sent));
        Assert.That(sent.Attempts, Is.EqualTo(2));
        Assert.That(sent.LastError, Is.Null);
        Assert.That(RecordingEmailSender.Sent.Single().Subject, Is.EqualTo("Welcome"));
    }

    [Test]
    public async Task AfterMaxAttemptsAMessageIsFailedAndNoLongerTried()
    {
        var queued = await QueueAsync(new OutboxMessage("maria@example.coop", "Welcome", "Hi", Clock.GetUtcNow()));
        RecordingEmailSender.FailWith = new IOException("Mailbox unavailable");

        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 1)), $"attempt {attempt}");
            Clock.Advance(TimeSpan.FromMinutes(attempt * attempt));
        }

        var failed = await ReloadAsync(queued.Id);
        Assert.That(failed.Status, Is.EqualTo(OutboxStatus.Failed));
        Assert.That(failed.Attempts, Is.EqualTo(OutboxMessage.MaxAttempts));
        Assert.That(failed.LastError, Is.EqualTo("Mailbox unavailable"));

        RecordingEmailSender.FailWith = null;
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await SendAsSystemAsync(new SendPendingEmails()), Is.EqualTo(new SendResult(0, 0)));
        Assert.That(RecordingEmailSender.Sent, Is.Empty);
    }

    [Test]
    public void AttachmentsOfOneMessageMayNotExceedTheLimit()
    {
        var message = new OutboxMessage("maria@example.coop", "Big", "Files", Clock.GetUtcNow())
            .Attach("a.pdf", "application/pdf", new byte[OutboxMessage.MaxAttachmentBytes / 2]);

        var refused = Assert.Throws<DomainRuleException>(() => message.Attach("b.pdf", "application/pdf", new byte[OutboxMessage.MaxAttachmentBytes / 2 + 1]));

        Assert.That(refused!.Message, Does.Contain("10 MB"));
        Assert.That(message.Attachments, Has.Count.EqualTo(1));
    }

    [Test]
    public void AnAttachmentIsNamedByItsFileNameOnly()
    {
        var message = new OutboxMessage("maria@example.coop", "Statement", "Attached", Clock.GetUtcNow())
            .Attach(@"C:\reports\2027\dues.pdf", "application/pdf", [1]);

        Assert.That(message.Attachments.Single().FileName, Is.EqualTo("dues.pdf"));
    }

    [Test]
    public async Task TheOutboxDeliversThroughARealSmtpServerWithThePdfAttached()
    {
        await using var server = new LoopbackSmtpServer();
        var pdf = MailKitEmailSenderTests.Statement();
        var queued = await QueueAsync(new OutboxMessage("maria@example.coop", "Your dues statement for January", "Attached.", Clock.GetUtcNow())
            .Attach("dues-2027-01.pdf", "application/pdf", pdf));
        var smtp = new MailKitEmailSender(
            Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, Security = "None" }),
            Testing.Services.GetRequiredService<IHostEnvironment>(), Clock);

        // The handler as the job runs it, with the MailKit sender instead of the tests' recording one.
        var result = await WithDbAsync(db =>
            new SendPendingEmailsHandler(db, smtp, Clock, NullLogger<SendPendingEmailsHandler>.Instance).Handle(new SendPendingEmails(), CancellationToken.None));

        Assert.That(result, Is.EqualTo(new SendResult(1, 0)));
        using var message = MimeMessage.Load(new MemoryStream(server.Received.Single().Data));
        Assert.That(message.Subject, Is.EqualTo("Your dues statement for January"));
        Assert.That(MailKitEmailSenderTests.Content(message.Attachments.OfType<MimePart>().Single()), Is.EqualTo(pdf));
        Assert.That((await ReloadAsync(queued.Id)).Status, Is.EqualTo(OutboxStatus.Sent));
    }
}
