using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Applies migrations (never EnsureCreated) inside the execution strategy, then makes sure the roles and a
/// data-protection key exist.
/// </summary>
public sealed class DatabaseStartup(AppDbContext db, RoleManager<AppRole> roles, IDataProtectionProvider dataProtection,
    ILogger<DatabaseStartup> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            }

            await db.Database.MigrateAsync(ct);
        });

        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a job writes; the setting is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await IdentityService.EnsureRolesAsync(roles);

        // The key ring is stored through a connection of its own. Created lazily inside a command (an invitation
        // token), that connection would wait on SQLite for the command's write lock until it timed out; so the
        // first key is made here, before any command runs.
        dataProtection.CreateProtector(nameof(DatabaseStartup)).Protect([0]);
    }
}

/// <summary>Ready only when the database answers and every migration is applied.</summary>
public sealed class MigrationsHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
    }
}
