using System.Diagnostics;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Two app processes invoice the same period at the same moment on one SQLite file (`dues-run`, the command-line
/// verb), then a third is killed after its first batch and a fourth resumes: each co-op ends with exactly one invoice.
/// </summary>
public sealed class DuesRunProcessTests : WebTest
{
    [Test]
    public async Task TwoProcessesRunningThePeriodAtOnceLeaveExactlyOneInvoicePerCoop()
    {
        await AddMembersAsync(300);
        var period = await NextPeriodAsync();
        var eligible = await EligibleAsync(period);

        var results = await Task.WhenAll(DuesRunAsync(period), DuesRunAsync(period));

        Assert.That(results.Select(r => r.ExitCode), Has.All.EqualTo(0), string.Join("\n", results.Select(r => r.Output)));
        await AssertOneInvoiceEachAsync(period, eligible);
        // Whichever process found the other's live claim left it alone; a run after both ends is complete.
        var run = await App.WithDbAsync(db => db.InvoiceRuns.AsNoTracking().SingleAsync(r => r.PeriodKey == period));
        Assert.That(run.Created, Is.EqualTo(eligible));
    }

    [Test]
    public async Task AProcessKilledAfterItsFirstBatchIsResumedByTheNextWithoutDuplicates()
    {
        await AddMembersAsync(60);
        var period = BillingPeriod.Parse(await NextPeriodAsync()).Next().Key; // a period the other test does not use
        var eligible = await EligibleAsync(period);

        var crashed = await DuesRunAsync(period, ("Dues__FailAfterBatches", "1"));
        var partial = await App.WithDbAsync(db => db.Invoices.CountAsync(i => i.PeriodKey == period));
        var resumed = await DuesRunAsync(period);

        Assert.That(crashed.ExitCode, Is.Not.EqualTo(0));
        Assert.That(partial, Is.EqualTo(7), "the first batch of 7 was committed before the crash");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Output);
        Assert.That(resumed.Output, Does.Contain("Succeeded"));
        await AssertOneInvoiceEachAsync(period, eligible);
    }

    private async Task AssertOneInvoiceEachAsync(string period, int eligible)
    {
        var perCoop = await App.WithDbAsync(db => db.Invoices.Where(i => i.PeriodKey == period).GroupBy(i => i.CooperativeId)
            .Select(g => g.Count()).ToListAsync());
        Assert.That(perCoop, Has.Count.EqualTo(eligible));
        Assert.That(perCoop, Has.All.EqualTo(1));
    }

    private Task AddMembersAsync(int count) => App.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var profile = new CoopProfile($"Process Test Co-op {i:000}", null, CoopKind.DemocraticWorkplace, "Services", null, "Greenfield", "MA", null,
                Region.WesternMassachusetts, null, 3 + (i % 9), 0, RevenueBand.Unknown, null, null, null, null);
            db.Cooperatives.Add(Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2020, 1, 1), Actor.System, DateTimeOffset.UtcNow));
        }

        return await db.SaveChangesAsync();
    });

    private Task<int> EligibleAsync(string period)
    {
        var end = BillingPeriod.Parse(period).End;
        return App.WithDbAsync(db => db.Cooperatives.CountAsync(c =>
            (c.Status == MembershipStatus.Active || c.Status == MembershipStatus.Lapsed) && (c.MemberSince == null || c.MemberSince <= end)));
    }

    private async Task<string> NextPeriodAsync()
    {
        var keys = await App.WithDbAsync(db => db.InvoiceRuns.Select(r => r.PeriodKey).ToListAsync());
        return keys.Select(BillingPeriod.Parse).MaxBy(p => p.Start).Next().Key;
    }

    /// <summary>`dotnet CoopAlliance.Web.dll dues-run PERIOD` against this fixture's database, in small batches.</summary>
    private async Task<(int ExitCode, string Output)> DuesRunAsync(string period, params (string Key, string Value)[] settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CoopAlliance.Web.dll");
        var work = Directory.CreateTempSubdirectory("coopalliance-dues-run-");
        var start = new ProcessStartInfo("dotnet", [dll, "dues-run", period])
        {
            WorkingDirectory = work.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={App.DatabasePath}";
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Jobs__RunServer"] = "false";
        start.Environment["Dues__BatchSize"] = "7";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;
        try
        {
            work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }

        return (process.ExitCode, output);
    }
}
