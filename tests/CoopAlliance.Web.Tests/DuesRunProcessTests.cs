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
        await App.AddMembersAsync(300, "Process Test");
        var period = await App.NextPeriodAsync();
        var eligible = await App.EligibleAsync(period);

        var results = await Task.WhenAll(DuesRunAsync(period), DuesRunAsync(period));

        Assert.That(results.Select(r => r.ExitCode), Has.All.EqualTo(0), string.Join("\n", results.Select(r => r.Output)));
        await App.AssertOneInvoiceEachAsync(period, eligible);
        // Whichever process found the other's live claim left it alone; a run after both ends is complete.
        var run = await App.WithDbAsync(db => db.InvoiceRuns.AsNoTracking().SingleAsync(r => r.PeriodKey == period));
        Assert.That(run.Created, Is.EqualTo(eligible));
    }

    [Test]
    public async Task AProcessKilledAfterItsFirstBatchIsResumedByTheNextWithoutDuplicates()
    {
        await App.AddMembersAsync(60, "Process Test");
        var period = BillingPeriod.Parse(await App.NextPeriodAsync()).Next().Key; // a period the other test does not use
        var eligible = await App.EligibleAsync(period);

        var crashed = await DuesRunAsync(period, ("Dues__FailAfterBatches", "1"));
        var partial = await App.WithDbAsync(db => db.Invoices.CountAsync(i => i.PeriodKey == period));
        var resumed = await DuesRunAsync(period);

        Assert.That(crashed.ExitCode, Is.Not.EqualTo(0));
        Assert.That(partial, Is.EqualTo(7), "the first batch of 7 was committed before the crash");
        Assert.That(resumed.ExitCode, Is.EqualTo(0), resumed.Output);
        Assert.That(resumed.Output, Does.Contain("Succeeded"));
        await App.AssertOneInvoiceEachAsync(period, eligible);
    }





    /// <summary>`dotnet CoopAlliance.Web.dll dues-run PERIOD` against this fixture's database, in small batches.</summary>
    private async Task<(int ExitCode, string Output)> DuesRunAsync(string period, params (string Key, string Value)[] settings)
    {
        var work = Directory.CreateTempSubdirectory("coopalliance-dues-run-");
        var result = await AppProcess.RunAsync(App.DatabasePath, work.FullName, ["dues-run", period],
            [("Dues__BatchSize", "7"), .. settings]);
        try
        {
            work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }

        return result;
    }
}
