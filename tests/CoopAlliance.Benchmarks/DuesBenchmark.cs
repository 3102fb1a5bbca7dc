using System.Diagnostics;
using System.Globalization;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Infrastructure.Data;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Benchmarks;

/// <summary>
/// `scripts/bench.sh dues [--coops N] [--batch N]`: seeds N member co-ops into a fresh SQLite database, times the
/// invoice run for one period; then inserting the same invoice rows into the same table with raw prepared INSERTs in one
/// transaction (the machine's practical limit); then the treasurer's monthly summary PDF and the statement PDF of every
/// invoice. It prints each figure and the ratio of the run's rate to the raw rate.
/// </summary>
public static class DuesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var coops = Option(args, "--coops", 15_000);
        var batch = Option(args, "--batch", 2000);
        const string period = "2027-01";
        var settings = new Dictionary<string, string?> { ["Dues:BatchSize"] = batch.ToString(CultureInfo.InvariantCulture) };

        // A long-running app has its queries compiled and its code jitted before the 1st of the month: warm up on a
        // separate small database first, and say how long the cold run took.
        double coldSeconds;
        await using (var warmUp = await BenchHost.StartAsync(settings))
        {
            await SeedAsync(warmUp, 200);
            var cold = Stopwatch.StartNew();
            await RunAsync(warmUp, period);
            coldSeconds = cold.Elapsed.TotalSeconds;
            using var warmStatements = await SendAsync(warmUp, new ExportStatements(period));
            await SendAsync(warmUp, new GetInvoicePdf(1));
        }

        await using var host = await BenchHost.StartAsync(settings);
        var seed = Stopwatch.StartNew();
        await SeedAsync(host, coops);
        Console.WriteLine($"seeded {coops:N0} member co-ops (with self-reports) in {seed.Elapsed.TotalSeconds:0.00} s");

        var timer = Stopwatch.StartNew();
        var run = await RunAsync(host, period);
        var runSeconds = timer.Elapsed.TotalSeconds;
        if (run.Status != InvoiceRunStatus.Succeeded || run.Created != coops)
        {
            Console.Error.WriteLine($"the run did not invoice every co-op: {run.Status}, {run.Created} created\n{run.Log}");
            return 1;
        }

        var rawSeconds = await RawInsertsAsync(host, period, "2027-02");

        // The treasurer's monthly summary (the run issued its invoices today); then every statement of the period, as
        // the treasurer downloads them (one ZIP); then a sample of single statements, one request each, as reps do.
        var summaryTimer = Stopwatch.StartNew();
        var summary = await SendAsync(host, new GenerateDuesSummary(host.Services.GetRequiredService<AllianceClock>().Today.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        var summarySeconds = summaryTimer.Elapsed.TotalSeconds;
        var statementsTimer = Stopwatch.StartNew();
        int statements;
        long zipBytes;
        using (var archive = await SendAsync(host, new ExportStatements(period)))
        {
            (statements, zipBytes) = (archive.Count, archive.Content.Length);
        }

        var statementSeconds = statementsTimer.Elapsed.TotalSeconds;
        var (singles, singleSeconds) = await SingleStatementsAsync(host, period, Math.Min(coops, 500));

        var runRate = coops / runSeconds;
        var rawRate = coops / rawSeconds;
        var statementRate = statements / statementSeconds;
        Console.WriteLine($"invoice run ({period}, batches of {batch:N0}): {coops:N0} invoices in {runSeconds:0.000} s = {runRate:N0} invoices/s " +
                          "(target: 15,000 in ≤ 2 s)");
        Console.WriteLine($"raw prepared INSERTs of the same rows into the same table, one transaction: {coops:N0} rows in {rawSeconds:0.000} s = {rawRate:N0} rows/s");
        Console.WriteLine($"ratio (invoice-run rate / raw rate): {runRate / rawRate:0.000} (target ≥ 0.25)");
        Console.WriteLine($"monthly dues summary PDF ({summary.MonthName}: {Money(summary.Billed)} billed, {summary.CoopsOwing:N0} co-ops owing, " +
                          $"{summary.PdfBytes / 1024.0:0.0} KB): {summarySeconds:0.000} s");
        Console.WriteLine($"statements for every co-op (one ZIP, {zipBytes / 1024.0 / 1024.0:0.0} MB): {statements:N0} in {statementSeconds:0.000} s = " +
                          $"{statementRate:N0} statements/s on {Environment.ProcessorCount} cores (target ≥ 250/s)");
        Console.WriteLine($"single statement downloads, one request at a time: {singles:N0} in {singleSeconds:0.000} s = {singles / singleSeconds:N0}/s");
        Console.WriteLine($"(measured after a warm-up run; the cold first run in this process, 200 co-ops, took {coldSeconds:0.000} s)");
        return 0;
    }

    private static string Money(decimal amount) => amount.ToString("C", CultureInfo.GetCultureInfo("en-US"));

    private static async Task<T> SendAsync<T>(BenchHost host, IRequest<T> request)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>The statement PDFs of the period's first invoices, one request (and scope) each, as the app serves them.</summary>
    private static async Task<(int Count, double Seconds)> SingleStatementsAsync(BenchHost host, string period, int count)
    {
        List<int> ids;
        using (var scope = host.Services.CreateScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Invoices.AsNoTracking().Where(i => i.PeriodKey == period)
                .OrderBy(i => i.Id).Select(i => i.Id).Take(count).ToListAsync();
        }

        var timer = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            await SendAsync(host, new GetInvoicePdf(id));
        }

        return (ids.Count, timer.Elapsed.TotalSeconds);
    }

    private static async Task<InvoiceRunDto> RunAsync(BenchHost host, string period)
    {
        using var scope = host.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunInvoices(period, "benchmark"));
    }

    private static async Task SeedAsync(BenchHost host, int count)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var at = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.DuesPolicies.Add(new DuesPolicy("Benchmark dues", new DateOnly(2027, 1, 1), BillingFrequency.Monthly, 30, 25,
        [
            new DuesTier("Worker co-ops", [CoopKind.WorkerCoop], [DuesComponent.PercentOfWages(0.15m, 300, 3000)]),
            new DuesTier("Everyone else", [], [DuesComponent.PerWorkerOwner([new WorkerOwnerStep(1, 200), new WorkerOwnerStep(3, 100), new WorkerOwnerStep(null, 50)])], 2, 50),
        ], at));
        var kinds = Enum.GetValues<CoopKind>();
        for (var start = 0; start < count; start += 1000)
        {
            var page = new List<Cooperative>();
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var profile = new CoopProfile($"Bench Co-op {i:00000}", null, kinds[i % kinds.Length], "Services", null, "Holyoke", "MA", null,
                    Region.WesternMassachusetts, null, 2 + (i % 40), 0, RevenueBand.Unknown, null, null, null, null);
                page.Add(Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2015 + (i % 12), 1 + (i % 12), 1 + (i % 28)), Actor.System, at));
            }

            db.Cooperatives.AddRange(page);
            await db.SaveChangesAsync();
            foreach (var coop in page.Where(c => c.Id % 3 != 0))
            {
                var report = new DuesSelfReport(coop.Id, 2026);
                report.Submit(coop.WorkerOwners * 41_000m, null, null, true, Actor.System, at);
                db.DuesSelfReports.Add(report);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The machine's practical limit: the same invoice rows the run wrote (same co-ops, policy, columns and lines JSON)
    /// for another period, by one prepared INSERT into the same Invoices table (same foreign keys and indexes) in one
    /// transaction.
    /// </summary>
    private static async Task<double> RawInsertsAsync(BenchHost host, string runPeriod, string period)
    {
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        var rows = new List<(long Coop, long Policy, string Total, long? Run, string Lines)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT CooperativeId, PolicyId, Total, RunId, Lines FROM Invoices WHERE PeriodKey = $period ORDER BY CooperativeId";
            read.Parameters.AddWithValue("$period", runPeriod);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetString(4)));
            }
        }

        var start = BillingPeriod.Parse(period);
        var timer = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Invoices (CooperativeId, PolicyId, PeriodKey, PeriodStart, PeriodEnd, IssuedOn, DueOn, Total, RunId, VoidedOn, VoidReason, VoidedByName, Lines)
            VALUES ($coop, $policy, $key, $start, $end, $issued, $due, $total, $run, NULL, NULL, NULL, $lines)
            """;
        var coop = insert.Parameters.Add("$coop", SqliteType.Integer);
        var policy = insert.Parameters.Add("$policy", SqliteType.Integer);
        insert.Parameters.AddWithValue("$key", start.Key);
        insert.Parameters.AddWithValue("$start", start.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$end", start.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$issued", start.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$due", start.Start.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var total = insert.Parameters.Add("$total", SqliteType.Text);
        var run = insert.Parameters.Add("$run", SqliteType.Integer);
        var lines = insert.Parameters.Add("$lines", SqliteType.Text);
        insert.Prepare();
        foreach (var row in rows)
        {
            coop.Value = row.Coop;
            policy.Value = row.Policy;
            total.Value = row.Total;
            run.Value = row.Run is { } r ? r : DBNull.Value;
            lines.Value = row.Lines;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        var seconds = timer.Elapsed.TotalSeconds;
        await using (var remove = connection.CreateCommand())
        {
            // The comparison rows go again: the statements and the summary below see only what the run issued.
            remove.CommandText = "DELETE FROM Invoices WHERE PeriodKey = $period";
            remove.Parameters.AddWithValue("$period", start.Key);
            await remove.ExecuteNonQueryAsync();
        }

        return seconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
