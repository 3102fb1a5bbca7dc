using System.Reflection;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// "Another node has this claim" is told from a real failure on both providers: SQLite's constraint codes (19 with the
/// extended 2067 or 1555, naming the table) and SQL Server's error numbers 2601 and 2627 (naming the object). The SQLite
/// errors are real ones from the test database; the SQL Server ones are built the way SqlClient builds them.
/// </summary>
public sealed class UniqueKeyConflictTests : TestBase
{
    private static async Task<DbUpdateException> SaveFailureAsync(Action<AppDbContext> change) => await WithDbAsync(async db =>
    {
        change(db);
        return Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync())!;
    });

    [Test]
    public async Task OnSqliteADuplicateKeyIsAConflictOnItsOwnTableOnly()
    {
        var at = Clock.GetUtcNow();
        await AddAsync(new JobRun("nightly", "2027-01-01", at));

        var duplicate = await SaveFailureAsync(db => db.JobRuns.Add(new JobRun("nightly", "2027-01-01", at)));
        var notNull = await SaveFailureAsync(db => db.JobRuns.Add(new JobRun(null!, "2027-01-02", at)));

        var model = await WithDbAsync(db => Task.FromResult(db.Model));
        Assert.Multiple(() =>
        {
            Assert.That(UniqueKeyConflict.IsOn(duplicate, model, typeof(JobRun)), Is.True);
            Assert.That(UniqueKeyConflict.IsOn(duplicate, model, typeof(OutboxMessage)), Is.False, "a conflict on another table is not this claim's");
            Assert.That(UniqueKeyConflict.IsOn(notNull, model, typeof(JobRun)), Is.False, "a NOT NULL failure is a real failure");
        });
    }

    [TestCase(2601, "Cannot insert duplicate key row in object 'dbo.JobRuns' with unique index 'IX_JobRuns_Job_RunKey'. The duplicate key value is (nightly, 2027-01-01).", true)]
    [TestCase(2627, "Violation of UNIQUE KEY constraint 'AK_JobRuns'. Cannot insert duplicate key in object 'dbo.JobRuns'. The duplicate key value is (nightly).", true)]
    [TestCase(2601, "Cannot insert duplicate key row in object 'dbo.Invoices' with unique index 'IX_Invoices_CooperativeId_Kind_PeriodKey'.", false)]
    [TestCase(515, "Cannot insert the value NULL into column 'Job', table 'CoopAlliance.dbo.JobRuns'; column does not allow nulls. INSERT fails.", false)]
    [TestCase(1205, "Transaction (Process ID 52) was deadlocked on lock resources with another process and has been chosen as the deadlock victim.", false)]
    public void OnSqlServerOnlyErrors2601And2627OnTheTableAreAConflict(int number, string message, bool conflict)
    {
        var exception = new DbUpdateException("An error occurred while saving the entity changes.", SqlServerError(number, message));

        Assert.That(UniqueKeyConflict.IsOn(exception, "JobRuns"), Is.EqualTo(conflict));
    }

    /// <summary>A SqlException as SqlClient raises it (its constructors are internal: reached by reflection, by parameter name).</summary>
    private static SqlException SqlServerError(int number, string message)
    {
        var errorType = typeof(SqlError);
        var constructor = errorType.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.Name switch
        {
            "infoNumber" => number,
            "errorMessage" => message,
            "errorClass" => (byte)14,
            "server" or "procedure" => "",
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray();
        var error = (SqlError)constructor.Invoke(arguments);
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .First(m => m.Name == "CreateException" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(SqlErrorCollection), typeof(string)]));
        var exception = (SqlException)create.Invoke(null, [errors, "16.0.0"])!;
        Assert.That(exception.Number, Is.EqualTo(number), "the SqlException carries the error number as SqlClient's would");
        return exception;
    }
}
