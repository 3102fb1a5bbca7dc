using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Domain.Governance;
using CoopAlliance.Domain.Impact;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Network;
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
    DbSet<ImportRun> ImportRuns { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<DraftUpload> DraftUploads { get; }
    DbSet<AssistanceRequest> AssistanceRequests { get; }
    DbSet<AssistanceComment> AssistanceComments { get; }
    DbSet<AssistanceAttachment> AssistanceAttachments { get; }
    DbSet<AttachmentContent> AttachmentContents { get; }
    DbSet<TimeEntry> TimeEntries { get; }
    DbSet<Provider> Providers { get; }
    DbSet<SlaAlert> SlaAlerts { get; }
    DbSet<Mentor> Mentors { get; }
    DbSet<DevelopingCoop> DevelopingCoops { get; }
    DbSet<DevelopmentEvent> DevelopmentEvents { get; }
    DbSet<MilestoneTemplate> MilestoneTemplates { get; }
    DbSet<MentorMatch> MentorMatches { get; }
    DbSet<MentoringSession> MentoringSessions { get; }
    DbSet<MentoringReminder> MentoringReminders { get; }
    DbSet<DuesPolicy> DuesPolicies { get; }
    DbSet<Invoice> Invoices { get; }
    DbSet<Payment> Payments { get; }
    DbSet<DuesCredit> DuesCredits { get; }
    DbSet<HardshipReduction> HardshipReductions { get; }
    DbSet<DuesSelfReport> DuesSelfReports { get; }
    DbSet<InvoiceRun> InvoiceRuns { get; }
    DbSet<ArrearsNotice> ArrearsNotices { get; }
    DbSet<AssistanceReport> AssistanceReports { get; }
    DbSet<MentoringReport> MentoringReports { get; }
    DbSet<DuesMonthlySummary> DuesMonthlySummaries { get; }
    DbSet<Carrier> Carriers { get; }
    DbSet<Plan> Plans { get; }
    DbSet<PlanYear> PlanYears { get; }
    DbSet<CoopParticipation> CoopParticipations { get; }
    DbSet<BenefitMember> BenefitMembers { get; }
    DbSet<Dependent> Dependents { get; }
    DbSet<Election> Elections { get; }
    DbSet<LifeEvent> LifeEvents { get; }
    DbSet<LifeEventAttachment> LifeEventAttachments { get; }
    DbSet<CoverageTermination> CoverageTerminations { get; }
    DbSet<EnrollmentExport> EnrollmentExports { get; }
    DbSet<EnrollmentExportFile> EnrollmentExportFiles { get; }
    DbSet<CarrierBillUpload> CarrierBillUploads { get; }
    DbSet<EnrollmentReminder> EnrollmentReminders { get; }
    DbSet<ListingCategory> ListingCategories { get; }
    DbSet<Listing> Listings { get; }
    DbSet<ListingCategoryLink> ListingCategoryLinks { get; }
    DbSet<ListingRegion> ListingRegions { get; }
    DbSet<ListingEvent> ListingEvents { get; }
    DbSet<ListingSearchEntry> ListingSearchEntries { get; }
    DbSet<ListingSearchTerm> ListingSearchTerms { get; }
    DbSet<Photo> Photos { get; }
    DbSet<PhotoFile> PhotoFiles { get; }
    DbSet<MemberStory> MemberStories { get; }
    DbSet<Campaign> Campaigns { get; }
    DbSet<CampaignParticipant> CampaignParticipants { get; }
    DbSet<Event> Events { get; }
    DbSet<EventTheme> EventThemes { get; }
    DbSet<EventRoom> EventRooms { get; }
    DbSet<EventTimeSlot> EventTimeSlots { get; }
    DbSet<TicketType> TicketTypes { get; }
    DbSet<EventPartner> EventPartners { get; }
    DbSet<PlanningTask> PlanningTasks { get; }
    DbSet<EventSession> EventSessions { get; }
    DbSet<Registration> Registrations { get; }
    DbSet<SessionSignup> SessionSignups { get; }
    DbSet<ActionProposal> ActionProposals { get; }
    DbSet<DotVote> DotVotes { get; }
    DbSet<Commitment> Commitments { get; }
    DbSet<CommitmentFollowUp> CommitmentFollowUps { get; }
    DbSet<CommitmentUpdate> CommitmentUpdates { get; }
    DbSet<Conversion> Conversions { get; }
    DbSet<CoopDelegate> Delegates { get; }
    DbSet<Meeting> Meetings { get; }
    DbSet<Attendance> MeetingAttendance { get; }
    DbSet<Motion> Motions { get; }
    DbSet<BallotCast> BallotsCast { get; }
    DbSet<SecretBallot> SecretBallots { get; }
    DbSet<BoardSeat> BoardSeats { get; }
    DbSet<GovernanceNotice> GovernanceNotices { get; }
    DbSet<FundContribution> FundContributions { get; }
    DbSet<LoanApplication> LoanApplications { get; }
    DbSet<LoanAttachmentContent> LoanAttachmentContents { get; }
    DbSet<Loan> Loans { get; }
    DbSet<LoanArrearsReminder> LoanArrearsReminders { get; }
    DbSet<AlliedOrganization> AlliedOrganizations { get; }
    DbSet<OrganizationRelationship> OrganizationRelationships { get; }
    DbSet<Tie> Ties { get; }
    DbSet<ImpactNarrative> ImpactNarratives { get; }
    DbSet<BoardReport> BoardReports { get; }

    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Declares the version the caller last saw; saving fails with a conflict if someone else saved since.
    /// </summary>
    void ExpectVersion<T>(T entity, int version) where T : class, IVersioned;

    /// <summary>
    /// True when a save failed only on a duplicate key (unique index or primary key) of <paramref name="entity"/>'s
    /// table, on either provider: the one failure that means "someone else did it first". Catch only that.
    /// </summary>
    bool IsDuplicateKey(DbUpdateException exception, Type entity);
}
