using System.Diagnostics;
using System.Globalization;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Infrastructure.Data;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Benchmarks;

/// <summary>
/// `scripts/bench.sh benefits [--fraction 1.0] [--batch 1000]`: seeds the seed's scale times the fraction — 15,000 co-ops, all
/// taking part in a health plan, and 1,250,000 workers, about half of them enrolled, most of those with dependents (tiers
/// from worker-only to family), 1 in 20 of the enrolled with a later row cancelling the coverage before it started — then
/// times the premium run for January 2027 against raw prepared INSERTs of the same invoice rows into the same table in one
/// transaction, and prints the ratio of their rates (target ≥ 0.25, as for dues). Workers, dependents and elections are
/// seeded by raw INSERTs for speed (the premium run reads elections only, so the workers carry no roster person).
/// The 834 enrollment export is timed by <see cref="Time834ExportAsync"/> (the export's owner adds it there).
/// </summary>
public static class BenefitsBenchmark
{
    private const int FullCoops = 15_000;
    private const int FullWorkers = 1_250_000;
    private const string Month = "2027-01";

    public static async Task<int> RunAsync(string[] args)
    {
        var fraction = OptionDouble(args, "--fraction", 1.0);
        var batch = (int)OptionDouble(args, "--batch", 1000);
        var coops = Math.Max(1, (int)Math.Round(FullCoops * fraction));
        var workers = Math.Max(1, (int)Math.Round(FullWorkers * fraction));
        var settings = new Dictionary<string, string?> { ["Benefits:Premiums:BatchSize"] = batch.ToString(CultureInfo.InvariantCulture) };

        // Compile the queries and jit the code on a small database first, as a long-running app has by the 1st of the month.
        double coldSeconds;
        await using (var warmUp = await BenchHost.StartAsync(settings))
        {
            await SeedAsync(warmUp, 100, 8_000);
            var cold = Stopwatch.StartNew();
            await RunPremiumsAsync(warmUp);
            coldSeconds = cold.Elapsed.TotalSeconds;
        }

        await using var host = await BenchHost.StartAsync(settings);
        var seed = Stopwatch.StartNew();
        var (enrolled, covered) = await SeedAsync(host, coops, workers);
        Console.WriteLine($"seeded {coops:N0} co-ops taking part, {workers:N0} workers, {enrolled:N0} enrolled ({covered:N0} covered on {Month}-01) " +
                          $"in {seed.Elapsed.TotalSeconds:0.00} s (scale {fraction:0.###} of 15,000 / 1,250,000)");

        var timer = Stopwatch.StartNew();
        var run = await RunPremiumsAsync(host);
        var runSeconds = timer.Elapsed.TotalSeconds;
        if (run.Status != InvoiceRunStatus.Succeeded || run.Created != coops || run.Errors != 0)
        {
            Console.Error.WriteLine($"the premium run did not bill every co-op once: {run.Status}, {run.Created} created, {run.Errors} errors\n{run.Log}");
            return 1;
        }

        var rawSeconds = await RawInsertsAsync(host, Month, "2027-02");
        var runRate = run.Created / runSeconds;
        var rawRate = run.Created / rawSeconds;
        Console.WriteLine($"premium run ({Month}, batches of {batch:N0}): {run.Created:N0} invoices ({Money.Format(run.AmountBilled)}) for {covered:N0} covered workers " +
                          $"in {runSeconds:0.000} s = {runRate:N0} invoices/s");
        Console.WriteLine($"raw prepared INSERTs of the same rows into the same table, one transaction: {run.Created:N0} rows in {rawSeconds:0.000} s = {rawRate:N0} rows/s");
        Console.WriteLine($"ratio (premium-run rate / raw rate): {runRate / rawRate:0.000} (target ≥ 0.25)");
        Console.WriteLine($"of which reading who is covered (the batches' grouped election queries, run again on their own): {await ReadCoveredSecondsAsync(host, batch):0.000} s");
        await Time834ExportAsync(host, fraction);
        Console.WriteLine($"(measured after a warm-up run; the cold first run in this process, 100 co-ops, took {coldSeconds:0.000} s)");
        return 0;
    }

    /// <summary>
    /// The 834 half of this benchmark: the app's own full enrollment file (<see cref="CreateEnrollmentExport"/>, as staff make
    /// it) of every covered worker of the seeded database — read batch by batch of workers, written through
    /// <see cref="X12EnrollmentWriter"/> into the gzip the app stores. Prints members per second and the process's peak
    /// working set — run with --fraction 0.1 and 1 to compare (flat: ≤ 300 MB).
    /// </summary>
    private static async Task Time834ExportAsync(BenchHost host, double fraction)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var carrierId = await db.Carriers.Where(c => c.Name == "Bench Mutual").Select(c => c.Id).SingleAsync();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var timer = Stopwatch.StartNew();
        var export = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateEnrollmentExport(carrierId, EnrollmentExportKind.Full));
        var seconds = timer.Elapsed.TotalSeconds;
        process.Refresh();
        var size = await db.EnrollmentExportFiles.Where(f => f.ExportId == export.Id).Select(f => f.Gzip.Length).SingleAsync();
        Console.WriteLine($"834 full export at scale {fraction:0.###} (the app's CreateEnrollmentExport): {export.Members:N0} members, {export.Subscribers:N0} subscribers, " +
                          $"{export.Segments:N0} segments ({size / 1048576.0:0.0} MB gzip stored) in {seconds:0.000} s = {export.Members / seconds:N0} members/s; " +
                          $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB (before the export {peakBefore / 1048576.0:0} MB; target ≤ 300 MB)");
    }

    /// <summary>The run's reads alone, batch by batch as it does them: where its time goes beyond the INSERTs.</summary>
    private static async Task<double> ReadCoveredSecondsAsync(BenchHost host, int batch)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var day = BillingPeriod.Parse(Month).Start;
        var timer = Stopwatch.StartNew();
        var yearIds = (await PremiumComputation.YearsOnAsync(db, day, CancellationToken.None)).Select(y => y.Id).ToList();
        var afterId = 0;
        while (await PremiumComputation.BatchAsync(db, yearIds, day, afterId, batch, CancellationToken.None) is { Count: > 0 } coops)
        {
            await PremiumComputation.FactsAsync(db, yearIds, day, coops, CancellationToken.None);
            afterId = coops[^1].Id;
        }

        return timer.Elapsed.TotalSeconds;
    }

    private static async Task<InvoiceRunDto> RunPremiumsAsync(BenchHost host)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunPremiums(Month, "benchmark"));
    }

    /// <summary>The co-ops, plan and participations through the domain; workers, dependents and elections by raw INSERTs.</summary>
    private static async Task<(int Enrolled, int Covered)> SeedAsync(BenchHost host, int coopCount, int workerCount)
    {
        var ids = new List<int>(coopCount);
        int yearId;
        var at = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var carrier = new Carrier("Bench Mutual", "BENCHMUTUAL", null);
            db.Carriers.Add(carrier);
            await db.SaveChangesAsync();
            var plan = new Plan("Bench Health", PlanKind.Health, carrier.Id, "BH1", EligibilityRules.Default with { WaitingDays = 0 }, 30, null);
            var year = plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
                [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndPartner, 1024m), new(CoverageTier.WorkerAndChildren, 950m), new(CoverageTier.Family, 1480m)]);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            yearId = year.Id;

            for (var start = 0; start < coopCount; start += 1000)
            {
                var page = new List<Cooperative>();
                for (var i = start; i < Math.Min(coopCount, start + 1000); i++)
                {
                    var profile = new CoopProfile($"Bench Co-op {i:00000}", null, CoopKind.WorkerCoop, "Services", null, "Holyoke", "MA", null,
                        Region.WesternMassachusetts, null, 2 + (i % 40), 0, RevenueBand.Unknown, null, null, null, null);
                    page.Add(Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2015, 1, 1), Actor.System, at));
                }

                db.Cooperatives.AddRange(page);
                await db.SaveChangesAsync();
                foreach (var coop in page)
                {
                    var percent = coop.Id % 2 == 0;
                    var participation = new CoopParticipation(coop.Id, year, MembershipStatus.Active, plan.Rules,
                        percent ? ContributionKind.PercentOfPremium : ContributionKind.FixedPerTier, percent ? 80 : null,
                        percent ? [] : [new(CoverageTier.WorkerOnly, 400m), new(CoverageTier.Family, 1000m)], year.StartsOn, Actor.System, at);
                    participation.Approve("G" + coop.Id, Actor.System, at, null);
                    db.CoopParticipations.Add(participation);
                    ids.Add(coop.Id);
                }

                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        return await SeedWorkersAsync(host, ids, yearId, workerCount, at);
    }

    /// <summary>
    /// Worker i belongs to co-op i mod n; the workers of every other round over the co-ops are enrolled from January 1st
    /// (about half, and someone at every co-op); of the enrolled, spread evenly by a hash of the id: partner and child (family), partner, children, nobody.
    /// One in 20 of the enrolled has a later row ending the coverage the day before it started (not billed).
    /// </summary>
    private static async Task<(int Enrolled, int Covered)> SeedWorkersAsync(BenchHost host, IReadOnlyList<int> coops, int yearId, int workerCount, DateTimeOffset at)
    {
        var binary = new DateTimeOffsetToBinaryConverter();
        var recorded = (long)binary.ConvertToProvider(at)!;
        var cancelled = (long)binary.ConvertToProvider(at.AddMinutes(5))!;
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var member = Prepared(connection, transaction, """
            INSERT INTO BenefitMembers (Id, CooperativeId, PersonId, FirstName, LastName, Email, Kind, HoursPerWeek, HiredOn, State, Gender, Version)
            VALUES ($id, $coop, NULL, 'Bench', $last, NULL, 1, '40.0', '2020-01-01', 'MA', 'U', 0)
            """, "$id", "$coop", "$last");
        var dependent = Prepared(connection, transaction, """
            INSERT INTO Dependents (Id, MemberId, FirstName, LastName, Relationship, Gender) VALUES ($id, $member, 'Kin', $last, $relationship, 'U')
            """, "$id", "$member", "$last", "$relationship");
        var election = Prepared(connection, transaction, """
            INSERT INTO Elections (CooperativeId, PlanYearId, MemberId, Choice, Tier, DependentIds, EffectiveOn, EndsOn, Reason, RecordedByName, RecordedAt)
            VALUES ($coop, $year, $member, 1, $tier, $dependents, '2027-01-01', $ends, $reason, 'Benchmark', $at)
            """, "$coop", "$year", "$member", "$tier", "$dependents", "$ends", "$reason", "$at");

        int enrolled = 0, covered = 0, dependentId = 0;
        for (var i = 0; i < workerCount; i++)
        {
            var memberId = i + 1;
            var coopId = coops[i % coops.Count];
            var last = "Worker " + memberId.ToString(CultureInfo.InvariantCulture);
            await Execute(member, memberId, coopId, last);
            if (i / coops.Count % 2 != 0)
            {
                continue;
            }

            enrolled++;
            // A multiplicative hash, not i mod k: a modulus would give whole co-ops the same tier (or no coverage at all).
            var mix = unchecked((uint)memberId * 2654435761u) >> 8;
            var relationships = (mix % 4) switch
            {
                0 => new[] { DependentRelationship.Spouse, DependentRelationship.Child },
                1 => [DependentRelationship.DomesticPartner],
                2 => [DependentRelationship.Child, DependentRelationship.Child],
                _ => [],
            };
            var dependentIds = new List<int>();
            foreach (var relationship in relationships)
            {
                await Execute(dependent, ++dependentId, memberId, last, (int)relationship);
                dependentIds.Add(dependentId);
            }

            var tier = (int)Eligibility.TierFor(relationships);
            var json = "[" + string.Join(",", dependentIds) + "]";
            await Execute(election, coopId, yearId, memberId, tier, json, DBNull.Value, (int)ElectionReason.OpenEnrollment, recorded);
            if (mix / 4 % 20 == 0)
            {
                await Execute(election, coopId, yearId, memberId, tier, json, "2026-12-31", (int)ElectionReason.StaffCorrection, cancelled);
            }
            else
            {
                covered++;
            }
        }

        await transaction.CommitAsync();
        return (enrolled, covered);
    }

    private static SqliteCommand Prepared(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static Task<int> Execute(SqliteCommand command, params object[] values)
    {
        for (var p = 0; p < values.Length; p++)
        {
            command.Parameters[p].Value = values[p];
        }

        return command.ExecuteNonQueryAsync();
    }

    /// <summary>The same premium invoice rows the run wrote, for another month, by one prepared INSERT in one transaction (then removed).</summary>
    private static async Task<double> RawInsertsAsync(BenchHost host, string runPeriod, string period)
    {
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        var rows = new List<(long Coop, string Total, long? Run, string Lines)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT CooperativeId, Total, RunId, Lines FROM Invoices WHERE Kind = 2 AND PeriodKey = $period ORDER BY CooperativeId";
            read.Parameters.AddWithValue("$period", runPeriod);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3)));
            }
        }

        var month = BillingPeriod.Parse(period);
        var timer = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insert = Prepared(connection, transaction, """
            INSERT INTO Invoices (CooperativeId, Kind, PolicyId, PeriodKey, PeriodStart, PeriodEnd, IssuedOn, DueOn, Total, RunId, VoidedOn, VoidReason, VoidedByName, Lines)
            VALUES ($coop, 2, NULL, $key, $start, $end, $issued, $due, $total, $run, NULL, NULL, NULL, $lines)
            """, "$coop", "$key", "$start", "$end", "$issued", "$due", "$total", "$run", "$lines");
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            await Execute(insert, row.Coop, month.Key, Day(month.Start), Day(month.End), Day(month.Start), Day(month.Start.AddDays(15)), row.Total,
                row.Run is { } r ? r : DBNull.Value, row.Lines);
        }

        await transaction.CommitAsync();
        var seconds = timer.Elapsed.TotalSeconds;
        await insert.DisposeAsync();
        await using (var remove = connection.CreateCommand())
        {
            remove.CommandText = "DELETE FROM Invoices WHERE Kind = 2 AND PeriodKey = $period";
            remove.Parameters.AddWithValue("$period", month.Key);
            await remove.ExecuteNonQueryAsync();
        }

        return seconds;
    }

    private static double OptionDouble(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
