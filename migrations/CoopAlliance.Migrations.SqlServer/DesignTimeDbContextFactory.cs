using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopAlliance.Migrations.SqlServer;

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh); the app configures the context itself.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlServer("Server=localhost;Database=CoopAlliance;Trusted_Connection=True;TrustServerCertificate=True", o => o.MigrationsAssembly(MigrationAssemblies.SqlServer)).Options);
}
