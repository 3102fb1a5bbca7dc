using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Tests.Operations;

/// <summary>Backups of the embedded database on real SQLite: taken under writes, restored whole, one a night, the last N kept.</summary>
public sealed class BackupTests : TestBase
{
    private string _folder = "";

    [SetUp]
    public void UseOwnFolder() => _folder = Directory.CreateTempSubdirectory("coopalliance-backups-").FullName;

    [TearDown]
    public void RemoveFolder()
    {
        Options.Folder = new BackupOptions().Folder;
        Options.Keep = new BackupOptions().Keep;
        Directory.Delete(_folder, recursive: true);
    }

    private static BackupOptions Options => Testing.Services.GetRequiredService<IOptions<BackupOptions>>().Value;

    [Test]
    public async Task ABackupTakenWhileRowsAreWrittenRestoresEveryRowCommittedBeforeItStartedAndNothingHalfWritten()
    {
        var file = Path.Combine(_folder, "under-writes.db");
        var committed = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            // Another user of the app: one row per transaction, numbered, as fast as SQLite takes them.
            using var scope = Testing.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            while (!stop.IsCancellationRequested)
            {
                db.JobRuns.Add(new JobRun("probe", $"{committed + 1:D6}", Clock.GetUtcNow()));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                Interlocked.Increment(ref committed);
            }
        });
        int before, atEnd;
        try
        {
            await UntilAsync(() => Volatile.Read(ref committed) >= 50, writer);
            before = Volatile.Read(ref committed);
            await WithBackupsAsync(b => b.BackupAsync(file));
            atEnd = Volatile.Read(ref committed);
            await UntilAsync(() => Volatile.Read(ref committed) >= atEnd + 20, writer); // the app goes on writing after the copy
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        var total = Volatile.Read(ref committed);

        await WithBackupsAsync(async b =>
        {
            await b.RestoreAsync(file, force: false); // no app runs here, so nothing holds the database
            return 0;
        });

        var keys = await WithDbAsync(db => db.JobRuns.Where(r => r.Job == "probe").Select(r => r.RunKey).ToListAsync());
        var numbers = keys.Select(int.Parse).Order().ToList();
        Assert.That(numbers, Has.Count.GreaterThanOrEqualTo(before), "every row committed before the backup began");
        // (+1: the writer counts a row just after its commit returns)
        Assert.That(numbers, Has.Count.LessThanOrEqualTo(atEnd + 1), "nothing committed after the backup ended");
        Assert.That(numbers, Has.Count.LessThan(total), "the restore replaced the database (the later rows are gone)");
        Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Count)), "no row missing in the middle");
        Assert.That(await IntegrityAsync(Testing.DatabasePath), Is.EqualTo("ok"));
        Assert.That(await IntegrityAsync(file), Is.EqualTo("ok"));
        Assert.That(File.Exists(file + ".partial"), Is.False);
    }

    [Test]
    public async Task TheNightlyBackupMakesOneCopyADayKeepsTheLastNAndNeverCountsAHalfWrittenCopy()
    {
        Options.Folder = _folder;
        Options.Keep = 2;
        // A copy cut short by a crash stays under its temporary name; a file of another name is not ours either.
        await File.WriteAllTextAsync(Path.Combine(_folder, "coopalliance-2026-11-24.db.partial"), "half a copy");
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "the operator's");

        var first = await WithBackupsAsync(b => b.KeepNightlyAsync(new DateOnly(2026, 11, 22)));
        var again = await WithBackupsAsync(b => b.KeepNightlyAsync(new DateOnly(2026, 11, 22)));
        await WithBackupsAsync(b => b.KeepNightlyAsync(new DateOnly(2026, 11, 23)));
        var third = await WithBackupsAsync(b => b.KeepNightlyAsync(new DateOnly(2026, 11, 24)));

        Assert.That(first.Created, Is.True);
        Assert.That(again.Created, Is.False, "a second run the same night makes no second copy");
        Assert.That(third.Deleted.Select(Path.GetFileName), Is.EqualTo(new[] { "coopalliance-2026-11-22.db" }));
        Assert.That(Directory.GetFiles(_folder).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "coopalliance-2026-11-23.db", "coopalliance-2026-11-24.db", "notes.txt" }));
        Assert.That(await IntegrityAsync(third.File), Is.EqualTo("ok"));
    }

    [Test]
    public async Task AFileThatIsNotABackupIsRefusedAndTheDatabaseIsLeftAsItWas()
    {
        await AddActiveCoopAsync();
        var junk = Path.Combine(_folder, "junk.db");
        await File.WriteAllTextAsync(junk, "not a database at all, but long enough to have a header of sorts....................");

        Assert.ThrowsAsync<BackupException>(() => WithBackupsAsync(async b =>
        {
            await b.RestoreAsync(junk, force: false);
            return 0;
        }));

        Assert.That(await WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(1));
    }

    private static async Task<T> WithBackupsAsync<T>(Func<BackupCommand, Task<T>> work)
    {
        using var scope = Testing.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<BackupCommand>());
    }

    private static async Task<string?> IntegrityAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync();
    }

    private static async Task UntilAsync(Func<bool> done, Task writer)
    {
        for (var i = 0; i < 600 && !done(); i++)
        {
            if (writer.IsFaulted)
            {
                await writer;
            }

            await Task.Delay(50);
        }

        Assert.That(done(), Is.True, "the writer did not get that far in 30 seconds");
    }
}
