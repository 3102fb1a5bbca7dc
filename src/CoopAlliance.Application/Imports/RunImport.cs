using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Imports;

/// <summary>
/// Imports the files: first the dry run's checks (<see cref="CheckImport"/>) — any error and nothing is written, the report
/// says why — then the rows, <b>resumable in batches</b> (docs/decisions/0009-import.md): co-ops, then people, each batch
/// one transaction that also records the run's progress in its <see cref="ImportRun"/> (found again by the files' hash).
/// An import that stops is resumed by importing the same files again: it carries on after the last committed batch. Rows
/// upsert by their natural key, so importing a file that was already imported creates nothing.
/// Not a command on purpose: a command is one transaction, and an import commits as it goes.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunImport(ImportFiles Files) : IRequest<ImportReport>;

public sealed class RunImportHandler(IAppDbContext db, IRosterWriter writer, AllianceClock clock, ICurrentUser user, IOptions<ImportOptions> options,
    IImportPause pause, ILogger<RunImportHandler> logger) : IRequestHandler<RunImport, ImportReport>
{
    public async Task<ImportReport> Handle(RunImport request, CancellationToken cancellationToken)
    {
        var files = request.Files;
        var hash = await ImportCheck.HashAsync(files, cancellationToken);
        var index = await ImportIndex.LoadAsync(db, files.Roster is not null, cancellationToken);
        var check = ImportCheck.Run(files, index, hash, cancellationToken);
        if (check.ErrorCount > 0)
        {
            return check with { DryRun = false };
        }

        var run = await StartAsync(files, hash, cancellationToken);
        try
        {
            if (run.Phase == ImportPhase.Coops)
            {
                await ImportCoopsAsync(run, files.Coops, cancellationToken);
            }

            if (run.Phase == ImportPhase.Roster && files.Roster is not null)
            {
                await ImportRosterAsync(run, files.Roster, index, cancellationToken);
            }

            run.Succeed(clock.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import {RunId} stopped at {Phase} line {Line}", run.Id, run.Phase, run.LastLine);
            db.ChangeTracker.Clear();
            var failed = await db.ImportRuns.FirstAsync(r => r.Id == run.Id, CancellationToken.None);
            failed.Fail(clock.UtcNow, ex.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        return new ImportReport(false, true, run.Id, run.Attempts, hash,
            new ImportFileReport(files.Coops.FileName, run.CoopsCreated + run.CoopsUpdated + run.CoopsUnchanged, run.CoopsCreated, run.CoopsUpdated, run.CoopsUnchanged, 0),
            files.Roster is null ? null
                : new ImportFileReport(files.Roster.FileName, run.PeopleCreated + run.PeopleUpdated + run.PeopleUnchanged, run.PeopleCreated, run.PeopleUpdated, run.PeopleUnchanged, 0),
            0, []);
    }

    /// <summary>The unfinished run of the same files (resumed where it stopped), or a new one.</summary>
    private async Task<ImportRun> StartAsync(ImportFiles files, string hash, CancellationToken ct)
    {
        var run = await db.ImportRuns.Where(r => r.FileHash == hash && r.Status != ImportRunStatus.Succeeded)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (run is null)
        {
            var names = files.Roster is null ? files.Coops.FileName : $"{files.Coops.FileName}, {files.Roster.FileName}";
            run = new ImportRun(hash, names.Length > 400 ? names[..400] : names, user.Name, clock.UtcNow);
            db.ImportRuns.Add(run);
        }
        else
        {
            run.Resume(user.Name, clock.UtcNow);
        }

        await db.SaveChangesAsync(ct);
        return run;
    }

    private async Task ImportCoopsAsync(ImportRun run, ImportFile file, CancellationToken ct)
    {
        var size = Math.Max(1, options.Value.CoopBatchSize);
        var batch = new List<CoopRow>(size);
        var batches = 0;
        using (var csv = ImportCsv.Open(file, ImportFormat.CoopColumns))
        {
            while (csv.Next())
            {
                if (csv.Line <= run.LastLine)
                {
                    continue;
                }

                batch.Add(ImportRows.Coop(csv) ?? throw new InvalidOperationException($"Line {csv.Line} of {file.FileName} changed since it was checked."));
                if (batch.Count == size)
                {
                    await CommitAsync(run, () => WriteCoopsAsync(batch, ct), ImportPhase.Coops, batch[^1].Line, ct);
                    await pause.AfterBatchAsync(run.Id, ImportPhase.Coops, ++batches, ct);
                    batch.Clear();
                }
            }
        }

        // The last batch moves the run on to the roster in the same commit.
        await CommitAsync(run, () => WriteCoopsAsync(batch, ct), ImportPhase.Roster, 0, ct);
        await pause.AfterBatchAsync(run.Id, ImportPhase.Coops, ++batches, ct);
    }

    private async Task<(ImportCounts Coops, ImportCounts People)> WriteCoopsAsync(List<CoopRow> rows, CancellationToken ct)
    {
        var refs = rows.Select(r => r.Ref).ToList();
        var existing = await db.Cooperatives.Where(c => c.ImportRef != null && refs.Contains(c.ImportRef)).ToDictionaryAsync(c => c.ImportRef!, ct);
        var by = user.AsActor();
        var now = clock.UtcNow;
        var counts = new ImportCounts();
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Ref, out var coop))
            {
                if (coop.Profile == row.Profile)
                {
                    counts += new ImportCounts(0, 0, 1);
                    continue;
                }

                // The status is set when the co-op is created; later changes go through the membership workflow.
                coop.UpdateProfile(row.Profile);
                counts += new ImportCounts(0, 1, 0);
                continue;
            }

            coop = Cooperative.Register(row.Profile, row.Status, row.MemberSince, by, now);
            coop.LinkImport(row.Ref);
            db.Cooperatives.Add(coop);
            counts += new ImportCounts(1, 0, 0);
        }

        return (counts, default);
    }

    private async Task ImportRosterAsync(ImportRun run, ImportFile file, ImportIndex index, CancellationToken ct)
    {
        // The co-ops' ids, now that the co-ops file is in.
        var coopIds = await db.Cooperatives.AsNoTracking().Where(c => c.ImportRef != null)
            .Select(c => new { c.ImportRef, c.Id }).ToDictionaryAsync(c => c.ImportRef!, c => c.Id, StringComparer.Ordinal, ct);
        var size = Math.Max(1, options.Value.RosterBatchSize);
        var batch = new List<PersonRow>(size);
        var batches = 0;
        using (var csv = ImportCsv.Open(file, ImportFormat.RosterColumns))
        {
            while (csv.Next())
            {
                if (csv.Line <= run.LastLine)
                {
                    continue;
                }

                batch.Add(ImportRows.Person(csv) ?? throw new InvalidOperationException($"Line {csv.Line} of {file.FileName} changed since it was checked."));
                if (batch.Count == size)
                {
                    await CommitAsync(run, () => WriteRosterAsync(batch, index, coopIds, ct), ImportPhase.Roster, batch[^1].Line, ct);
                    await pause.AfterBatchAsync(run.Id, ImportPhase.Roster, ++batches, ct);
                    batch.Clear();
                }
            }
        }

        await CommitAsync(run, () => WriteRosterAsync(batch, index, coopIds, ct), ImportPhase.Done, 0, ct);
        await pause.AfterBatchAsync(run.Id, ImportPhase.Roster, ++batches, ct);
    }

    private async Task<(ImportCounts Coops, ImportCounts People)> WriteRosterAsync(List<PersonRow> rows, ImportIndex index, Dictionary<string, int> coopIds, CancellationToken ct)
    {
        var writes = new List<RosterWrite>(rows.Count);
        var counts = new ImportCounts();
        foreach (var row in rows)
        {
            switch (index.Plan(row, out var match))
            {
                case ImportAction.Create:
                    writes.Add(new RosterWrite(null, coopIds[row.CoopRef], row.Details));
                    counts += new ImportCounts(1, 0, 0);
                    break;
                case ImportAction.Update:
                    writes.Add(new RosterWrite(match!.Value.Id, match.Value.CoopId, row.Details));
                    counts += new ImportCounts(0, 1, 0);
                    break;
                default:
                    counts += new ImportCounts(0, 0, 1);
                    break;
            }
        }

        await writer.WriteAsync(writes, ct);
        return (default, counts);
    }

    /// <summary>One batch and the run's progress in one transaction (inside the provider's execution strategy).</summary>
    private async Task CommitAsync(ImportRun run, Func<Task<(ImportCounts Coops, ImportCounts People)>> write, ImportPhase phase, int lastLine, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (coops, people) = await write();
            run.Committed(phase, lastLine, coops, people);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });

        // The run stays tracked; the batch's co-ops need not.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not ImportRun).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
