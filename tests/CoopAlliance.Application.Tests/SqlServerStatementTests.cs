using System.Data.Common;
using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.PublicDirectory;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// The SQL the SQL Server provider generates for the application's important queries (<c>ToQueryString()</c>, no connection)
/// and for its set-based writes (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, captured by an interceptor on a connection that
/// never opens), parsed by ScriptDom. The queries are the app's own (<see cref="PremiumComputation"/>,
/// <see cref="InvoiceComputation"/>, the public directory's filter); the writes have the shapes of the run claims, the
/// outbox claim, the change file's claim and the draft clean-up.
/// </summary>
public sealed class SqlServerStatementTests
{
    /// <summary>Records every command and answers it without a server (and never opens the connection).</summary>
    private sealed class Capture : DbCommandInterceptor, IDbConnectionInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }

        public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();
    }

    private static AppDbContext SqlServerContext(Capture? capture = null)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Infrastructure.DependencyInjection.Configure(options, DatabaseProvider.SqlServer,
            "Server=nowhere.invalid;Database=CoopAlliance;User Id=nobody;Password=unused;TrustServerCertificate=True");
        if (capture is not null)
        {
            options.AddInterceptors(capture);
        }

        return new AppDbContext(options.Options);
    }

    private static void AssertParses(string sql)
    {
        var errors = SqlServerScriptTests.ParseErrors(sql, out _);
        Assert.That(errors, Is.Empty, sql);
        Assert.That(sql, Does.Not.Contain("json_each").And.Not.Contain("ef_compare").And.Not.Contain(" LIMIT "), "SQLite-only syntax:\n" + sql);
    }

    [Test]
    public void TheAppsImportantQueriesParseAsTSql()
    {
        using var db = SqlServerContext();
        var years = new[] { 1, 2 };
        var day = new DateOnly(2027, 1, 1);
        var period = BillingPeriod.Parse("2027-01");
        var queries = new Dictionary<string, string>
        {
            ["premium run: covered workers by co-op, year and tier"] = PremiumComputation.CoveredQuery(db, years, day, 1, 1000).ToQueryString(),
            ["premium run: participating co-ops"] = PremiumComputation.Participating(db, years, day).Where(c => c.Id > 0).OrderBy(c => c.Id).Take(1000).ToQueryString(),
            ["dues run: billable co-ops"] = InvoiceComputation.Billable(db, period).Where(c => c.Id > 0).OrderBy(c => c.Id).Take(1000).ToQueryString(),
            ["public directory: search"] = DirectoryFilter.Apply(db, "Bread", Domain.Cooperatives.Region.WesternMassachusetts, "Bakery").Take(25).ToQueryString(),
            ["listing search: words as prefixes of indexed terms"] = Infrastructure.Data.Search.ListingTextSearch.TermMatches(db, ["bread", "valley"])
                .OrderByDescending(m => m.Score).Take(20).ToQueryString(),
            ["listing search through the service, joined with visibility"] = new Infrastructure.Data.Search.ListingTextSearch(db).Match("bread valley")
                .Join(Application.Marketing.Directory.PublicListings.Visible(db, day), m => m.ListingId, l => l.Id, (m, l) => new { l.Id, m.Score })
                .OrderByDescending(x => x.Score).Take(20).ToQueryString(),
        };

        Assert.Multiple(() =>
        {
            foreach (var (name, sql) in queries)
            {
                Assert.That(SqlServerScriptTests.ParseErrors(sql, out _), Is.Empty, $"{name}:\n{sql}");
                AssertParses(sql);
            }

            // The search lowers both sides, so it finds "bread" in "Pioneer Valley Bread" under any collation.
            Assert.That(queries["public directory: search"], Does.Contain("LOWER("));
            Assert.That(queries["listing search: words as prefixes of indexed terms"], Does.Contain("LIKE").And.Contain("COUNT(DISTINCT").And.Not.Contain("MATCH"));
            Assert.That(queries["premium run: covered workers by co-op, year and tier"], Does.Contain("NOT EXISTS").And.Contain("GROUP BY"));
        });
    }

    [Test]
    public async Task TheSetBasedWritesParseAsTSql()
    {
        var capture = new Capture();
        await using var db = SqlServerContext(capture);
        var now = new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero);
        var abandoned = now - InvoiceRun.ClaimTimeout;
        var ids = new List<int> { 1, 2, 3 };
        var years = new List<int> { 4, 5 };
        var node = Guid.NewGuid();

        // The run claim (dues and premiums): take a run nobody is running, or one whose heartbeat stopped.
        await db.InvoiceRuns.Where(r => r.Id == 7 && (r.Status != InvoiceRunStatus.Running || r.HeartbeatAt < abandoned))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, InvoiceRunStatus.Running).SetProperty(r => r.ClaimedBy, node)
                .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.FinishedAt, (DateTimeOffset?)null));
        // A batch's progress, added in the database.
        await db.InvoiceRuns.Where(r => r.Id == 7 && r.ClaimedBy == node)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Processed, r => r.Processed + 100).SetProperty(r => r.Created, r => r.Created + 98));
        // The outbox claim.
        await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedBy == null || m.NextAttemptAt <= abandoned))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, node).SetProperty(m => m.NextAttemptAt, now));
        // The change file's claim, and a rejected file giving its rows back.
        await db.Elections.Where(e => e.ExportId == null && years.Contains(e.PlanYearId)).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExportId, 9));
        await db.Elections.Where(e => e.ExportId == 9).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExportId, (int?)null));
        // Old draft uploads.
        await db.DraftUploads.Where(d => d.CreatedAt < now).ExecuteDeleteAsync();

        Assert.Multiple(() =>
        {
            Assert.That(capture.Commands, Has.Count.EqualTo(6));
            foreach (var sql in capture.Commands)
            {
                AssertParses(sql);
            }

            Assert.That(capture.Commands.Count(c => c.TrimStart().StartsWith("UPDATE", StringComparison.Ordinal)), Is.EqualTo(5));
            Assert.That(capture.Commands[^1].TrimStart(), Does.StartWith("DELETE"));
            Assert.That(capture.Commands[3], Does.Contain("OPENJSON").Or.Contain("IN ("), "a list parameter the way SQL Server takes it");
        });
    }

    [Test]
    public void TheParserRefusesWhatSqlServerWouldRefuse()
    {
        // The check is real: SQLite's syntax and a broken statement do not pass.
        Assert.Multiple(() =>
        {
            Assert.That(SqlServerScriptTests.ParseErrors("SELECT \"Id\" FROM \"Invoices\" LIMIT 10 OFFSET 5", out _), Is.Not.Empty);
            Assert.That(SqlServerScriptTests.ParseErrors("CREATE TABLE t (Id INTEGER PRIMARY KEY AUTOINCREMENT)", out _), Is.Not.Empty);
            Assert.That(SqlServerScriptTests.ParseErrors("UPDATE [Invoices] SET WHERE [Id] = 1", out _), Is.Not.Empty);
        });
    }
}
