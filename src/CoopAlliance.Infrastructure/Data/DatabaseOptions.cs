namespace CoopAlliance.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Section "Database"; the connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultSqlite = "Data Source=data/coopalliance.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public bool MigrateOnStartup { get; set; } = true;
    /// <summary>
    /// Development always seeds the demo data; anywhere else, true stops the start-up with an explanation
    /// (the demo logins have a published password).
    /// </summary>
    public bool SeedDemoData { get; set; }
}

public static class MigrationAssemblies
{
    public const string Sqlite = "CoopAlliance.Migrations.Sqlite";
    public const string SqlServer = "CoopAlliance.Migrations.SqlServer";
}
