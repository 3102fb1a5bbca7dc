using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Operations;

public enum JobRunStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>
/// One execution of a scheduled job over a period (its run key, e.g. "2026-11-22"). The pair
/// (job, run key) is unique, so two app instances cannot both start the same run.
/// </summary>
public sealed class JobRun : Entity
{
    private JobRun() { }

    public JobRun(string job, string runKey, DateTimeOffset startedAt)
    {
        Job = job;
        RunKey = runKey;
        StartedAt = startedAt;
        Status = JobRunStatus.Running;
    }

    public string Job { get; private set; } = "";
    public string RunKey { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public JobRunStatus Status { get; private set; }
    public int Processed { get; private set; }
    public int Changed { get; private set; }
    public string? Log { get; private set; }

    public void Restart(DateTimeOffset at)
    {
        StartedAt = at;
        FinishedAt = null;
        Status = JobRunStatus.Running;
        Log = null;
    }

    public void Succeed(DateTimeOffset at, int processed, int changed, string? log)
    {
        FinishedAt = at;
        Status = JobRunStatus.Succeeded;
        Processed = processed;
        Changed = changed;
        Log = log;
    }

    public void Fail(DateTimeOffset at, string error)
    {
        FinishedAt = at;
        Status = JobRunStatus.Failed;
        Log = error.Length > 4000 ? error[..4000] : error;
    }
}
