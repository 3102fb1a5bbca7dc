using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Infrastructure.Jobs;
using CoopAlliance.Web.Tests.Support;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// A run started from the web is a Hangfire job, run by the app's own job server as configured for production
/// (<c>Jobs:RunServer=true</c>), as the person who started it: the API answers 202 with the run, the Runs page sends
/// staff to the run's page, the job shows as succeeded in Hangfire, and the run ends with exactly one invoice per co-op
/// even when the request that started it is abandoned or the job runs twice at once. (This fixture waits 0 seconds, so
/// every start is "long", and pauses 40 ms after each batch of 25, so a run stays under way for seconds however fast
/// the machine writes.)
/// </summary>
public sealed class DuesRunInBackgroundTests : WebTest
{
    protected override AppFactory CreateApp() => new(settings: new Dictionary<string, string>
    {
        ["Jobs:RunServer"] = "true",
        ["Dues:StartWaitSeconds"] = "0",
        ["Dues:BatchSize"] = "25",
    },
        services: s => s.Replace(ServiceDescriptor.Singleton<IInvoiceRunPause, SlowBatches>()));

    [Test]
    public async Task TheApiAnswers202WithTheRunWhichEndsInTheBackgroundAndAStartAgainReturnsTheSameRun()
    {
        await App.AddMembersAsync(1000, "Background");
        var period = await App.NextPeriodAsync();
        var eligible = await App.EligibleAsync(period);
        var staff = await StaffAsync();

        var started = await staff.PostAsJsonAsync("/api/v1/dues/runs", new { period });
        var body = await started.Content.ReadAsStringAsync();
        var again = await staff.PostAsJsonAsync("/api/v1/dues/runs", new { period });
        var run = JsonDocument.Parse(body).RootElement;
        var id = run.GetProperty("id").GetInt32();

        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), body);
        Assert.That(started.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/dues/runs/{id}"));
        Assert.That(run.GetProperty("status").GetString(), Is.EqualTo("Running"));
        Assert.That(run.GetProperty("periodKey").GetString(), Is.EqualTo(period));
        Assert.That((await ReadAsync<JsonElement>(again)).GetProperty("id").GetInt32(), Is.EqualTo(id), "idempotent: the period's one run");
        var ended = await UntilEndedAsync(staff, id);
        Assert.That(ended.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(ended.GetProperty("startedBy").GetString(), Is.AnyOf(AppFactory.StaffEmail, "Sam Staff (demo)"), "the run acts as the person who started it");
        Assert.That(ended.GetProperty("log").GetString(), Does.Contain($"started by {ended.GetProperty("startedBy").GetString()} (started from the web)"));
        await App.AssertOneInvoiceEachAsync(period, eligible);
        // The dashboard's succeeded jobs list the run (a Hangfire server ran it, not the web request).
        var job = await UntilAsync(() => Task.FromResult(App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 100)
            .Select(j => j.Value.Job).FirstOrDefault(j => j?.Type == typeof(InvoiceRunJob) && (string)j.Args[0] == period) is { } found
            ? (ValueTuple<Hangfire.Common.Job>?)new(found)
            : null));
        Assert.That(job!.Value.Item1.Args[1], Is.EqualTo(await App.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.StaffEmail).Select(u => u.Id).SingleAsync())));
    }

    [Test]
    public async Task TheSameRunQueuedTwiceAtOnceInvoicesEachCoopOnce()
    {
        await App.AddMembersAsync(300, "Twice");
        var period = BillingPeriod.Parse(await App.NextPeriodAsync()).Next().Next().Next().Key; // not the other tests' periods
        var eligible = await App.EligibleAsync(period);
        var staffId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == AppFactory.StaffEmail).Select(u => u.Id).SingleAsync());

        // Two workers (of this node, or of two nodes) take the same job: the run's claim lets one of them invoice.
        using (var scope = App.Services.CreateScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IInvoiceRunQueue>();
            queue.Enqueue(period, staffId);
            queue.Enqueue(period, staffId);
        }

        var id = await UntilAsync(() => App.WithDbAsync(db => db.InvoiceRuns.Where(r => r.PeriodKey == period).Select(r => (int?)r.Id).FirstOrDefaultAsync()));
        var ended = await UntilEndedAsync(await StaffAsync(), id!.Value);
        await UntilAsync(() => Task.FromResult(App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 100)
            .Count(j => j.Value.Job?.Type == typeof(InvoiceRunJob) && (string)j.Value.Job.Args[0] == period) == 2 ? (bool?)true : null));

        Assert.That(ended.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(ended.GetProperty("created").GetInt32(), Is.EqualTo(eligible));
        await App.AssertOneInvoiceEachAsync(period, eligible);
    }

    [Test]
    public async Task ARunWhoseRequestIsAbandonedStillInvoicesEveryCoopOnce()
    {
        await App.AddMembersAsync(1000, "Abandoned");
        var period = BillingPeriod.Parse(await App.NextPeriodAsync()).Next().Next().Key; // not the other test's period
        var eligible = await App.EligibleAsync(period);
        var staff = await StaffAsync();

        // The tab is closed as soon as the run has been claimed (cancelling earlier could stop the request before it reached
        // the app, and then there is no run to speak of): the run must not stop with it.
        int? id;
        using (var impatient = new CancellationTokenSource())
        {
            var posting = staff.PostAsJsonAsync("/api/v1/dues/runs", new { period }, impatient.Token);
            id = await UntilAsync(() => App.WithDbAsync(db => db.InvoiceRuns.Where(r => r.PeriodKey == period).Select(r => (int?)r.Id).FirstOrDefaultAsync()));
            await impatient.CancelAsync();
            try
            {
                (await posting).Dispose();
            }
            catch (OperationCanceledException)
            {
                // The request was abandoned before its answer.
            }
        }

        var ended = await UntilEndedAsync(staff, id!.Value);
        Assert.That(ended.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(ended.GetProperty("created").GetInt32(), Is.EqualTo(eligible));
        await App.AssertOneInvoiceEachAsync(period, eligible);
    }

    [Test]
    public async Task StartingFromTheRunsPageLeadsToTheRunsPageWhichFollowsItAndABadPeriodIsSaidBesideTheForm()
    {
        await App.AddMembersAsync(150, "Page");
        var period = BillingPeriod.Parse(await App.NextPeriodAsync()).Next().Next().Next().Next().Key;
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var bad = await Forms.PostAsync(staff, "/Dues/Runs?handler=Start", new() { ["Period"] = "January" });
        var started = await Forms.PostAsync(staff, "/Dues/Runs?handler=Start", new() { ["Period"] = period });
        var runPage = await staff.GetAsync(started.Headers.Location);
        var html = await runPage.Content.ReadAsStringAsync();

        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await bad.Content.ReadAsStringAsync(), Does.Contain("Write the billing period as a month (2027-01)"));
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(started.Headers.Location?.ToString(), Does.StartWith("/Dues/Run/"));
        Assert.That(html, Does.Contain($"Invoice run for {period}"));
        if (html.Contains("Running:", StringComparison.Ordinal))
        {
            Assert.That(html, Does.Contain("is under way").And.Contain("data-reload-after"), "a running run's page refreshes itself");
        }

        var id = int.Parse(started.Headers.Location!.ToString()["/Dues/Run/".Length..]);
        Assert.That((await UntilEndedAsync(await StaffAsync(), id)).GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
    }

    private static async Task<JsonElement> UntilEndedAsync(HttpClient staff, int id)
    {
        var ended = await UntilAsync(async () =>
        {
            var run = await ReadAsync<JsonElement>(await staff.GetAsync($"/api/v1/dues/runs/{id}"));
            return run.GetProperty("status").GetString() == "Running" ? (JsonElement?)null : run;
        });
        return ended!.Value;
    }

    /// <summary>Polls until the answer is not null (at most a minute: the run works on 2 shared cores).</summary>
    private static async Task<T?> UntilAsync<T>(Func<Task<T?>> read) where T : struct
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(1))
            {
                Assert.Fail("Still running after a minute.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Holds the run 40 ms after each batch, so it stays visibly under way.</summary>
    private sealed class SlowBatches : IInvoiceRunPause
    {
        public Task AfterBatchAsync(string periodKey, int batch, CancellationToken ct) => Task.Delay(40, ct);
    }
}
