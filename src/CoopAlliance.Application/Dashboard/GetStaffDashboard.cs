using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dashboard;

public sealed record JobRunSummary(string Job, string RunKey, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    JobRunStatus Status, int Processed, int Changed, string? Log);

public sealed record StaffDashboard(int PendingApplications, int UnderReview, int IncompleteRecords, int FailedEmails,
    int PendingEmails, IReadOnlyDictionary<MembershipStatus, int> CoopsByStatus, IReadOnlyList<JobRunSummary> LastRuns)
{
    /// <summary>Match offers published to mentors who have not answered yet.</summary>
    public int OffersAwaitingMentor { get; init; }

    /// <summary>Invoices overdue beyond the dues grace period (their co-ops lapse, or have lapsed).</summary>
    public int InvoicesPastGrace { get; init; }
}

/// <summary>What needs attention today; each number links to the list behind it.</summary>
[Authorize(Roles.Staff)]
public sealed record GetStaffDashboard : IRequest<StaffDashboard>;

public sealed class GetStaffDashboardHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> dues) : IRequestHandler<GetStaffDashboard, StaffDashboard>
{
    public async Task<StaffDashboard> Handle(GetStaffDashboard request, CancellationToken cancellationToken)
    {
        var byStatus = await db.Cooperatives.GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var incomplete = await db.DataReviewFindings.CountAsync(f => f.ResolvedOn == null, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var offers = await db.MentorMatches.CountAsync(m => m.Status == MatchStatus.Offered, cancellationToken);
        var pastGrace = await InvoiceLists.CountPastGraceAsync(db, clock.Today, dues.Value.GraceDays, cancellationToken);
        var lastIds = await db.JobRuns.GroupBy(r => r.Job).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking().Where(r => lastIds.Contains(r.Id)).OrderBy(r => r.Job)
            .Select(r => new JobRunSummary(r.Job, r.RunKey, r.StartedAt, r.FinishedAt, r.Status, r.Processed, r.Changed, r.Log))
            .ToListAsync(cancellationToken);
        return new StaffDashboard(byStatus.GetValueOrDefault(MembershipStatus.Applicant),
            byStatus.GetValueOrDefault(MembershipStatus.UnderReview), incomplete, failed, pending, byStatus, runs)
        {
            OffersAwaitingMentor = offers,
            InvoicesPastGrace = pastGrace,
        };
    }
}
