using System.Net;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Backups of a running app's database: the copy is taken while it runs; a restore refuses while the app has the
/// database open (the app holds its "in use" lock) unless forced, and a forced one is seen by the running app at once.
/// The command-line verbs (`backup`, `restore`) do the same from another process.
/// </summary>
public sealed class BackupRestoreTests : WebTest
{
    private string _folder = "";

    [SetUp]
    public void UseOwnFolder() => _folder = Directory.CreateTempSubdirectory("coopalliance-web-backups-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task ARestoreRefusesWhileTheAppRunsAndWithForceBringsBackTheBackupUnderIt()
    {
        var staff = await StaffAsync();
        var file = Path.Combine(_folder, "before.db");
        await WithBackupsAsync(b => b.BackupAsync(file));
        var coops = await App.WithDbAsync(db => db.Cooperatives.CountAsync());
        await App.AddMembersAsync(3, "After The Backup");

        var refused = Assert.ThrowsAsync<DatabaseInUseException>(() => WithBackupsAsync(async b =>
        {
            await b.RestoreAsync(file, force: false);
            return "";
        }));
        var untouched = await App.WithDbAsync(db => db.Cooperatives.CountAsync());
        await WithBackupsAsync(async b =>
        {
            await b.RestoreAsync(file, force: true);
            return "";
        });

        Assert.That(refused!.Message, Does.Contain("in use").And.Contain("--force"));
        Assert.That(untouched, Is.EqualTo(coops + 3), "a refused restore changes nothing");
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(coops), "the running app sees the restored data");
        Assert.That((await App.CreateClient().GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await staff.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheCommandLineBacksUpTheRunningAppAndItsRestoreNeedsForce()
    {
        var file = Path.Combine(_folder, "from-the-command-line.db");
        await App.WithDbAsync(db => db.Cooperatives.CountAsync()); // the app is up and holds its database

        var backup = await RunAsync("backup", file);
        var refused = await RunAsync("restore", file);
        var forced = await RunAsync("restore", file, "--force");

        Assert.That(backup.ExitCode, Is.EqualTo(0), backup.Output);
        Assert.That(File.Exists(file), Is.True);
        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Output);
        Assert.That(refused.Output, Does.Contain("is in use by a running app").And.Contain("--force"));
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.Output);
        Assert.That(forced.Output, Does.Contain("Restored"));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.Status == MembershipStatus.Active)), Is.GreaterThan(0));
    }

    private async Task<T> WithBackupsAsync<T>(Func<BackupCommand, Task<T>> work)
    {
        using var scope = App.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<BackupCommand>());
    }

    /// <summary>`dotnet CoopAlliance.Web.dll VERB ...` against this fixture's database.</summary>
    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => AppProcess.RunAsync(App.DatabasePath, _folder, args);
}
