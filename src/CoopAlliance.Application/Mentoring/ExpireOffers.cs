using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

public sealed record ExpireOffersResult(int Expired);

/// <summary>
/// Daily: offers whose last day has passed expire, and their co-ops go back into the suggestions. Idempotent by
/// nature (only offered matches past their last day change) and logged as one run per day.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ExpireOffers(DateOnly On) : ICommand<ExpireOffersResult>
{
    public const string JobName = "mentoring-offer-expiry";
}

public sealed class ExpireOffersHandler(IAppDbContext db, TimeProvider clock) : IRequestHandler<ExpireOffers, ExpireOffersResult>
{
    public async Task<ExpireOffersResult> Handle(ExpireOffers request, CancellationToken cancellationToken)
    {
        var run = await JobRuns.ClaimAsync(db, ExpireOffers.JobName, request.On.ToString("yyyy-MM-dd"), clock.GetUtcNow(), cancellationToken);
        var due = await db.MentorMatches.Where(m => m.Status == MatchStatus.Offered && m.OfferExpiresOn < request.On).ToListAsync(cancellationToken);
        var expired = due.Count(m => m.ExpireIfUnanswered(request.On));
        run.Succeed(clock.GetUtcNow(), due.Count, expired, $"{expired} offers expired; their co-ops are back in the suggestions.");
        return new ExpireOffersResult(expired);
    }
}

internal static class JobRuns
{
    /// <summary>Finds or starts the run log row for this job and period (unique job + key), marked running.</summary>
    public static async Task<JobRun> ClaimAsync(IAppDbContext db, string job, string key, DateTimeOffset at, CancellationToken ct)
    {
        var run = await db.JobRuns.FirstOrDefaultAsync(r => r.Job == job && r.RunKey == key, ct);
        if (run is null)
        {
            run = new JobRun(job, key, at);
            db.JobRuns.Add(run);
        }
        else
        {
            run.Restart(at);
        }

        return run;
    }
}
