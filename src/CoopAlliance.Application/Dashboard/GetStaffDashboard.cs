using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Assistance;
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

    /// <summary>New assistance requests waiting for staff to triage them (status Submitted; the queue's <c>status=Submitted</c>).</summary>
    public int RequestsToTriage { get; init; }

    /// <summary>Triaged assistance requests waiting for a provider (status Triaged).</summary>
    public int RequestsToAssign { get; init; }

    /// <summary>Open assistance requests whose time went past the co-op's hours bank, waiting for staff to approve the extra hours.</summary>
    public int HoursToApprove { get; init; }

    /// <summary>Open assistance requests whose resolution is due soon (within the SLA warning) or overdue; the queue's <c>sla=due</c>.</summary>
    public int RequestsNearSla { get; init; }

    /// <summary>Developing co-ops whose latest offer was declined or expired: they need a new match (the board's <c>needsMatch=true</c>).</summary>
    public int CoopsNeedingNewMatch { get; init; }

    /// <summary>Suggested matches not yet offered to their mentor (status Proposed): staff publish or end them.</summary>
    public int MatchesToPublish { get; init; }
}

/// <summary>What needs attention today; each number links to the list behind it.</summary>
[Authorize(Roles.Staff)]
public sealed record GetStaffDashboard : IRequest<StaffDashboard>;

public sealed class GetStaffDashboardHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> dues, IOptions<AssistanceOptions> assistance)
    : IRequestHandler<GetStaffDashboard, StaffDashboard>
{
    public async Task<StaffDashboard> Handle(GetStaffDashboard request, CancellationToken cancellationToken)
    {
        var byStatus = await db.Cooperatives.GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var incomplete = await db.DataReviewFindings.CountAsync(f => f.ResolvedOn == null, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var offers = await db.MentorMatches.CountAsync(m => m.Status == MatchStatus.Offered, cancellationToken);
        var toTriage = await db.AssistanceRequests.CountAsync(r => r.Status == AssistanceStatus.Submitted, cancellationToken);
        var toAssign = await db.AssistanceRequests.CountAsync(r => r.Status == AssistanceStatus.Triaged, cancellationToken);
        var hours = await db.AssistanceRequests.CountAsync(r => r.NeedsHoursApproval && r.Status != AssistanceStatus.Resolved
                                                                 && r.Status != AssistanceStatus.Closed && r.Status != AssistanceStatus.Declined, cancellationToken);
        var policy = assistance.Value.SlaPolicy();
        var dueSoonUpTo = policy.Calendar.AddBusinessDays(clock.Today, policy.WarnBusinessDays);
        var nearSla = await db.AssistanceRequests.CountAsync(r => r.Status != AssistanceStatus.Resolved && r.Status != AssistanceStatus.Closed
                                                                  && r.Status != AssistanceStatus.Declined && r.ResolutionDueOn <= dueSoonUpTo, cancellationToken);
        var needMatch = await NeedingNewMatch.Filter(db.DevelopingCoops, db).CountAsync(cancellationToken);
        var toPublish = await db.MentorMatches.CountAsync(m => m.Status == MatchStatus.Proposed, cancellationToken);
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
            RequestsToTriage = toTriage,
            RequestsToAssign = toAssign,
            HoursToApprove = hours,
            RequestsNearSla = nearSla,
            CoopsNeedingNewMatch = needMatch,
            MatchesToPublish = toPublish,
        };
    }
}
