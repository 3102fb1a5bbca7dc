using System.Text.RegularExpressions;
using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Operations;

public enum OutboxStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>
/// An email stored in the same transaction as the change that caused it; a job delivers it later,
/// with retries, and leaves a final failed state that staff can see. A one-time link in the body (an
/// invitation or password link: any web address carrying a <c>token</c> parameter) is kept only until the
/// message is delivered; marking it sent replaces the link, so whoever reads the database afterwards cannot
/// use it to take over a login that has not been claimed yet.
/// </summary>
public sealed partial class OutboxMessage : Entity
{
    public const int MaxAttempts = 5;
    /// <summary>What stands in the stored body for a one-time link once the message is delivered.</summary>
    public const string RemovedLink = "[link removed after sending]";
    /// <summary>Most mail servers refuse messages over 10–25 MB; base64 adds a third.</summary>
    public const int MaxAttachmentBytes = 10 * 1024 * 1024;

    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage() { }

    public OutboxMessage(string to, string subject, string body, DateTimeOffset createdAt)
    {
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        Status = OutboxStatus.Pending;
    }

    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    /// <summary>Set while one sender owns the message, so two app instances never send it twice.</summary>
    public Guid? ClaimedBy { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Files sent with the message (a dues statement as PDF, say), stored with it in the same transaction.</summary>
    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    public OutboxMessage Attach(string fileName, string contentType, byte[] content)
    {
        var attachment = new OutboxAttachment(fileName, contentType, content);
        if (_attachments.Sum(a => a.Content.Length) + content.Length > MaxAttachmentBytes)
        {
            throw DomainRuleException.Format("The attachments of one email may total at most {0} MB.", MaxAttachmentBytes / (1024 * 1024));
        }

        _attachments.Add(attachment);
        return this;
    }

    /// <summary>Delivered: the one-time links in the body are removed in the same change that records it.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Body = RedactOneTimeLinks(Body);
        Status = OutboxStatus.Sent;
        SentAt = at;
        Attempts++;
        ClaimedBy = null;
        LastError = null;
    }

    public void MarkAttemptFailed(DateTimeOffset at, string error)
    {
        Attempts++;
        ClaimedBy = null;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        // Back off: 1, 4, 9, 16 minutes.
        NextAttemptAt = at.AddMinutes(Attempts * Attempts);
    }

    /// <summary>Staff send a failed email again: it goes back to pending with fresh attempts; the last error stays until it is sent.</summary>
    public void Retry(DateTimeOffset at)
    {
        switch (Status)
        {
            case OutboxStatus.Sent:
                throw new DomainRuleException($"This email to {To} was already sent{(SentAt is { } sent ? $" on {sent:MMMM d, yyyy} at {sent:HH:mm} UTC" : "")}; it is not sent twice.");
            case OutboxStatus.Pending:
                throw DomainRuleException.Format("This email to {0} is still waiting to be sent; the outbox tries it again by itself. Only a failed email can be retried.", To);
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
        ClaimedBy = null;
    }

    /// <summary>The text with every web address that carries a <c>token</c> query parameter replaced by <see cref="RemovedLink"/>.</summary>
    public static string RedactOneTimeLinks(string text) => OneTimeLink().Replace(text, RemovedLink);

    [GeneratedRegex(@"https?://[^\s?]*\?(?:[^\s]*&)?token=[^\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex OneTimeLink();
}

/// <summary>A file attached to an <see cref="OutboxMessage"/>; part of the message, never shared or changed.</summary>
public sealed class OutboxAttachment
{
    private OutboxAttachment() { }

    public OutboxAttachment(string fileName, string contentType, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        // The name is what the recipient sees; a path would leak where it came from and confuse mail clients.
        FileName = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (FileName.Length is 0 or > 200)
        {
            throw new ArgumentException("An attachment needs a file name of at most 200 characters.", nameof(fileName));
        }

        ContentType = contentType.Trim();
        Content = content;
    }

    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}
