using CoopAlliance.Infrastructure.Data.Configurations;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Creates the secret ballots' table WITHOUT ROWID on SQLite (also when a later migration rebuilds it): an ordinary
/// SQLite table numbers its rows in insertion order, which, set beside the order of "who voted", could join a
/// ballot to a co-op. Keyed by table name, so a regenerated migration keeps it.
/// </summary>
#pragma warning disable EF1001 // the provider's generator is the documented extension point for provider SQL
public sealed class SqliteGovernanceSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        if (operation.Name != SecretBallotConfiguration.Table)
        {
            base.Generate(operation, model, builder, terminate);
            return;
        }

        base.Generate(operation, model, builder, terminate: false);
        builder.Append(" WITHOUT ROWID");
        if (terminate)
        {
            builder.AppendLine(Dependencies.SqlGenerationHelper.StatementTerminator);
            EndStatement(builder);
        }
    }
}
#pragma warning restore EF1001
