using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>Section "Backups": the nightly copies of the embedded (SQLite) database. SQL Server is backed up natively.</summary>
public sealed class BackupOptions
{
    public const string Section = "Backups";

    /// <summary>Where the nightly copies go (relative: under the content root).</summary>
    public string Folder { get; set; } = "data/backups";

    /// <summary>How many nightly copies to keep; older ones are deleted after a new one is made.</summary>
    public int Keep { get; set; } = 14;

    /// <summary>When the nightly backup runs (cron, in the alliance's time zone).</summary>
    public string Cron { get; set; } = "30 3 * * *";
}

/// <summary>A backup or restore that cannot be done, said in words for the operator.</summary>
public class BackupException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The database to restore over is open in a running app; <c>--force</c> restores anyway.</summary>
public sealed class DatabaseInUseException(string message) : BackupException(message);

/// <summary>What the nightly backup did: the night's copy, whether it was made now, and the old copies deleted.</summary>
public sealed record NightlyBackup(string File, bool Created, IReadOnlyList<string> Deleted);

/// <summary>
/// Backups of the embedded SQLite database: <c>dotnet CoopAlliance.Web.dll backup FILE</c>, <c>restore FILE [--force]</c>
/// and the nightly job (<see cref="KeepNightlyAsync"/>).
/// <list type="bullet">
/// <item>A backup is SQLite's online backup (<see cref="SqliteConnection.BackupDatabase(SqliteConnection)"/>) under one
/// read transaction: a consistent copy of the database as it was committed when the copy began, taken while the app goes
/// on writing (WAL: readers do not block writers). It is written under a temporary name, checked
/// (<c>PRAGMA integrity_check</c>) and only then renamed, so a crash mid-copy never leaves a file that looks like a backup.</item>
/// <item>A restore checks the copy, then writes it over the live database with the same online backup (under SQLite's
/// own lock), so an app that is running sees the restored data on its next query. It refuses while an app has the
/// database open — each running app holds a shared lock on <c>&lt;database&gt;.lock</c> beside the file
/// (<see cref="DatabaseInUseLock"/>) — unless forced.</item>
/// </list>
/// </summary>
public sealed class BackupCommand(AppDbContext db, IOptions<DatabaseOptions> database, IOptions<BackupOptions> options,
    IHostEnvironment env, ILogger<BackupCommand> logger)
{
    private const string Prefix = "coopalliance-";
    private const string Partial = ".partial";

    /// <summary>False on SQL Server, whose backups are native (BACKUP DATABASE).</summary>
    public bool IsEmbedded => database.Value.Provider == DatabaseProvider.Sqlite;

    /// <summary>The live database file.</summary>
    public string DatabaseFile => new SqliteConnectionStringBuilder(LiveConnectionString).DataSource;

    private string LiveConnectionString => db.Database.GetConnectionString()
                                           ?? throw new InvalidOperationException("The database has no connection string.");

    /// <summary>Copies the live database to <paramref name="file"/> (replacing it), consistently, while the app may be writing.</summary>
    public async Task<string> BackupAsync(string file, CancellationToken ct = default)
    {
        RequireEmbedded();
        var target = Path.GetFullPath(file);
        if (target == Path.GetFullPath(DatabaseFile))
        {
            throw new BackupException("The backup cannot be the database itself.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + Partial;
        File.Delete(temp);
        try
        {
            await using (var live = new SqliteConnection(LiveConnectionString))
            await using (var copy = Open(temp))
            {
                await live.OpenAsync(ct);
                await copy.OpenAsync(ct);
                await CopyAsync(live, copy, ct);
                // The copy stands alone in one file (the live database is in WAL mode, which the copy would inherit).
                await ScalarAsync(copy, "PRAGMA journal_mode=DELETE;", ct);
                await CheckAsync(copy, temp, ct);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        logger.LogInformation("Database backed up to {File}", target);
        return target;
    }

    /// <summary>
    /// Puts the backup <paramref name="file"/> in place of the live database. Refuses while a running app holds the
    /// database (<see cref="DatabaseInUseException"/>) unless <paramref name="force"/>.
    /// </summary>
    public async Task RestoreAsync(string file, bool force, CancellationToken ct = default)
    {
        RequireEmbedded();
        var source = Path.GetFullPath(file);
        if (!File.Exists(source))
        {
            throw new BackupException($"There is no backup at {source}.");
        }

        await using (var backup = Open(source))
        {
            await backup.OpenAsync(ct);
            await CheckAsync(backup, source, ct);
            if (await ScalarAsync(backup, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';", ct) is not 1L)
            {
                throw new BackupException($"{source} is not a CoopAlliance database (it has no migrations history).");
            }
        }

        using var exclusive = DatabaseInUseLock.TryExclusive(DatabaseFile);
        if (exclusive is null && !force)
        {
            throw new DatabaseInUseException(
                $"The database {DatabaseFile} is in use by a running app. Stop the app and restore again, or add --force to restore " +
                "under it (its open sessions then see the restored data).");
        }

        await using (var backup = Open(source))
        await using (var live = new SqliteConnection(LiveConnectionString))
        {
            await backup.OpenAsync(ct);
            await live.OpenAsync(ct);
            await CopyAsync(backup, live, ct);
            await CheckAsync(live, DatabaseFile, ct);
        }

        logger.LogWarning("Database {Database} restored from {File}{Forced}", DatabaseFile, source, exclusive is null ? " while in use (--force)" : "");
    }

    /// <summary>
    /// The nightly backup: one copy per alliance day (<c>coopalliance-YYYY-MM-DD.db</c> in <c>Backups:Folder</c>; a second run
    /// the same day finds it and makes none), then only the last <c>Backups:Keep</c> copies are kept. Files still under
    /// their temporary name (a copy cut short) are never counted as backups.
    /// </summary>
    public async Task<NightlyBackup> KeepNightlyAsync(DateOnly day, CancellationToken ct = default)
    {
        RequireEmbedded();
        var folder = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Folder));
        var file = Path.Combine(folder, $"{Prefix}{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.db");
        var created = !File.Exists(file);
        if (created)
        {
            await BackupAsync(file, ct);
        }

        var deleted = Nightly(folder).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).Skip(Math.Max(1, options.Value.Keep)).ToList();
        foreach (var old in deleted)
        {
            File.Delete(old);
        }

        return new NightlyBackup(file, created, deleted);
    }

    /// <summary>The nightly copies in the folder, by their exact name (no temporary or foreign file).</summary>
    public static IEnumerable<string> Nightly(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, $"{Prefix}*.db").Where(f =>
                DateOnly.TryParseExact(Path.GetFileNameWithoutExtension(f)[Prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            : [];

    private void RequireEmbedded()
    {
        if (!IsEmbedded)
        {
            throw new BackupException("The database is SQL Server: back it up with BACKUP DATABASE (or the platform's automated backups), not this command.");
        }
    }

    /// <summary>
    /// The online backup, page by page under one read transaction of the source. A lock it cannot get at once (a writer
    /// checkpointing the WAL, or holding the destination) is waited for, then the whole copy is tried again.
    /// </summary>
    private static async Task CopyAsync(SqliteConnection source, SqliteConnection destination, CancellationToken ct)
    {
        await ScalarAsync(source, "PRAGMA busy_timeout = 30000;", ct);
        await ScalarAsync(destination, "PRAGMA busy_timeout = 30000;", ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                source.BackupDatabase(destination);
                return;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < 5) // SQLITE_BUSY, SQLITE_LOCKED
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }

    private static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());

    private static async Task CheckAsync(SqliteConnection connection, string file, CancellationToken ct)
    {
        object? result;
        try
        {
            result = await ScalarAsync(connection, "PRAGMA integrity_check;", ct);
        }
        catch (SqliteException ex)
        {
            throw new BackupException($"{file} is not a sound SQLite database: {ex.Message}", ex);
        }

        if (result as string != "ok")
        {
            throw new BackupException($"{file} failed its integrity check: {result}");
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}

/// <summary>
/// "This database is in use": while the app runs (not the command-line verbs), it holds a shared lock on
/// <c>&lt;database&gt;.lock</c> beside the SQLite file, so a restore (which needs the lock exclusively) knows to refuse.
/// Several apps on one file may all hold it. The lock is the operating system's (flock on Linux, a share mode on
/// Windows), so it goes with the process, even a killed one.
/// </summary>
public sealed class DatabaseInUseLock(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, ILogger<DatabaseInUseLock> logger)
    : IHostedService, IDisposable
{
    private FileStream? _held;

    public static string PathFor(string databaseFile) => databaseFile + ".lock";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Sqlite)
        {
            return Task.CompletedTask;
        }

        using var scope = scopes.CreateScope();
        var file = new SqliteConnectionStringBuilder(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString()).DataSource;
        if (file is ":memory:" or "")
        {
            return Task.CompletedTask;
        }

        try
        {
            _held = new FileStream(PathFor(Path.GetFullPath(file)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not mark the database as in use (is a restore under way?); a restore will not know this app runs");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }

    /// <summary>The lock held exclusively (nobody has the database open), or null while an app holds it.</summary>
    public static IDisposable? TryExclusive(string databaseFile)
    {
        try
        {
            return new FileStream(PathFor(Path.GetFullPath(databaseFile)), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
