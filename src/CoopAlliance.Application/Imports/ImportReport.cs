namespace CoopAlliance.Application.Imports;

/// <summary>What one file's rows would do (dry run) or did (import).</summary>
public sealed record ImportFileReport(string FileName, int Rows, int Created, int Updated, int Unchanged, int RowsWithErrors);

/// <summary>
/// The answer to a dry run or an import: counts per file, and the first <see cref="ImportCheck.ShownErrors"/> errors by
/// line and column (<see cref="ErrorCount"/> counts them all). An import with any error writes nothing.
/// </summary>
public sealed record ImportReport(
    bool DryRun,
    bool Imported,
    int? RunId,
    int Attempts,
    string FileHash,
    ImportFileReport Coops,
    ImportFileReport? Roster,
    int ErrorCount,
    IReadOnlyList<ImportRowError> Errors);

public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Co-ops written per transaction.</summary>
    public int CoopBatchSize { get; set; } = 1000;

    /// <summary>Roster rows written per transaction (each commit also records the run's progress, the point a stopped import resumes from).</summary>
    public int RosterBatchSize { get; set; } = 5000;
}

/// <summary>A person to insert (no id) or update, as the import writes it.</summary>
public sealed record RosterWrite(int? PersonId, int CoopId, Domain.Cooperatives.PersonDetails Details);

/// <summary>
/// Writes a batch of roster rows with prepared INSERTs and UPDATEs on the context's connection and transaction (no change
/// tracking: a roster is a million rows). A primary contact demotes the co-op's other one, as <c>Cooperative.AddPerson</c> does.
/// </summary>
public interface IRosterWriter
{
    Task WriteAsync(IReadOnlyList<RosterWrite> rows, CancellationToken ct);
}

/// <summary>A seam after each committed batch of an import. The application does nothing there; tests stop an import there to resume it.</summary>
public interface IImportPause
{
    Task AfterBatchAsync(int runId, Domain.Operations.ImportPhase phase, int batch, CancellationToken ct);
}

public sealed class NoImportPause : IImportPause
{
    public Task AfterBatchAsync(int runId, Domain.Operations.ImportPhase phase, int batch, CancellationToken ct) => Task.CompletedTask;
}
