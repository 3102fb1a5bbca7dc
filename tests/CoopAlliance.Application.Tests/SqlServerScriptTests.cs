using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// No SQL Server runs here, so the T-SQL the app would send it is parsed by Microsoft's own parser (ScriptDom, SQL Server
/// 2022 grammar): the idempotent migration script operators apply, checked in and kept current, and every hand-built
/// statement. A statement that does not parse, or SQLite-only syntax on the SQL Server path, fails here.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string ScriptPath = "migrations/CoopAlliance.Migrations.SqlServer/idempotent.sql";

    private static AppDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Infrastructure.DependencyInjection.Configure(options, DatabaseProvider.SqlServer,
            "Server=nowhere.invalid;Database=CoopAlliance;User Id=nobody;Password=unused;TrustServerCertificate=True");
        return new AppDbContext(options.Options);
    }

    private static string IdempotentScript()
    {
        using var db = SqlServerContext();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>Parses T-SQL (with GO batches) and returns the parser's errors, each with its line and the line's text.</summary>
    internal static IReadOnlyList<string> ParseErrors(string sql, out TSqlScript? script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        script = parser.Parse(reader, out var errors) as TSqlScript;
        var lines = sql.Split('\n');
        return errors.Select(e => $"line {e.Line}: {e.Message} — {(e.Line - 1 < lines.Length ? lines[e.Line - 1].Trim() : "")}").ToList();
    }

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("The repository root (CoopAlliance.sln) was not found above " + AppContext.BaseDirectory);
    }

    [Test]
    public void TheIdempotentMigrationScriptParsesAsTSqlWithEveryMigrationGuarded()
    {
        var sql = IdempotentScript();
        using var db = SqlServerContext();
        var migrations = db.Database.GetMigrations().ToList();

        var errors = ParseErrors(sql, out var script);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(script!.Batches, Has.Count.GreaterThan(migrations.Count), "a batch per statement, separated by GO");
            foreach (var migration in migrations)
            {
                Assert.That(sql, Does.Contain($"WHERE [MigrationId] = N'{migration}'"), $"{migration} is applied only where it is missing");
            }

            Assert.That(sql, Does.Not.Contain("AUTOINCREMENT").And.Not.Contain("PRAGMA").And.Not.Contain("\"sqlite_"), "no SQLite syntax");
        });
    }

    [Test]
    public void TheCheckedInIdempotentScriptIsCurrent()
    {
        var path = RepositoryFile(ScriptPath);
        var expected = IdempotentScript().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SCRIPT") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.That(File.Exists(path), Is.True, $"{ScriptPath} is missing: run scripts/add-migration.sh or UPDATE_SQL_SCRIPT=1 scripts/test.sh");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(expected),
            $"{ScriptPath} lags the migrations: regenerate it (scripts/add-migration.sh does; or run this test with UPDATE_SQL_SCRIPT=1)");
    }

    [Test]
    public void TheInvoiceWritersInsertParsesAsTSqlWithSqlServerQuoting()
    {
        using var db = SqlServerContext();

        var insert = InvoiceWriter.InsertSqlFor(db);
        var errors = ParseErrors(insert, out var script);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, insert);
            var statement = script!.Batches.Single().Statements.Single();
            Assert.That(statement, Is.InstanceOf<InsertStatement>());
            Assert.That(insert, Does.StartWith("INSERT INTO [Invoices] (").And.Contain("@p0"), "bracketed names and @ parameters, as SQL Server takes them");
        });
    }

    [Test]
    public void MoneyAndTimesHaveExplicitSqlServerTypes()
    {
        using var db = SqlServerContext();
        var properties = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p => (Entity: e, Property: p))).ToList();
        var decimals = properties.Where(x => Nullable.GetUnderlyingType(x.Property.ClrType) is { } t ? t == typeof(decimal) : x.Property.ClrType == typeof(decimal)).ToList();
        // A decimal without a precision would be decimal(18,2) by a warning's default, silently rounding rates and hours.
        var unsized = decimals.Where(x => x.Property.GetPrecision() is null && x.Property.GetColumnType() is null && !x.Entity.IsMappedToJson())
            .Select(x => $"{x.Entity.DisplayName()}.{x.Property.Name}").ToList();
        var offsets = properties.Where(x => x.Property.ClrType == typeof(DateTimeOffset) || x.Property.ClrType == typeof(DateTimeOffset?))
            .Where(x => !x.Entity.IsMappedToJson()).Select(x => x.Property.GetColumnType() ?? x.Property.GetRelationalTypeMapping().StoreType).Distinct().ToList();
        var dates = properties.Where(x => x.Property.ClrType == typeof(DateOnly) || x.Property.ClrType == typeof(DateOnly?))
            .Where(x => !x.Entity.IsMappedToJson()).Select(x => x.Property.GetRelationalTypeMapping().StoreType).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(decimals, Is.Not.Empty);
            Assert.That(unsized, Is.Empty, "decimal properties without a precision on SQL Server");
            Assert.That(offsets, Is.EqualTo(new[] { "datetimeoffset" }), "instants keep their offset on SQL Server (SQLite stores them as sortable ticks)");
            Assert.That(dates, Is.EqualTo(new[] { "date" }), "calendar days are dates, never times at midnight");
        });
    }

    [Test]
    public void HangfireUsesTheRecommendedSqlServerStorageOptions()
    {
        var options = Infrastructure.DependencyInjection.HangfireSqlServerOptions();

        Assert.Multiple(() =>
        {
            Assert.That(options.QueuePollInterval, Is.EqualTo(TimeSpan.Zero));
            Assert.That(options.SlidingInvisibilityTimeout, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.UseRecommendedIsolationLevel, Is.True);
            Assert.That(options.DisableGlobalLocks, Is.True);
        });
    }
}
