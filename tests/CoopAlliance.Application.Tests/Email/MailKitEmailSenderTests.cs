using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Infrastructure.Email;
using CoopAlliance.Infrastructure.Reporting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoopAlliance.Application.Tests.Email;

/// <summary>The MailKit sender against a real SMTP server on loopback, and its .eml pickup folder.</summary>
public sealed class MailKitEmailSenderTests
{
    private const string Body = "Hello Maria,\n\nYour co-op's statement for January is attached. Café — 0.15 % of revenue.\n\nThe alliance office";

    private string _contentRoot = "";

    [SetUp]
    public void CreateContentRoot()
    {
        _contentRoot = Path.Combine(Path.GetTempPath(), "coopalliance-mail-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_contentRoot);
    }

    [TearDown]
    public void RemoveContentRoot() => Directory.Delete(_contentRoot, recursive: true);

    internal static byte[] Statement() => new SkiaPdfRenderer().Render(new ReportBuilder("Dues statement, January 2027")
        .KeyValues(("Co-op", "Pioneer Valley Bread Cooperative"), ("Amount due", "$618.00"))
        .Build());

    private MailKitEmailSender Sender(EmailOptions options) =>
        new(Options.Create(options), new HostingEnvironment { ContentRootPath = _contentRoot }, new TestClock());

    [Test]
    public async Task AMessageWithAPdfReachesTheSmtpServerWithSubjectRecipientBodyAndTheExactFile()
    {
        await using var server = new LoopbackSmtpServer();
        var pdf = Statement();
        var sender = Sender(new EmailOptions
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = server.Port,
            Security = "None",
            From = "Valley Alliance <office@valley-alliance.coop>",
        });

        await sender.SendAsync("maria@example.coop", "Your dues statement for January", Body,
            [new EmailAttachment("dues-2027-01.pdf", "application/pdf", pdf)], CancellationToken.None);

        var mail = server.Received.Single();
        Assert.That(mail.From, Is.EqualTo("office@valley-alliance.coop"));
        Assert.That(mail.Recipients, Is.EqualTo(new[] { "maria@example.coop" }));
        using var message = MimeMessage.Load(new MemoryStream(mail.Data));
        Assert.That(message.Subject, Is.EqualTo("Your dues statement for January"));
        Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("maria@example.coop"));
        Assert.That(message.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo(Body));
        var attachment = message.Attachments.OfType<MimePart>().Single();
        Assert.That(attachment.FileName, Is.EqualTo("dues-2027-01.pdf"));
        Assert.That(attachment.ContentType.MimeType, Is.EqualTo("application/pdf"));
        Assert.That(Content(attachment), Is.EqualTo(pdf));
    }

    [Test]
    public async Task AMessageWithoutAttachmentsIsPlainText()
    {
        await using var server = new LoopbackSmtpServer();
        var sender = Sender(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = server.Port, Security = "None" });

        await sender.SendAsync("maria@example.coop", "Welcome", "Plain words.", [], CancellationToken.None);

        using var message = MimeMessage.Load(new MemoryStream(server.Received.Single().Data));
        Assert.That(message.Body, Is.InstanceOf<TextPart>());
        Assert.That(message.TextBody?.Trim(), Is.EqualTo("Plain words."));
    }

    [Test]
    public void AnSmtpServerThatIsNotThereFailsTheSendSoTheOutboxCanRetry()
    {
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var sender = Sender(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = port, Security = "None" });

        Assert.That(() => sender.SendAsync("maria@example.coop", "Welcome", "Hi", [], CancellationToken.None),
            Throws.InstanceOf<System.Net.Sockets.SocketException>());
    }

    [Test]
    public async Task WithoutAnSmtpHostTheMessageIsWrittenToThePickupFolderWithItsAttachment()
    {
        var pdf = Statement();
        var sender = Sender(new EmailOptions { SmtpHost = null, PickupDirectory = "mail" });

        await sender.SendAsync("maria@example.coop", "Your dues statement for January", Body,
            [new EmailAttachment("dues-2027-01.pdf", "application/pdf", pdf), new EmailAttachment("payments.csv", "text/csv", "a,b\r\n1,2\r\n"u8.ToArray())],
            CancellationToken.None);

        var file = Directory.GetFiles(Path.Combine(_contentRoot, "mail"), "*.eml").Single();
        Assert.That(Path.GetFileName(file), Does.StartWith("20261123150000000-"), "named by the application's clock, not the wall clock");
        using var message = await MimeMessage.LoadAsync(file);
        Assert.That(message.Subject, Is.EqualTo("Your dues statement for January"));
        Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo("maria@example.coop"));
        Assert.That(message.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo(Body));
        var attachments = message.Attachments.OfType<MimePart>().ToList();
        Assert.That(attachments.Select(a => a.FileName), Is.EqualTo(new[] { "dues-2027-01.pdf", "payments.csv" }));
        Assert.That(Content(attachments[0]), Is.EqualTo(pdf));
        Assert.That(Content(attachments[1]), Is.EqualTo("a,b\r\n1,2\r\n"u8.ToArray()));
    }

    internal static byte[] Content(MimePart part)
    {
        using var decoded = new MemoryStream();
        part.Content!.DecodeTo(decoded);
        return decoded.ToArray();
    }
}
