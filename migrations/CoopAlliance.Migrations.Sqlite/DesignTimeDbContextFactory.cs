using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopAlliance.Migrations.Sqlite;

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh); the app configures the context itself.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(MigrationAssemblies.Sqlite)).Options);
}
