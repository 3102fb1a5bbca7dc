using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Infrastructure.Jobs;

/// <summary>
/// Runs one recurring job's work the same way for every job: as the system, with the claim the job makes in the
/// database (a run log row, a stored report of the month) deciding who does it. Only a duplicate key on the job's own
/// claim table means "another instance has it" (logged, nothing to do); every other failure — another constraint, a
/// lost connection, a bug — is logged as an error and rethrown, so Hangfire shows the job failed and retries it.
/// </summary>
public sealed class JobRunner(CurrentUser user, AppDbContext db, ILogger<JobRunner> logger)
{
    /// <param name="job">The recurring job's id (<see cref="JobSchedule"/>), for the log.</param>
    /// <param name="work">Sends the job's command and logs its outcome.</param>
    /// <param name="claims">The entities whose unique key is the job's claim (none: any conflict is a failure).</param>
    public async Task RunAsync(string job, Func<Task> work, params Type[] claims)
    {
        user.RunAsSystem();
        try
        {
            await work();
        }
        catch (DbUpdateException ex) when (claims.Length > 0 && UniqueKeyConflict.IsOn(ex, db.Model, claims))
        {
            logger.LogInformation("Job {Job}: claimed by another instance, which does the work ({Conflict})", job, ex.InnerException?.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed", job);
            throw;
        }
    }
}
