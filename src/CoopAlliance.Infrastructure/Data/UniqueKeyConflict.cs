using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Recognises the one failure that means "another instance got there first": a unique-key (or primary-key) conflict
/// on a given table, on either provider. Anything else a save can fail with (NOT NULL, foreign key, CHECK, a lost
/// connection, a unique key on another table) is not a conflict and must not be mistaken for one.
/// </summary>
public static class UniqueKeyConflict
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerDuplicateKeyRow = 2601;   // a unique index
    private const int SqlServerDuplicateKey = 2627;      // a PRIMARY KEY or UNIQUE constraint

    /// <summary>True when the save failed on a duplicate key in the table of one of <paramref name="entities"/>.</summary>
    public static bool IsOn(DbUpdateException exception, IModel model, params Type[] entities) =>
        entities.Select(t => model.FindEntityType(t) ?? throw new ArgumentException($"{t.Name} is not an entity of the model.", nameof(entities)))
            .Any(e => IsOn(exception, e.GetTableName()!, e.GetSchema()));

    /// <summary>True when the save failed on a duplicate key in <paramref name="table"/>.</summary>
    public static bool IsOn(DbUpdateException exception, string table, string? schema = null)
    {
        for (Exception? inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                // SQLite names the table and columns: "UNIQUE constraint failed: JobRuns.Job, JobRuns.RunKey".
                case SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
                    when sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey:
                    return sqlite.Message.Contains($"failed: {table}.", StringComparison.Ordinal);
                // SQL Server names the object: "Cannot insert duplicate key row in object 'dbo.JobRuns' with unique index ...".
                case SqlException { Number: SqlServerDuplicateKeyRow or SqlServerDuplicateKey } sql:
                    return sql.Message.Contains($"object '{schema ?? "dbo"}.{table}'", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
