using System.Diagnostics;
using System.Globalization;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>What <c>seed-scale</c> builds: how many co-ops and workers, from which seed, into which new database file.</summary>
public sealed record SeedScaleOptions(int Coops, int Workers, int Seed, string DatabasePath, bool Force)
{
    public const string DefaultPath = "data/scale.db";

    /// <summary><c>seed-scale [--coops 15000] [--workers 1250000] [--seed 42] [--database data/scale.db] [--force]</c>.</summary>
    public static SeedScaleOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
        return new SeedScaleOptions(Number("--coops", 15_000), Number("--workers", 1_250_000), Number("--seed", 42),
            Path.GetFullPath(Value("--database") ?? DefaultPath), args.Contains("--force"));
    }

    /// <summary>The settings that point the app at the new file (and nothing else: no demo data, no jobs).</summary>
    public IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Default"] = $"Data Source={DatabasePath}",
        ["Database:SeedDemoData"] = "false",
        ["Jobs:RunServer"] = "false",
    };
}

/// <summary>
/// <c>dotnet run --project src/CoopAlliance.Web -- seed-scale --coops 15000 --workers 1250000</c>: a realistic database at
/// Brazil scale in a NEW SQLite file (default data/scale.db; an existing file only with --force), for trying the app and its
/// queries at size. Deterministic (one <see cref="Random"/> from the seed: the same options give the same rows), and fast:
/// the file is migrated, then written by prepared INSERTs in one transaction with the journal and fsync off (a half-built
/// file is thrown away, never used). Co-ops across regions, kinds, sectors and membership statuses (each with its
/// registration in the history), and their rosters (people of very different sizes of co-op, one primary contact each);
/// then a year of dues invoices and payments, assistance requests and developing co-ops (SeedScaleCommand.Modules.cs).
/// </summary>
public sealed partial class SeedScaleCommand(AppDbContext db)
{
    private static readonly string[] Sectors = ["Food & Beverage", "Cleaning", "Construction", "Home Care", "Printing", "Technology", "Retail", "Manufacturing", "Childcare", "Transport", "Agriculture", "Consulting"];
    private static readonly string[][] Towns =
    [
        ["Holyoke", "Northampton", "Greenfield", "Springfield", "Amherst", "Pittsfield", "Westfield", "Easthampton"],
        ["Brattleboro", "Bennington", "Putney", "Wilmington", "Bellows Falls"],
        ["Worcester", "Albany", "Hartford", "Providence"],
    ];
    private static readonly string[] First = ["Ana", "Ben", "Carla", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Joana", "Kai", "Lia", "Mateus", "Nina", "Otto", "Paula", "Rui", "Sara", "Tomas", "Vera"];
    private static readonly string[] Last = ["Souza", "Lima", "Dias", "Moss", "Stone", "Reis", "Melo", "Cruz", "Alves", "Rocha", "Costa", "Pinto", "Nunes", "Ramos", "Silva", "Garcia", "Nguyen", "Walsh"];
    private static readonly string[] Roles = ["Worker-owner", "Worker-owner", "Worker-owner", "Coordinator", "Bookkeeper", "Apprentice", "Board member"];

    public async Task<string> RunAsync(SeedScaleOptions options, Action<string> log)
    {
        var total = Stopwatch.StartNew();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // Built once, thrown away if it fails: no journal, no fsync while it is written.
            pragma.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;";
            await pragma.ExecuteNonQueryAsync();
        }

        var random = new Random(options.Seed);
        var at = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        var stored = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;

        // Roster sizes: most co-ops small, a few large (a skewed draw), summing to the workers asked for.
        var sizes = new int[options.Coops];
        for (var w = 0; w < options.Workers; w++)
        {
            sizes[(int)(options.Coops * Math.Pow(random.NextDouble(), 1.6))]++;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var coop = Prepared(connection, transaction, """
            INSERT INTO Cooperatives (Id, LegalName, TradeName, Kind, Sector, Town, State, PostalCode, Region, FoundedOn, WorkerOwners, OtherWorkers,
                RevenueBand, Email, Status, StatusChangedAt, MemberSince, PreferredLanguage, Version, ImportRef)
            VALUES ($id, $name, NULL, $kind, $sector, $town, $state, $postal, $region, $founded, $owners, $others, $revenue, $email, $status, $at, $since, $lang, 0, $ref)
            """, "$id", "$name", "$kind", "$sector", "$town", "$state", "$postal", "$region", "$founded", "$owners", "$others", "$revenue", "$email", "$status", "$at", "$since", "$lang", "$ref");
        var history = Prepared(connection, transaction, """
            INSERT INTO MembershipChanges (CooperativeId, Transition, "From", "To", ByName, At, EffectiveOn) VALUES ($id, 10, NULL, $status, 'seed-scale', $at, $since)
            """, "$id", "$status", "$at", "$since");
        var person = Prepared(connection, transaction, """
            INSERT INTO People (CooperativeId, FullName, Role, Email, Phone, IsWorkerOwner, StartedOn, IsPrimaryContact, Version)
            VALUES ($coop, $name, $role, $email, NULL, $owner, $started, $primary, 0)
            """, "$coop", "$name", "$role", "$email", "$owner", "$started", "$primary");

        var timer = Stopwatch.StartNew();
        var people = 0;
        var members = new List<Member>();
        for (var i = 0; i < options.Coops; i++)
        {
            var id = i + 1;
            var region = random.Next(10) switch { < 6 => Region.WesternMassachusetts, < 9 => Region.SouthernVermont, _ => Region.Elsewhere };
            var towns = Towns[(int)region - 1];
            var status = random.Next(100) switch
            {
                < 72 => MembershipStatus.Active,
                < 80 => MembershipStatus.Lapsed,
                < 82 => MembershipStatus.Suspended,
                < 87 => MembershipStatus.Applicant,
                < 90 => MembershipStatus.UnderReview,
                < 96 => MembershipStatus.Withdrawn,
                _ => MembershipStatus.Declined,
            };
            var kind = random.Next(20) switch { < 15 => CoopKind.WorkerCoop, < 17 => CoopKind.DemocraticWorkplace, < 19 => CoopKind.StartupInDevelopment, _ => CoopKind.ConversionInProgress };
            var founded = new DateOnly(1975 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28));
            var since = status is MembershipStatus.Active ? founded.AddYears(random.Next(1, 4)) : (DateOnly?)null;
            var owners = (int)(sizes[i] * 0.8);
            var sector = Sectors[random.Next(Sectors.Length)];
            object?[] values =
            [
                id, $"{towns[i % towns.Length]} {sector.Split(' ')[0]} Cooperative {id:00000}", (int)kind, sector, towns[random.Next(towns.Length)],
                region == Region.SouthernVermont ? "VT" : "MA", region == Region.SouthernVermont ? "05301" : "01040", (int)region, founded.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                owners, sizes[i] - owners, random.Next(6), $"info@coop{id}.example.coop", (int)status, stored, since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                random.Next(5) == 0 ? "es" : "en", $"S-{id:00000}",
            ];
            Execute(coop, values);
            if (status is MembershipStatus.Active or MembershipStatus.Lapsed)
            {
                members.Add(new Member(id, kind, owners, since, status == MembershipStatus.Lapsed));
            }

            Execute(history, id, (int)status, stored, since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            for (var p = 0; p < sizes[i]; p++)
            {
                var name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
                Execute(person, id, name, Roles[random.Next(Roles.Length)], $"p{++people}@coop{id}.example.coop", random.Next(5) != 0,
                    new DateOnly(2005 + random.Next(21), 1 + random.Next(12), 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p == 0);
            }
        }

        await transaction.CommitAsync();
        var written = timer.Elapsed.TotalSeconds;
        log($"co-ops, histories and rosters: {options.Coops:N0} co-ops, {people:N0} people in {written:0.0} s ({(options.Coops * 2 + people) / written:N0} rows/s)");

        await SeedModulesAsync(options, random, members, at, log);

        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "PRAGMA journal_mode=WAL; ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }

        return $"Built {options.DatabasePath} (seed {options.Seed}) in {total.Elapsed.TotalSeconds:0.0} s.";
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
