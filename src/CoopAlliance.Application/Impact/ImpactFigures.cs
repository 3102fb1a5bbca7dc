using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Governance;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Impact;

/// <summary>
/// What the alliance achieved between <see cref="From"/> and <see cref="To"/> (both days included), every figure
/// derived from the records (nothing typed in):
/// <list type="bullet">
/// <item>member co-ops — co-ops whose membership status on the day (their history, as governance reads it) is Active:
/// at the end, at the start, the net change, how many joined and left; lapsed and suspended at the end;</item>
/// <item>worker-owners and workers — the roster counts on the profiles of the co-ops that are members at the end;</item>
/// <item>jobs created — the workers of co-ops that became members for the first time in the period, plus the people
/// added to existing members' rosters with a start date in the period;</item>
/// <item>new co-ops launched — developing co-ops that graduated from mentoring to membership in the period;</item>
/// <item>conversions completed — conversions whose stage became Converted in the period;</item>
/// <item>assistance — hours logged on requests, and requests resolved (still resolved), in the period;</item>
/// <item>mentoring — sessions held and their hours;</item>
/// <item>loans — loans disbursed (count, principal) and repayments received;</item>
/// <item>group benefits — workers with an enrolment in force on at least one day of the period;</item>
/// <item>events — events that started in the period, and the people checked in at them; commitments made at events in the
/// period and commitments marked done in it;</item>
/// <item>inter-cooperation — trading ties recorded by member co-ops by the end, and how many co-ops recorded one.</item>
/// </list>
/// </summary>
public sealed record ImpactFigures(
    DateOnly From,
    DateOnly To,
    int MemberCoops,
    int MemberCoopsAtStart,
    int NetChangeInMembers,
    int CoopsJoined,
    int CoopsLeft,
    int LapsedCoops,
    int SuspendedCoops,
    int WorkerOwners,
    int Workers,
    int JobsCreated,
    int NewMembersWorkers,
    int RosterGrowth,
    int NewCoopsLaunched,
    int ConversionsCompleted,
    decimal AssistanceHours,
    int AssistanceRequestsResolved,
    int MentoringSessions,
    decimal MentoringHours,
    int LoansDisbursed,
    decimal LoanPrincipalDisbursed,
    decimal LoanRepayments,
    int WorkersCoveredByBenefits,
    int EventsHeld,
    int EventAttendance,
    int CommitmentsMade,
    int CommitmentsKept,
    int InterCoopTies,
    int CoopsWithTies);

internal static class ImpactData
{
    public static DateOnly FirstDay(int year) => new(year, 1, 1);
    public static DateOnly LastDay(int year) => new(year, 12, 31);

    public static async Task<ImpactFigures> LoadAsync(IAppDbContext db, AllianceClock clock, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // The period as the alliance lives it: local midnight of the first day to local midnight after the last.
        var start = clock.StartOf(from);
        var end = clock.StartOf(to.AddDays(1));
        bool In(DateTimeOffset at) => at >= start && at < end;

        var history = (await db.MembershipChanges.AsNoTracking().ToListAsync(ct)).ToLookup(h => h.CooperativeId);
        var coops = await db.Cooperatives.AsNoTracking()
            .Select(c => new { c.Id, c.WorkerOwners, c.OtherWorkers, c.MemberSince }).ToListAsync(ct);
        var statuses = coops.Select(c => new
        {
            Coop = c,
            // The day before the period: membership on the morning of its first day.
            Before = RecordDateStanding.StatusOn(history[c.Id], from.AddDays(-1), clock.DateOf),
            After = RecordDateStanding.StatusOn(history[c.Id], to, clock.DateOf),
        }).ToList();
        var membersAtEnd = statuses.Where(s => s.After == MembershipStatus.Active).ToList();
        var membersAtStart = statuses.Count(s => s.Before == MembershipStatus.Active);
        var joined = membersAtEnd.Where(s => s.Before != MembershipStatus.Active).ToList();
        var firstTime = joined.Where(s => s.Coop.MemberSince is { } since && since >= from && since <= to).ToList();
        var existing = membersAtEnd.Where(s => s.Coop.MemberSince is { } since && since < from).Select(s => s.Coop.Id).ToHashSet();
        var rosterGrowth = (await db.People.AsNoTracking()
                .Where(p => p.StartedOn != null && p.StartedOn >= from && p.StartedOn <= to)
                .Select(p => p.CooperativeId).ToListAsync(ct))
            .Count(existing.Contains);
        var newMembersWorkers = firstTime.Sum(s => s.Coop.WorkerOwners + s.Coop.OtherWorkers);

        var graduations = (await db.DevelopingCoops.AsNoTracking().Where(d => d.GraduatedAt != null)
            .Select(d => d.GraduatedAt!.Value).ToListAsync(ct)).Count(In);
        var conversions = (await db.Conversions.AsNoTracking().Where(c => c.Stage == ConversionStage.Converted)
            .Select(c => c.StageChangedAt).ToListAsync(ct)).Count(In);

        var hours = (await db.TimeEntries.AsNoTracking().Where(t => t.WorkedOn >= from && t.WorkedOn <= to)
            .Select(t => t.Hours).ToListAsync(ct)).Sum();
        var resolved = (await db.AssistanceRequests.AsNoTracking().Where(r => r.ResolvedAt != null)
            .Select(r => r.ResolvedAt!.Value).ToListAsync(ct)).Count(In);

        var sessionMinutes = await db.MentoringSessions.AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= to)
            .Select(s => s.Minutes).ToListAsync(ct);

        var loans = await db.Loans.AsNoTracking().Where(l => l.DisbursedOn >= from && l.DisbursedOn <= to)
            .Select(l => l.Principal).ToListAsync(ct);
        var repayments = (await db.Loans.AsNoTracking().SelectMany(l => l.Payments)
            .Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to).Select(p => p.Amount).ToListAsync(ct)).Sum();

        var covered = await db.Elections.AsNoTracking()
            .Where(e => e.Choice == ElectionChoice.Enroll && e.EffectiveOn <= to && (e.EndsOn == null || e.EndsOn >= from))
            .Select(e => e.MemberId).Distinct().CountAsync(ct);

        var firstMoment = from.ToDateTime(TimeOnly.MinValue);
        var afterLast = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Status != EventStatus.Cancelled && e.StartsAt >= firstMoment && e.StartsAt < afterLast)
            .Select(e => e.Id).ToListAsync(ct);
        var attendance = await db.Registrations.AsNoTracking()
            .Where(r => r.CheckedInAt != null && events.Contains(r.EventId)).CountAsync(ct);
        var commitments = await db.Commitments.AsNoTracking()
            .Select(c => new { c.CreatedAt, c.Status, c.StatusUpdatedAt }).ToListAsync(ct);

        var memberIds = membersAtEnd.Select(s => s.Coop.Id).ToHashSet();
        var ties = (await db.Ties.AsNoTracking().Select(t => new { t.CooperativeId, t.UpdatedAt }).ToListAsync(ct))
            .Where(t => t.UpdatedAt < end && memberIds.Contains(t.CooperativeId)).ToList();

        return new ImpactFigures(
            from,
            to,
            MemberCoops: membersAtEnd.Count,
            MemberCoopsAtStart: membersAtStart,
            NetChangeInMembers: membersAtEnd.Count - membersAtStart,
            CoopsJoined: joined.Count,
            CoopsLeft: statuses.Count(s => s.Before == MembershipStatus.Active && s.After != MembershipStatus.Active),
            LapsedCoops: statuses.Count(s => s.After == MembershipStatus.Lapsed),
            SuspendedCoops: statuses.Count(s => s.After == MembershipStatus.Suspended),
            WorkerOwners: membersAtEnd.Sum(s => s.Coop.WorkerOwners),
            Workers: membersAtEnd.Sum(s => s.Coop.WorkerOwners + s.Coop.OtherWorkers),
            JobsCreated: newMembersWorkers + rosterGrowth,
            NewMembersWorkers: newMembersWorkers,
            RosterGrowth: rosterGrowth,
            NewCoopsLaunched: graduations,
            ConversionsCompleted: conversions,
            AssistanceHours: hours,
            AssistanceRequestsResolved: resolved,
            MentoringSessions: sessionMinutes.Count,
            MentoringHours: Common.Reporting.HoursInTenths.Total(sessionMinutes.Sum()),
            LoansDisbursed: loans.Count,
            LoanPrincipalDisbursed: loans.Sum(),
            LoanRepayments: repayments,
            WorkersCoveredByBenefits: covered,
            EventsHeld: events.Count,
            EventAttendance: attendance,
            CommitmentsMade: commitments.Count(c => In(c.CreatedAt)),
            CommitmentsKept: commitments.Count(c => c.Status == CommitmentStatus.Done && In(c.StatusUpdatedAt)),
            InterCoopTies: ties.Count,
            CoopsWithTies: ties.Select(t => t.CooperativeId).Distinct().Count());
    }
}
