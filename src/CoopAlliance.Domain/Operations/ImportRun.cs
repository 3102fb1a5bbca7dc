using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Operations;

public enum ImportRunStatus
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}

/// <summary>Which file of an import a batch belongs to, in the order they are imported.</summary>
public enum ImportPhase
{
    Coops = 1,
    Roster = 2,
    Done = 3,
}

/// <summary>
/// One import of a set of spreadsheets (identified by the hash of their contents). Each batch of rows commits together
/// with the run's progress (the phase and the last line written), so an import that stops — a crash, a restart — resumes
/// at the next batch when the same files are imported again; a finished one imported again only finds its rows unchanged.
/// </summary>
public sealed class ImportRun : Entity
{
    private ImportRun() { }

    public ImportRun(string fileHash, string fileNames, string startedBy, DateTimeOffset at)
    {
        FileHash = fileHash;
        FileNames = fileNames;
        StartedBy = startedBy;
        StartedAt = at;
        Status = ImportRunStatus.Running;
        Phase = ImportPhase.Coops;
        Attempts = 1;
    }

    public string FileHash { get; private set; } = "";
    public string FileNames { get; private set; } = "";
    public string StartedBy { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public ImportRunStatus Status { get; private set; }
    public ImportPhase Phase { get; private set; }

    /// <summary>The last line of the phase's file whose batch is committed (0: none yet).</summary>
    public int LastLine { get; private set; }

    public int Attempts { get; private set; }
    public int CoopsCreated { get; private set; }
    public int CoopsUpdated { get; private set; }
    public int CoopsUnchanged { get; private set; }
    public int PeopleCreated { get; private set; }
    public int PeopleUpdated { get; private set; }
    public int PeopleUnchanged { get; private set; }
    public string? Error { get; private set; }

    public bool IsFinished => Status == ImportRunStatus.Succeeded;

    /// <summary>The same files again after a stop: carry on from the last committed batch.</summary>
    public void Resume(string by, DateTimeOffset at)
    {
        if (IsFinished)
        {
            throw new DomainRuleException("This import has finished; import the files again to check them against the records.");
        }

        StartedBy = by;
        StartedAt = at;
        Status = ImportRunStatus.Running;
        Error = null;
        Attempts++;
    }

    public void Committed(ImportPhase phase, int lastLine, ImportCounts coops, ImportCounts people)
    {
        Phase = phase;
        LastLine = lastLine;
        CoopsCreated += coops.Created;
        CoopsUpdated += coops.Updated;
        CoopsUnchanged += coops.Unchanged;
        PeopleCreated += people.Created;
        PeopleUpdated += people.Updated;
        PeopleUnchanged += people.Unchanged;
    }

    public void Succeed(DateTimeOffset at)
    {
        Phase = ImportPhase.Done;
        LastLine = 0;
        Status = ImportRunStatus.Succeeded;
        FinishedAt = at;
    }

    public void Fail(DateTimeOffset at, string error)
    {
        Status = ImportRunStatus.Failed;
        FinishedAt = at;
        Error = error.Length > 1000 ? error[..1000] : error;
    }
}

/// <summary>What a batch (or a whole file) did to the records.</summary>
public readonly record struct ImportCounts(int Created, int Updated, int Unchanged)
{
    public static ImportCounts operator +(ImportCounts a, ImportCounts b) =>
        new(a.Created + b.Created, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}
