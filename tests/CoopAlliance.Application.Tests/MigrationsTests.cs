using CoopAlliance.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// The equivalent of <c>dotnet ef migrations has-pending-model-changes</c> for each provider: a model change
/// without a migration for both SQLite and SQL Server fails here. Nothing connects to SQL Server.
/// </summary>
public sealed class MigrationsTests
{
    private static AppDbContext ContextFor(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        // The app's own provider configuration, so the test checks what production runs.
        Infrastructure.DependencyInjection.Configure(options, provider, connectionString);
        return new AppDbContext(options.Options);
    }

    private static AppDbContext ContextFor(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer
        ? ContextFor(provider, "Server=nowhere.invalid;Database=CoopAlliance;User Id=nobody;Password=unused;TrustServerCertificate=True")
        : ContextFor(provider, "Data Source=:memory:");

    [TestCase(DatabaseProvider.Sqlite, MigrationAssemblies.Sqlite)]
    [TestCase(DatabaseProvider.SqlServer, MigrationAssemblies.SqlServer)]
    public void EachProviderHasItsOwnMigrationsAssemblyWithMigrations(DatabaseProvider provider, string assemblyName)
    {
        using var db = ContextFor(provider);

        var migrations = db.GetService<IMigrationsAssembly>();

        Assert.That(migrations.Assembly.GetName().Name, Is.EqualTo(assemblyName));
        Assert.That(migrations.Migrations, Is.Not.Empty);
        Assert.That(migrations.ModelSnapshot, Is.Not.Null);
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.SqlServer)]
    public void TheMigrationsAreInStepWithTheModel(DatabaseProvider provider)
    {
        using var db = ContextFor(provider);

        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"the model changed without a {provider} migration: run scripts/add-migration.sh <FeatureName>");
    }

    [Test]
    public async Task MigratingAFreshSqliteDatabaseAppliesEveryMigration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopalliance-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = ContextFor(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"))
            {
                Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
                Assert.That((await ReadinessAsync(db)).Status, Is.EqualTo(HealthStatus.Unhealthy), "not ready before migrating");

                await db.Database.MigrateAsync();

                Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
                Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()));
                Assert.That(await db.Cooperatives.CountAsync(), Is.Zero, "the tables exist");
                Assert.That((await ReadinessAsync(db)).Status, Is.EqualTo(HealthStatus.Healthy));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static Task<HealthCheckResult> ReadinessAsync(AppDbContext db) =>
        new MigrationsHealthCheck(db).CheckHealthAsync(new HealthCheckContext());
}
