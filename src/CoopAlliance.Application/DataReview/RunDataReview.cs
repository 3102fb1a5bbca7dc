using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.DataReview;

public sealed record DataReviewResult(int RunId, bool AlreadyDone, int Reviewed, int Flagged, int Changed);

/// <summary>
/// The nightly review: records co-ops whose data is incomplete for staff follow-up. Idempotent: one run
/// per day (a unique key on the run log) unless <see cref="Force"/> is set by a person clicking "run now";
/// and at most one follow-up item per co-op, updated in place and resolved once the record is complete.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunDataReview(DateOnly On, bool Force = false) : ICommand<DataReviewResult>
{
    public const string JobName = "data-review";
}

public sealed class RunDataReviewHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<RunDataReview, DataReviewResult>
{
    public async Task<DataReviewResult> Handle(RunDataReview request, CancellationToken cancellationToken)
    {
        var key = request.On.ToString("yyyy-MM-dd");
        var run = await db.JobRuns.FirstOrDefaultAsync(r => r.Job == RunDataReview.JobName && r.RunKey == key, cancellationToken);
        if (run is { Status: JobRunStatus.Succeeded } && !request.Force)
        {
            return new DataReviewResult(run.Id, true, run.Processed, 0, run.Changed);
        }

        if (run is null)
        {
            run = new JobRun(RunDataReview.JobName, key, clock.GetUtcNow());
            db.JobRuns.Add(run);
        }
        else
        {
            run.Restart(clock.GetUtcNow());
        }

        // Claim the run now: a second instance doing the same blocks here and then fails on the unique key.
        await db.SaveChangesAsync(cancellationToken);

        var coops = await db.Cooperatives.Include(c => c.People).ToListAsync(cancellationToken);
        var findings = await db.DataReviewFindings.ToDictionaryAsync(f => f.CooperativeId, cancellationToken);
        int flagged = 0, changed = 0;
        foreach (var coop in coops)
        {
            var missing = coop.IsReviewedForCompleteness ? coop.MissingData() : [];
            findings.TryGetValue(coop.Id, out var finding);
            if (missing.Count > 0)
            {
                flagged++;
                if (finding is null)
                {
                    db.DataReviewFindings.Add(new DataReviewFinding(coop.Id, missing, request.On));
                    changed++;
                }
                else if (finding.Review(missing, request.On))
                {
                    changed++;
                }
            }
            else if (finding is not null && finding.Resolve(request.On))
            {
                changed++;
            }
        }

        run.Succeed(clock.GetUtcNow(), coops.Count, changed, $"{coops.Count} co-ops reviewed, {flagged} incomplete, {changed} follow-ups opened, updated or resolved.");
        return new DataReviewResult(run.Id, false, coops.Count, flagged, changed);
    }
}
