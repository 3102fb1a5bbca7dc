using CoopAlliance.Application.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CoopAlliance.Infrastructure.Email;

public sealed class MailKitEmailSender(IOptions<EmailOptions> options, IHostEnvironment env, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string body, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(o.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var content = new BodyBuilder { TextBody = body };
        foreach (var attachment in attachments)
        {
            var entity = content.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
            if (entity is MimePart part)
            {
                // Byte for byte, whatever the type: a CSV keeps its CRLF line ends, a text file its encoding.
                part.ContentTransferEncoding = ContentEncoding.Base64;
            }
        }

        message.Body = content.ToMessageBody();

        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var dir = Path.Combine(env.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            // CRLF line ends, as on the wire: the file is a standard .eml that any mail client opens.
            var format = FormatOptions.Default.Clone();
            format.NewLineFormat = NewLineFormat.Dos;
            await message.WriteToAsync(format, file, ct);
            return;
        }

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(o.Security, true, out var s) ? s : SecureSocketOptions.Auto;
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.SmtpUser))
        {
            await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
