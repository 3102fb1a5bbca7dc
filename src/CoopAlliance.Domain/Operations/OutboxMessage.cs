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
/// with retries, and leaves a final failed state that staff can see.
/// </summary>
public sealed class OutboxMessage : Entity
{
    public const int MaxAttempts = 5;

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

    public void MarkSent(DateTimeOffset at)
    {
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

    public void Retry(DateTimeOffset at)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = at;
        ClaimedBy = null;
    }
}
