using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Tests.Jobs;

/// <summary>
/// The recurring jobs' runner on real SQLite: only a duplicate key on the job's own claim table means "another instance
/// has it"; a NOT NULL or foreign-key failure, even on that table, or a duplicate key elsewhere, fails the job loudly.
/// </summary>
public sealed class JobRunnerTests : TestBase
{
    [Test]
    public async Task ARunAlreadyClaimedByAnotherInstanceIsLoggedAsSuchAndDoesNotFailTheJob()
    {
        await AddAsync(new JobRun("data-review", "2026-11-23", Clock.GetUtcNow())); // the other instance's claim, committed first
        var log = new RecordingLogger();

        // This instance claims the same run, as RunDataReview does when both read "no run yet".
        await RunAsync(log, db => db.JobRuns.Add(new JobRun("data-review", "2026-11-23", Clock.GetUtcNow())), typeof(JobRun));

        Assert.That(log.Entries, Has.Some.Matches<(LogLevel Level, string Message)>(e =>
            e.Level == LogLevel.Information && e.Message.Contains("claimed by another instance")));
        Assert.That(log.Entries.Select(e => e.Level), Has.None.EqualTo(LogLevel.Error));
        Assert.That(await CountAsync<JobRun>(), Is.EqualTo(1));
    }

    [Test]
    public void ANotNullFailureOnTheClaimTableFailsTheJobWithAnErrorLogged()
    {
        var log = new RecordingLogger();

        var thrown = Assert.ThrowsAsync<DbUpdateException>(() =>
            RunAsync(log, db => db.JobRuns.Add(new JobRun(null!, "2026-11-23", Clock.GetUtcNow())), typeof(JobRun)));

        Assert.That(thrown!.InnerException!.Message, Does.Contain("NOT NULL"));
        Assert.That(log.Entries, Has.Some.Matches<(LogLevel Level, string Message)>(e => e.Level == LogLevel.Error && e.Message.Contains("failed")));
    }

    [Test]
    public void AForeignKeyFailureOnTheClaimTableFailsTheJob()
    {
        var log = new RecordingLogger();

        var thrown = Assert.ThrowsAsync<DbUpdateException>(() =>
            RunAsync(log, db => db.MentoringReminders.Add(new MentoringReminder(424242, new DateOnly(2026, 11, 1), Clock.GetUtcNow())),
                typeof(MentoringReminder)));

        Assert.That(thrown!.InnerException!.Message, Does.Contain("FOREIGN KEY"));
        Assert.That(log.Entries.Select(e => e.Level), Has.Some.EqualTo(LogLevel.Error));
    }

    [Test]
    public async Task ADuplicateKeyOnAnotherTableThanTheClaimFailsTheJob()
    {
        await AddAsync(new JobRun("data-review", "2026-11-23", Clock.GetUtcNow()));
        var log = new RecordingLogger();

        Assert.ThrowsAsync<DbUpdateException>(() =>
            RunAsync(log, db => db.JobRuns.Add(new JobRun("data-review", "2026-11-23", Clock.GetUtcNow())), typeof(DuesMonthlySummary)));

        Assert.That(log.Entries.Select(e => e.Level), Has.Some.EqualTo(LogLevel.Error));
    }

    [Test]
    public async Task TheJobsWorkRunsAsTheSystem()
    {
        var log = new RecordingLogger();
        ICurrentUser? seen = null;

        await RunAsync(log, _ => { }, [], user => seen = user);

        Assert.That(seen!.IsSystem, Is.True);
    }

    /// <summary>Runs a job's work through the runner in a scope of its own, as Hangfire does: the work saves what it adds.</summary>
    private static async Task RunAsync(RecordingLogger log, Action<AppDbContext> add, Type[] claims, Action<ICurrentUser>? observe = null)
    {
        using var scope = Testing.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        var runner = new JobRunner(user, db, log);
        await runner.RunAsync("test-job", async () =>
        {
            observe?.Invoke(user);
            add(db);
            await db.SaveChangesAsync();
        }, claims);
    }

    private static Task RunAsync(RecordingLogger log, Action<AppDbContext> add, params Type[] claims) => RunAsync(log, add, claims, null);

    private sealed class RecordingLogger : ILogger<JobRunner>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
