using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>The database as the use cases see it (no repository on top: the DbSets are the API).</summary>
public interface IAppDbContext
{
    DbSet<Cooperative> Cooperatives { get; }
    DbSet<Person> People { get; }
    DbSet<MembershipChange> MembershipChanges { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<DataReviewFinding> DataReviewFindings { get; }
    DbSet<JobRun> JobRuns { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<Mentor> Mentors { get; }
    DbSet<DevelopingCoop> DevelopingCoops { get; }
    DbSet<DevelopmentEvent> DevelopmentEvents { get; }
    DbSet<MilestoneTemplate> MilestoneTemplates { get; }
    DbSet<MentorMatch> MentorMatches { get; }
    DbSet<MentoringSession> MentoringSessions { get; }
    DbSet<MentoringReminder> MentoringReminders { get; }
    DbSet<MentoringReport> MentoringReports { get; }

    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Declares the version the caller last saw; saving fails with a conflict if someone else saved since.
    /// </summary>
    void ExpectVersion<T>(T entity, int version) where T : class, IVersioned;
}
