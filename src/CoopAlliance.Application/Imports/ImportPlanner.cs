using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Imports;

/// <summary>What importing a row does to the records.</summary>
public enum ImportAction
{
    Create = 1,
    Update = 2,
    Unchanged = 3,
}

internal sealed record CoopRow(int Line, string Ref, CoopProfile Profile, MembershipStatus Status, DateOnly? MemberSince);

internal sealed record PersonRow(int Line, string CoopRef, PersonDetails Details, PersonKey Key, PersonKey? NameKey);

/// <summary>A person's natural key: co-op and email (or co-op and name when there is no email), kept as a 128-bit hash so a 1.25-million-person roster fits in a few tens of MB.</summary>
internal readonly record struct PersonKey(UInt128 Hash)
{
    public static PersonKey ByEmail(string coopRef, string email) => new(ImportHash.Of(coopRef, "e", email.ToLowerInvariant()));

    public static PersonKey ByName(string coopRef, string fullName) =>
        new(ImportHash.Of(coopRef, "n", string.Join(' ', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()));
}

/// <summary>Two independent 64-bit FNV-1a style hashes of the parts (separated), as one 128-bit value.</summary>
internal static class ImportHash
{
    public static UInt128 Of(params ReadOnlySpan<string?> parts)
    {
        var a = 14695981039346656037UL;
        var b = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            foreach (var ch in part ?? "\u0002")
            {
                a = (a ^ ch) * 1099511628211UL;
                b = (b ^ ch) * 0xBF58476D1CE4E5B9UL;
                b ^= b >> 29;
            }

            a = (a ^ 0x1F) * 1099511628211UL;
            b = (b ^ 0x1F) * 0xBF58476D1CE4E5B9UL;
        }

        return new UInt128(a, b);
    }

    public static UInt128 Of(PersonDetails d) =>
        Of(d.FullName, d.Role, d.Email, d.Phone, d.IsWorkerOwner ? "1" : "0", d.StartedOn?.ToString("O"), d.IsPrimaryContact ? "1" : "0");
}

internal readonly record struct ExistingPerson(int Id, int CoopId, UInt128 Content);

/// <summary>
/// The records an import is checked against and planned with: the co-ops already imported (by reference, with their
/// profile) and their people (by natural key, with a hash of their details). Everything else is read from the file as
/// it streams past.
/// </summary>
internal sealed class ImportIndex
{
    public Dictionary<string, (int Id, CoopProfile Profile)> Coops { get; } = new(StringComparer.Ordinal);
    public Dictionary<UInt128, ExistingPerson> People { get; } = [];

    public static async Task<ImportIndex> LoadAsync(IAppDbContext db, bool withPeople, CancellationToken ct)
    {
        var index = new ImportIndex();
        await foreach (var c in db.Cooperatives.AsNoTracking().Where(c => c.ImportRef != null).AsAsyncEnumerable().WithCancellation(ct))
        {
            index.Coops[c.ImportRef!] = (c.Id, c.Profile);
        }

        if (!withPeople || index.Coops.Count == 0)
        {
            return index;
        }

        var people = db.People.AsNoTracking()
            .Join(db.Cooperatives.Where(c => c.ImportRef != null), p => p.CooperativeId, c => c.Id, (p, c) => new
            {
                p.Id,
                p.CooperativeId,
                c.ImportRef,
                p.FullName,
                p.Role,
                p.Email,
                p.Phone,
                p.IsWorkerOwner,
                p.StartedOn,
                p.IsPrimaryContact,
            });
        await foreach (var p in people.AsAsyncEnumerable().WithCancellation(ct))
        {
            var details = new PersonDetails(p.FullName, p.Role, p.Email, p.Phone, p.IsWorkerOwner, p.StartedOn, p.IsPrimaryContact);
            var key = p.Email is null ? PersonKey.ByName(p.ImportRef!, p.FullName) : PersonKey.ByEmail(p.ImportRef!, p.Email);
            index.People.TryAdd(key.Hash, new ExistingPerson(p.Id, p.CooperativeId, ImportHash.Of(details)));
        }

        return index;
    }

    public ImportAction Plan(CoopRow row) =>
        !Coops.TryGetValue(row.Ref, out var existing) ? ImportAction.Create
        : existing.Profile == row.Profile ? ImportAction.Unchanged
        : ImportAction.Update;

    /// <summary>The person the row updates (matched by email, else by name among those without an email), if any.</summary>
    public ExistingPerson? Match(PersonRow row) =>
        People.TryGetValue(row.Key.Hash, out var byKey) ? byKey
        : row.NameKey is { } name && People.TryGetValue(name.Hash, out var byName) ? byName
        : null;

    public ImportAction Plan(PersonRow row, out ExistingPerson? match)
    {
        match = Match(row);
        return match is not { } m ? ImportAction.Create
            : m.Content == ImportHash.Of(row.Details) ? ImportAction.Unchanged
            : ImportAction.Update;
    }
}

/// <summary>Row by row: the cells of a row read into a co-op or a person, with the row's errors.</summary>
internal static class ImportRows
{
    public static CoopRow? Coop(ImportCsv csv)
    {
        var reference = csv.Text(ImportFormat.Ref, 64);
        var legalName = csv.Text(ImportFormat.LegalName);
        var kind = csv.Enum<CoopKind>(ImportFormat.Kind);
        var region = csv.Enum<Region>(ImportFormat.Region);
        var status = csv.Enum<MembershipStatus>(ImportFormat.Status);
        var state = csv.Text(ImportFormat.State, 2);
        var profile = new CoopProfile(
            legalName ?? "",
            csv.Text(ImportFormat.TradeName),
            kind ?? default,
            csv.Text(ImportFormat.Sector, 100),
            csv.Text(ImportFormat.StreetAddress),
            csv.Text(ImportFormat.Town, 100),
            state?.ToUpperInvariant(),
            csv.Text(ImportFormat.PostalCode, 10),
            region ?? default,
            csv.Date(ImportFormat.FoundedOn),
            csv.Count(ImportFormat.WorkerOwners) ?? 0,
            csv.Count(ImportFormat.OtherWorkers) ?? 0,
            csv.Enum<RevenueBand>(ImportFormat.RevenueBand) ?? RevenueBand.Unknown,
            csv.Text(ImportFormat.Website, 300),
            csv.Email(ImportFormat.Email),
            csv.Text(ImportFormat.Phone, 25),
            csv.Text(ImportFormat.Description, 2000));
        var memberSince = csv.Date(ImportFormat.MemberSince);
        return csv.RowErrors.Count > 0 || reference is null || legalName is null || kind is null || region is null || status is null
            ? null
            : new CoopRow(csv.Line, reference, profile, status.Value, memberSince);
    }

    public static PersonRow? Person(ImportCsv csv)
    {
        var coopRef = csv.Text(ImportFormat.CoopRef, 64);
        var fullName = csv.Text(ImportFormat.FullName);
        var details = new PersonDetails(
            fullName ?? "",
            csv.Text(ImportFormat.Role, 100),
            csv.Email(ImportFormat.Email),
            csv.Text(ImportFormat.Phone, 25),
            csv.YesNo(ImportFormat.WorkerOwner),
            csv.Date(ImportFormat.StartedOn),
            csv.YesNo(ImportFormat.PrimaryContact));
        if (csv.RowErrors.Count > 0 || coopRef is null || fullName is null)
        {
            return null;
        }

        var nameKey = PersonKey.ByName(coopRef, fullName);
        return details.Email is { } email
            ? new PersonRow(csv.Line, coopRef, details, PersonKey.ByEmail(coopRef, email), nameKey)
            : new PersonRow(csv.Line, coopRef, details, nameKey, null);
    }
}
