using System.Security.Cryptography;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Imports;

/// <summary>
/// The dry run: reads the files through (streamed, never whole), checks every row — required cells, formats, values of
/// the lists, emails, the same co-op or person twice in a file, a person's co-op neither in coops.csv nor already imported,
/// two primary contacts for a co-op — and says per row what importing would do against the records (create, update,
/// unchanged: a co-op matched by its <c>ref</c>, a person by co-op and email, or co-op and name). Writes nothing.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record CheckImport(ImportFiles Files) : IRequest<ImportReport>;

public sealed class CheckImportHandler(IAppDbContext db) : IRequestHandler<CheckImport, ImportReport>
{
    public async Task<ImportReport> Handle(CheckImport request, CancellationToken cancellationToken)
    {
        var hash = await ImportCheck.HashAsync(request.Files, cancellationToken);
        var index = await ImportIndex.LoadAsync(db, request.Files.Roster is not null, cancellationToken);
        return ImportCheck.Run(request.Files, index, hash, cancellationToken);
    }
}

internal static class ImportCheck
{
    public const int ShownErrors = 200;

    /// <summary>SHA-256 of the files' bytes (streamed): the identity of an import, for resuming it.</summary>
    public static async Task<string> HashAsync(ImportFiles files, CancellationToken ct)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in new[] { files.Coops, files.Roster })
        {
            sha.AppendData([(byte)(file is null ? 0 : 1)]);
            if (file is null)
            {
                continue;
            }

            await using var stream = file.Open();
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }

            sha.AppendData([0xFF, 0xFE, 0xFD]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static ImportReport Run(ImportFiles files, ImportIndex index, string hash, CancellationToken ct)
    {
        var errors = new ErrorList();
        var refs = new Dictionary<string, int>(StringComparer.Ordinal);
        var coops = CheckCoops(files.Coops, index, refs, errors, ct);
        var roster = files.Roster is null ? null : CheckRoster(files.Roster, index, refs, errors, ct);
        return new ImportReport(true, false, null, 0, hash, coops, roster, errors.Count, errors.Shown);
    }

    private static ImportFileReport CheckCoops(ImportFile file, ImportIndex index, Dictionary<string, int> refs, ErrorList errors, CancellationToken ct)
    {
        using var csv = ImportCsv.Open(file, ImportFormat.CoopColumns);
        errors.AddRange(csv.HeaderErrors);
        if (csv.HeaderErrors.Count > 0)
        {
            return new ImportFileReport(file.FileName, 0, 0, 0, 0, 0);
        }

        int rows = 0, created = 0, updated = 0, unchanged = 0, bad = 0;
        while (csv.Next())
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var row = ImportRows.Coop(csv);
            if (row is not null && !refs.TryAdd(row.Ref, row.Line))
            {
                csv.Error(ImportFormat.Ref, $"The reference \"{row.Ref}\" is already on line {refs[row.Ref]}.");
                row = null;
            }

            if (row is null)
            {
                bad++;
                errors.AddRange(csv.RowErrors);
                continue;
            }

            switch (index.Plan(row))
            {
                case ImportAction.Create: created++; break;
                case ImportAction.Update: updated++; break;
                default: unchanged++; break;
            }
        }

        return new ImportFileReport(file.FileName, rows, created, updated, unchanged, bad);
    }

    private static ImportFileReport CheckRoster(ImportFile file, ImportIndex index, Dictionary<string, int> refs, ErrorList errors, CancellationToken ct)
    {
        using var csv = ImportCsv.Open(file, ImportFormat.RosterColumns);
        errors.AddRange(csv.HeaderErrors);
        if (csv.HeaderErrors.Count > 0)
        {
            return new ImportFileReport(file.FileName, 0, 0, 0, 0, 0);
        }

        var seen = new Dictionary<UInt128, int>();
        var primaries = new Dictionary<string, int>(StringComparer.Ordinal);
        int rows = 0, created = 0, updated = 0, unchanged = 0, bad = 0;
        while (csv.Next())
        {
            ct.ThrowIfCancellationRequested();
            rows++;
            var row = ImportRows.Person(csv);
            if (row is not null)
            {
                if (!refs.ContainsKey(row.CoopRef) && !index.Coops.ContainsKey(row.CoopRef))
                {
                    csv.Error(ImportFormat.CoopRef, $"No co-op has the reference \"{row.CoopRef}\", in the co-ops file or already imported.");
                }

                if (!seen.TryAdd(row.Key.Hash, row.Line))
                {
                    csv.Error(row.Details.Email is null ? ImportFormat.FullName : ImportFormat.Email,
                        $"The same person of {row.CoopRef} is already on line {seen[row.Key.Hash]}.");
                }

                if (row.Details.IsPrimaryContact && !primaries.TryAdd(row.CoopRef, row.Line))
                {
                    csv.Error(ImportFormat.PrimaryContact, $"{row.CoopRef} already has its primary contact on line {primaries[row.CoopRef]}.");
                }
            }

            if (row is null || csv.RowErrors.Count > 0)
            {
                bad++;
                errors.AddRange(csv.RowErrors);
                continue;
            }

            switch (index.Plan(row, out _))
            {
                case ImportAction.Create: created++; break;
                case ImportAction.Update: updated++; break;
                default: unchanged++; break;
            }
        }

        return new ImportFileReport(file.FileName, rows, created, updated, unchanged, bad);
    }

    /// <summary>Counts every error, keeps the first few (a file with a million bad rows must not fill the memory).</summary>
    private sealed class ErrorList
    {
        public List<ImportRowError> Shown { get; } = [];
        public int Count { get; private set; }

        public void AddRange(IEnumerable<ImportRowError> errors)
        {
            foreach (var error in errors)
            {
                Count++;
                if (Shown.Count < ShownErrors)
                {
                    Shown.Add(error);
                }
            }
        }
    }
}
