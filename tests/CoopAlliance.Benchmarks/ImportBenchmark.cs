using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Imports;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Benchmarks;

/// <summary>
/// `scripts/bench.sh import [--coops 15000] [--workers 1250000]`: writes a Brazil-scale coops.csv and roster.csv into a
/// temporary folder, then in the same run (1) inserts the same rows into a fresh database with raw prepared INSERTs in one
/// transaction (the baseline) and (2) imports the files into another fresh database with the app's <see cref="RunImport"/>
/// (its dry-run pass included; the dry run alone, <see cref="CheckImport"/>, is timed separately on the imported database).
/// Prints rows/s of both, their ratio (target ≥ 0.25) and the process's peak resident memory (VmHWM; target ≤ 300 MB: the
/// import streams the files, it never loads them).
/// </summary>
public static class ImportBenchmark
{
    private static readonly string[] Towns = ["Holyoke", "Northampton", "Greenfield", "Springfield", "Amherst", "Brattleboro", "Bennington", "Pittsfield"];
    private static readonly string[] First = ["Ana", "Ben", "Carla", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Joana", "Kai", "Lia", "Mateus", "Nina", "Otto", "Paula"];
    private static readonly string[] Last = ["Souza", "Lima", "Dias", "Moss", "Stone", "Reis", "Melo", "Cruz", "Alves", "Rocha", "Costa", "Pinto", "Nunes", "Ramos"];

    public static async Task<int> RunAsync(string[] args)
    {
        var coops = (int)Option(args, "--coops", 15_000);
        var workers = (int)Option(args, "--workers", 1_250_000);
        var dir = Directory.CreateTempSubdirectory("coopalliance-import-").FullName;
        try
        {
            var timer = Stopwatch.StartNew();
            var (coopsPath, rosterPath) = Generate(dir, coops, workers);
            Console.WriteLine($"generated {coops:N0} co-ops and {workers:N0} roster rows ({new FileInfo(rosterPath).Length / 1048576.0:0} MB of CSV) in {timer.Elapsed.TotalSeconds:0.0} s");
            var rows = coops + workers;

            double rawSeconds;
            await using (var raw = await BenchHost.StartAsync())
            {
                timer.Restart();
                await RawInsertsAsync(raw, coops, workers);
                rawSeconds = timer.Elapsed.TotalSeconds;
            }

            Console.WriteLine($"raw prepared INSERTs of the same rows (co-ops and people), one transaction: {rows:N0} rows in {rawSeconds:0.00} s = {rows / rawSeconds:N0} rows/s");
            var hwmBefore = PeakMegabytes();

            await using var host = await BenchHost.StartAsync();
            var files = new ImportFiles(new ImportFile("coops.csv", () => File.OpenRead(coopsPath)), new ImportFile("roster.csv", () => File.OpenRead(rosterPath)));
            timer.Restart();
            var report = await SendAsync(host, new RunImport(files));
            var importSeconds = timer.Elapsed.TotalSeconds;
            if (!report.Imported || report.Roster!.Created != workers || report.Coops.Created != coops)
            {
                Console.Error.WriteLine($"the import did not create every row: {report}");
                return 1;
            }

            Console.WriteLine($"import (RunImport: hash, check every row, then batches of 1,000 co-ops / 5,000 people): {rows:N0} rows in {importSeconds:0.00} s = {rows / importSeconds:N0} rows/s");
            Console.WriteLine($"ratio (import rate / raw rate): {rawSeconds / importSeconds:0.000} (target ≥ 0.25)");
            Console.WriteLine($"peak resident memory (VmHWM): {PeakMegabytes():0} MB (after the baseline, before the import: {hwmBefore:0} MB; target ≤ 300 MB)");

            timer.Restart();
            var dryRun = await SendAsync(host, new CheckImport(files));
            Console.WriteLine($"dry run of the same files against the imported records (all unchanged: {dryRun.Roster!.Unchanged:N0}): {timer.Elapsed.TotalSeconds:0.00} s = {rows / timer.Elapsed.TotalSeconds:N0} rows/s");
            timer.Restart();
            var again = await SendAsync(host, new RunImport(files));
            Console.WriteLine($"the same files imported again: {again.Coops.Created + again.Roster!.Created} created, {again.Roster.Unchanged:N0} people unchanged, in {timer.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"peak resident memory at the end: {PeakMegabytes():0} MB");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<ImportReport> SendAsync(BenchHost host, IRequest<ImportReport> request)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Co-op i is C-00001…; worker w belongs to co-op w mod n (so the roster is not sorted by co-op); every co-op's first worker is its primary contact.</summary>
    private static (string Coops, string Roster) Generate(string dir, int coops, int workers)
    {
        var coopsPath = Path.Combine(dir, "coops.csv");
        var rosterPath = Path.Combine(dir, "roster.csv");
        using (var w = new StreamWriter(coopsPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.WriteLine("ref,legal_name,kind,region,status,town,state,sector,worker_owners,member_since");
            for (var i = 0; i < coops; i++)
            {
                var town = Towns[i % Towns.Length];
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C-{i:00000},Bench Co-op {i:00000},WorkerCoop,{(i % 3 == 0 ? "SouthernVermont" : "WesternMassachusetts")},Active,{town},{(i % 3 == 0 ? "VT" : "MA")},Services,{2 + (i % 40)},2015-01-01"));
            }
        }

        using (var w = new StreamWriter(rosterPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.WriteLine("coop_ref,full_name,email,role,worker_owner,primary_contact,started_on");
            for (var i = 0; i < workers; i++)
            {
                var coop = i % coops;
                var name = $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]} {i}";
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"C-{coop:00000},{name},w{i}@bench.example.coop,Worker,{(i % 5 == 0 ? "no" : "yes")},{(i < coops ? "yes" : "no")},2020-0{1 + (i % 9)}-15"));
            }
        }

        return (coopsPath, rosterPath);
    }

    /// <summary>The baseline: the same co-ops (with their registration history row) and people, by prepared INSERTs in one transaction.</summary>
    private static async Task RawInsertsAsync(BenchHost host, int coops, int workers)
    {
        var at = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero))!;
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var coop = connection.CreateCommand();
        coop.Transaction = transaction;
        coop.CommandText = """
            INSERT INTO Cooperatives (Id, LegalName, Kind, Sector, Town, State, Region, WorkerOwners, OtherWorkers, RevenueBand, Status, StatusChangedAt, MemberSince, PreferredLanguage, Version, ImportRef)
            VALUES ($id, $name, 1, 'Services', $town, $state, $region, $owners, 0, 0, 3, $at, '2015-01-01', 'en', 0, $ref)
            """;
        var history = connection.CreateCommand();
        history.Transaction = transaction;
        history.CommandText = """INSERT INTO MembershipChanges (CooperativeId, Transition, "From", "To", ByName, At, EffectiveOn) VALUES ($id, 10, NULL, 3, 'System', $at, '2015-01-01')""";
        var person = connection.CreateCommand();
        person.Transaction = transaction;
        person.CommandText = """
            INSERT INTO People (CooperativeId, FullName, Role, Email, Phone, IsWorkerOwner, StartedOn, IsPrimaryContact, Version)
            VALUES ($coop, $name, 'Worker', $email, NULL, $owner, $started, $primary, 0)
            """;
        foreach (var (command, names) in new[] { (coop, new[] { "$id", "$name", "$town", "$state", "$region", "$owners", "$at", "$ref" }), (history, ["$id", "$at"]), (person, ["$coop", "$name", "$email", "$owner", "$started", "$primary"]) })
        {
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
        }

        for (var i = 0; i < coops; i++)
        {
            var p = coop.Parameters;
            p[0].Value = i + 1;
            p[1].Value = $"Bench Co-op {i:00000}";
            p[2].Value = Towns[i % Towns.Length];
            p[3].Value = i % 3 == 0 ? "VT" : "MA";
            p[4].Value = i % 3 == 0 ? 2 : 1;
            p[5].Value = 2 + (i % 40);
            p[6].Value = at;
            p[7].Value = $"C-{i:00000}";
            await coop.ExecuteNonQueryAsync();
            history.Parameters[0].Value = i + 1;
            history.Parameters[1].Value = at;
            await history.ExecuteNonQueryAsync();
        }

        for (var i = 0; i < workers; i++)
        {
            var p = person.Parameters;
            p[0].Value = (i % coops) + 1;
            p[1].Value = $"{First[i % First.Length]} {Last[i / First.Length % Last.Length]} {i}";
            p[2].Value = $"w{i}@bench.example.coop";
            p[3].Value = i % 5 != 0;
            p[4].Value = new DateOnly(2020, 1 + (i % 9), 15);
            p[5].Value = i < coops;
            await person.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>The process's peak resident set (VmHWM), in MB; the peak working set where /proc is not there.</summary>
    private static double PeakMegabytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576.0;
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
