using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Dues;

public enum InvoiceRunStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>
/// The log of invoicing one billing period for one kind of invoice: who started it, when, how far it got and what went wrong. One per
/// period (a unique key), claimed by one worker at a time (<see cref="ClaimedBy"/>, kept alive by
/// <see cref="HeartbeatAt"/>); a run that failed or whose worker died is resumed, never duplicated.
/// </summary>
public sealed class InvoiceRun : Entity
{
    /// <summary>A claim not refreshed for this long belongs to a worker that died; another may take over.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(5);

    private InvoiceRun() { }

    public InvoiceRun(string periodKey, int policyId, string startedBy, Guid worker, DateTimeOffset at, InvoiceKind kind = InvoiceKind.Dues)
    {
        Kind = kind;
        PeriodKey = periodKey;
        PolicyId = policyId;
        StartedBy = startedBy;
        ClaimedBy = worker;
        StartedAt = at;
        HeartbeatAt = at;
        Status = InvoiceRunStatus.Running;
        Attempts = 1;
    }

    /// <summary>What the run bills: dues (under <see cref="PolicyId"/>) or benefit premiums (policy 0).</summary>
    public InvoiceKind Kind { get; private set; }
    public string PeriodKey { get; private set; } = "";
    public int PolicyId { get; private set; }
    public InvoiceRunStatus Status { get; private set; }
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public DateTimeOffset HeartbeatAt { get; private set; }
    public Guid? ClaimedBy { get; private set; }
    /// <summary>How many times the run was started (1 + resumptions).</summary>
    public int Attempts { get; private set; }
    public int Eligible { get; private set; }
    public int Processed { get; private set; }
    public int Created { get; private set; }
    /// <summary>Co-ops already invoiced for the period (by an earlier attempt or another node).</summary>
    public int Skipped { get; private set; }
    public int Errors { get; private set; }
    public decimal AmountBilled { get; private set; }
    public string? Log { get; private set; }

    public bool IsLive(DateTimeOffset now) => Status == InvoiceRunStatus.Running && now - HeartbeatAt < ClaimTimeout;

    public void Begin(int eligible)
    {
        Eligible = eligible;
        Processed = 0;
    }

    public void Progress(int processed, int created, int skipped, int errors, decimal billed, DateTimeOffset at)
    {
        Processed += processed;
        Created += created;
        Skipped += skipped;
        Errors += errors;
        AmountBilled += billed;
        HeartbeatAt = at;
    }

    public void Note(string line)
    {
        var log = string.IsNullOrEmpty(Log) ? line : Log + "\n" + line;
        Log = log.Length > 4000 ? log[^4000..] : log;
    }

    public void Succeed(DateTimeOffset at)
    {
        Status = InvoiceRunStatus.Succeeded;
        FinishedAt = at;
        HeartbeatAt = at;
        ClaimedBy = null;
        Note($"Finished: {Created} invoices issued in total, {Skipped} co-ops already invoiced, {Errors} errors.");
    }

    public void Fail(DateTimeOffset at, string error)
    {
        Status = InvoiceRunStatus.Failed;
        FinishedAt = at;
        ClaimedBy = null;
        Errors++;
        Note($"Stopped: {error}");
    }

    public float PercentDone => Eligible == 0 ? (Status == InvoiceRunStatus.Succeeded ? 100 : 0) : Math.Min(100, 100f * Processed / Eligible);
}
