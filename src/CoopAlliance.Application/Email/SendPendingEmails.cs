using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Email;

/// <summary>Delivers one email (SMTP, or a .eml file where no SMTP server is configured).</summary>
public interface IEmailSender
{
    /// <summary>A plain-text message; with attachments it goes as multipart/mixed.</summary>
    Task SendAsync(string to, string subject, string body, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct);
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

public sealed record SendResult(int Sent, int Failed);

/// <summary>
/// Sends what the outbox holds. Not one transaction on purpose: each message is claimed (so a second app
/// instance skips it), sent, and marked, committing as it goes; a claim left by a crash expires.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendPendingEmails(int BatchSize = 50) : IRequest<SendResult>;

public sealed class SendPendingEmailsHandler(IAppDbContext db, IEmailSender sender, TimeProvider clock, ILogger<SendPendingEmailsHandler> logger)
    : IRequestHandler<SendPendingEmails, SendResult>
{
    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    public async Task<SendResult> Handle(SendPendingEmails request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claim = Guid.NewGuid();
        var staleBefore = now - ClaimLifetime;
        var candidates = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedBy == null || m.NextAttemptAt <= staleBefore))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(request.BatchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return new SendResult(0, 0);
        }

        // The claim is one UPDATE guarded by the values we read: another sender that got there first wins.
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.ClaimedBy == null || m.NextAttemptAt <= staleBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claim).SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        var mine = await db.OutboxMessages.Where(m => m.ClaimedBy == claim).OrderBy(m => m.Id).ToListAsync(cancellationToken);

        int sent = 0, failed = 0;
        foreach (var message in mine)
        {
            try
            {
                var attachments = message.Attachments.Select(a => new EmailAttachment(a.FileName, a.ContentType, a.Content)).ToList();
                await sender.SendAsync(message.To, message.Subject, message.Body, attachments, cancellationToken);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Email {MessageId} could not be sent (attempt {Attempt})", message.Id, message.Attempts + 1);
                message.MarkAttemptFailed(clock.GetUtcNow(), ex.Message);
                failed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new SendResult(sent, failed);
    }
}
