using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CoopAlliance.Application.Common.Security;
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
/// invoice run for one period, then times inserting the same number of invoice-shaped rows with raw prepared INSERTs in
/// one transaction (the machine's practical limit), and prints both rates and their ratio.
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

        var sample = await SampleLinesAsync(host);
        var rawSeconds = await RawInsertsAsync(host, coops, sample);

        var runRate = coops / runSeconds;
        var rawRate = coops / rawSeconds;
        Console.WriteLine($"invoice run ({period}, batches of {batch:N0}): {coops:N0} invoices in {runSeconds:0.000} s = {runRate:N0} invoices/s " +
                          $"(target: 15,000 in ≤ 2 s)");
        Console.WriteLine($"raw prepared INSERTs, one transaction:    {coops:N0} rows in {rawSeconds:0.000} s = {rawRate:N0} rows/s");
        Console.WriteLine($"ratio (invoice-run rate / raw rate): {runRate / rawRate:0.000} (target ≥ 0.25)");
        Console.WriteLine($"(measured after a warm-up run; the cold first run in this process, 200 co-ops, took {coldSeconds:0.000} s)");
        return 0;
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
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.DuesPolicies.Add(new DuesPolicy("Benchmark dues", new DateOnly(2027, 1, 1), BillingFrequency.Monthly, 30, 25,
        [
            new DuesTier("Worker co-ops", [CoopKind.WorkerCoop], [DuesComponent.PercentOfWages(0.15m, 300, 3000)]),
            new DuesTier("Everyone else", [], [DuesComponent.PerWorkerOwner([new WorkerOwnerStep(1, 200), new WorkerOwnerStep(3, 100), new WorkerOwnerStep(null, 50)])], 2, 50),
        ], DateTimeOffset.UtcNow));
        var kinds = Enum.GetValues<CoopKind>();
        var at = DateTimeOffset.UtcNow;
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

    private static async Task<string> SampleLinesAsync(BenchHost host)
    {
        using var scope = host.Services.CreateScope();
        var invoice = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Invoices.AsNoTracking().FirstAsync();
        return JsonSerializer.Serialize(invoice.Lines.Select(l => new { l.Description, l.Amount }));
    }

    /// <summary>The same number of invoice-shaped rows (same columns, a JSON lines column) by one prepared INSERT in one transaction.</summary>
    private static async Task<double> RawInsertsAsync(BenchHost host, int count, string lines)
    {
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE RawInvoices (Id INTEGER PRIMARY KEY AUTOINCREMENT, CooperativeId INTEGER NOT NULL, PolicyId INTEGER NOT NULL,
                  PeriodKey TEXT NOT NULL, PeriodStart TEXT NOT NULL, PeriodEnd TEXT NOT NULL, IssuedOn TEXT NOT NULL, DueOn TEXT NOT NULL,
                  Total TEXT NOT NULL, RunId INTEGER, Lines TEXT);
                CREATE UNIQUE INDEX IX_RawInvoices ON RawInvoices (CooperativeId, PolicyId, PeriodKey);
                CREATE INDEX IX_RawInvoices_Period ON RawInvoices (PeriodKey, CooperativeId);
                """;
            await create.ExecuteNonQueryAsync();
        }

        var timer = Stopwatch.StartNew();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO RawInvoices (CooperativeId, PolicyId, PeriodKey, PeriodStart, PeriodEnd, IssuedOn, DueOn, Total, RunId, Lines)
            VALUES ($coop, 1, '2027-02', '2027-02-01', '2027-02-28', '2027-02-01', '2027-03-03', $total, 1, $lines)
            """;
        var coop = insert.Parameters.Add("$coop", SqliteType.Integer);
        var total = insert.Parameters.Add("$total", SqliteType.Text);
        var json = insert.Parameters.Add("$lines", SqliteType.Text);
        insert.Prepare();
        for (var i = 1; i <= count; i++)
        {
            coop.Value = i;
            total.Value = (100m + (i % 50)).ToString("0.00", CultureInfo.InvariantCulture);
            json.Value = lines;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return timer.Elapsed.TotalSeconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
