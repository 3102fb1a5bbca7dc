using System.Text.Json;
using CoopAlliance.Application.Common.Behaviours;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Marketing.Directory;
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
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Infrastructure.Data;

public sealed class AppDbContext : IdentityDbContext<AppUser, AppRole, int>, IAppDbContext, IDataProtectionKeyContext
{
    /// <summary>Fields never written to the audit trail.</summary>
    private static readonly HashSet<string> SecretFields =
        [nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
            // The secret in a no-login link (a registration, a partner invitation, a follow-up) would open it to anyone reading the trail.
            nameof(Registration.Token)];

    /// <summary>
    /// Registrants' needs are erased a set time after the event; the trail records that they changed, never what they
    /// were, so erasing them erases them everywhere.
    /// </summary>
    private static readonly HashSet<string> PrivateFields =
        [nameof(Registration.AccessibilityNeeds), nameof(Registration.InterpretationLanguage), nameof(Registration.DietaryNeeds)];

    private readonly AuditScope? _auditScope;
    private readonly ICurrentUser? _user;
    // Only the audited constructor sets it: without an audit scope nothing is audited, so nothing reads the time.
    private readonly TimeProvider? _clock;

    /// <summary>Design time and tools: no caller, so nothing is audited.</summary>
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    [ActivatorUtilitiesConstructor]
    public AppDbContext(DbContextOptions<AppDbContext> options, AuditScope auditScope, ICurrentUser user, TimeProvider clock)
        : base(options)
    {
        _auditScope = auditScope;
        _user = user;
        _clock = clock;
    }

    public DbSet<Cooperative> Cooperatives => Set<Cooperative>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<MembershipChange> MembershipChanges => Set<MembershipChange>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataReviewFinding> DataReviewFindings => Set<DataReviewFinding>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DraftUpload> DraftUploads => Set<DraftUpload>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AssistanceRequest> AssistanceRequests => Set<AssistanceRequest>();
    public DbSet<AssistanceComment> AssistanceComments => Set<AssistanceComment>();
    public DbSet<AssistanceAttachment> AssistanceAttachments => Set<AssistanceAttachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<TimeEntry> TimeEntries => Set<TimeEntry>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<SlaAlert> SlaAlerts => Set<SlaAlert>();
    public DbSet<Mentor> Mentors => Set<Mentor>();
    public DbSet<DevelopingCoop> DevelopingCoops => Set<DevelopingCoop>();
    public DbSet<DevelopmentEvent> DevelopmentEvents => Set<DevelopmentEvent>();
    public DbSet<MilestoneTemplate> MilestoneTemplates => Set<MilestoneTemplate>();
    public DbSet<MentorMatch> MentorMatches => Set<MentorMatch>();
    public DbSet<MentoringSession> MentoringSessions => Set<MentoringSession>();
    public DbSet<MentoringReminder> MentoringReminders => Set<MentoringReminder>();
    public DbSet<DuesPolicy> DuesPolicies => Set<DuesPolicy>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<DuesCredit> DuesCredits => Set<DuesCredit>();
    public DbSet<HardshipReduction> HardshipReductions => Set<HardshipReduction>();
    public DbSet<DuesSelfReport> DuesSelfReports => Set<DuesSelfReport>();
    public DbSet<InvoiceRun> InvoiceRuns => Set<InvoiceRun>();
    public DbSet<ArrearsNotice> ArrearsNotices => Set<ArrearsNotice>();
    public DbSet<AssistanceReport> AssistanceReports => Set<AssistanceReport>();
    public DbSet<MentoringReport> MentoringReports => Set<MentoringReport>();
    public DbSet<DuesMonthlySummary> DuesMonthlySummaries => Set<DuesMonthlySummary>();
    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanYear> PlanYears => Set<PlanYear>();
    public DbSet<CoopParticipation> CoopParticipations => Set<CoopParticipation>();
    public DbSet<BenefitMember> BenefitMembers => Set<BenefitMember>();
    public DbSet<Dependent> Dependents => Set<Dependent>();
    public DbSet<Election> Elections => Set<Election>();
    public DbSet<LifeEvent> LifeEvents => Set<LifeEvent>();
    public DbSet<LifeEventAttachment> LifeEventAttachments => Set<LifeEventAttachment>();
    public DbSet<CoverageTermination> CoverageTerminations => Set<CoverageTermination>();
    public DbSet<EnrollmentExport> EnrollmentExports => Set<EnrollmentExport>();
    public DbSet<EnrollmentExportFile> EnrollmentExportFiles => Set<EnrollmentExportFile>();
    public DbSet<CarrierBillUpload> CarrierBillUploads => Set<CarrierBillUpload>();
    public DbSet<EnrollmentReminder> EnrollmentReminders => Set<EnrollmentReminder>();
    public DbSet<ListingCategory> ListingCategories => Set<ListingCategory>();
    public DbSet<Listing> Listings => Set<Listing>();
    public DbSet<ListingCategoryLink> ListingCategoryLinks => Set<ListingCategoryLink>();
    public DbSet<ListingRegion> ListingRegions => Set<ListingRegion>();
    public DbSet<ListingEvent> ListingEvents => Set<ListingEvent>();
    public DbSet<ListingSearchEntry> ListingSearchEntries => Set<ListingSearchEntry>();
    public DbSet<ListingSearchTerm> ListingSearchTerms => Set<ListingSearchTerm>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<PhotoFile> PhotoFiles => Set<PhotoFile>();
    public DbSet<MemberStory> MemberStories => Set<MemberStory>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<CampaignParticipant> CampaignParticipants => Set<CampaignParticipant>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventTheme> EventThemes => Set<EventTheme>();
    public DbSet<EventRoom> EventRooms => Set<EventRoom>();
    public DbSet<EventTimeSlot> EventTimeSlots => Set<EventTimeSlot>();
    public DbSet<TicketType> TicketTypes => Set<TicketType>();
    public DbSet<EventPartner> EventPartners => Set<EventPartner>();
    public DbSet<PlanningTask> PlanningTasks => Set<PlanningTask>();
    public DbSet<EventSession> EventSessions => Set<EventSession>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<SessionSignup> SessionSignups => Set<SessionSignup>();
    public DbSet<ActionProposal> ActionProposals => Set<ActionProposal>();
    public DbSet<DotVote> DotVotes => Set<DotVote>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentFollowUp> CommitmentFollowUps => Set<CommitmentFollowUp>();
    public DbSet<CommitmentUpdate> CommitmentUpdates => Set<CommitmentUpdate>();
    public DbSet<Conversion> Conversions => Set<Conversion>();
    public DbSet<CoopDelegate> Delegates => Set<CoopDelegate>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Attendance> MeetingAttendance => Set<Attendance>();
    public DbSet<Motion> Motions => Set<Motion>();
    public DbSet<BallotCast> BallotsCast => Set<BallotCast>();
    public DbSet<SecretBallot> SecretBallots => Set<SecretBallot>();
    public DbSet<BoardSeat> BoardSeats => Set<BoardSeat>();
    public DbSet<GovernanceNotice> GovernanceNotices => Set<GovernanceNotice>();
    public DbSet<FundContribution> FundContributions => Set<FundContribution>();
    public DbSet<LoanApplication> LoanApplications => Set<LoanApplication>();
    public DbSet<LoanAttachmentContent> LoanAttachmentContents => Set<LoanAttachmentContent>();
    public DbSet<Loan> Loans => Set<Loan>();
    public DbSet<LoanArrearsReminder> LoanArrearsReminders => Set<LoanArrearsReminder>();
    public DbSet<AlliedOrganization> AlliedOrganizations => Set<AlliedOrganization>();
    public DbSet<OrganizationRelationship> OrganizationRelationships => Set<OrganizationRelationship>();
    public DbSet<Tie> Ties => Set<Tie>();
    public DbSet<ImpactNarrative> ImpactNarratives => Set<ImpactNarrative>();
    public DbSet<BoardReport> BoardReports => Set<BoardReport>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or sort DateTimeOffset columns; all our times are UTC, and the binary
        // form (ticks) sorts and compares like time itself. SQL Server keeps its native datetimeoffset.
        if (Database.IsSqlite())
        {
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    public void ExpectVersion<T>(T entity, int version) where T : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = version;

    public bool IsDuplicateKey(DbUpdateException exception, Type entity) => UniqueKeyConflict.IsOn(exception, Model, entity);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = BeforeSave();
        var directory = DirectoryChanges();
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (AfterSave(pending))
        {
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        AfterDirectorySave(directory);
        return result;
    }

    /// <summary>Some framework stores (data protection keys) save synchronously; they get the same treatment.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = BeforeSave();
        var directory = DirectoryChanges();
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        if (AfterSave(pending))
        {
            base.SaveChanges(acceptAllChangesOnSuccess);
        }

        AfterDirectorySave(directory);
        return result;
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(DirectoryCommitInterceptor.Instance);

    private bool _directoryChangedInTransaction;

    /// <summary>Whether this save changes something the public directory shows (its cached answers must go).</summary>
    private bool DirectoryChanges() => ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && (e.Entity is Cooperative || e.Entity.GetType().Namespace == typeof(Listing).Namespace));

    /// <summary>
    /// Tells <see cref="DirectoryCache"/> at once, and again when the transaction commits: a search that ran between
    /// the save and the commit read the old rows and may have cached them under the new generation.
    /// </summary>
    private void AfterDirectorySave(bool changed)
    {
        if (!changed)
        {
            return;
        }

        DirectoryCache.Changed();
        _directoryChangedInTransaction |= Database.CurrentTransaction is not null;
    }

    internal void AfterCommit()
    {
        if (_directoryChangedInTransaction)
        {
            _directoryChangedInTransaction = false;
            DirectoryCache.Changed();
        }
    }

    private List<PendingAudit> BeforeSave()
    {
        BumpVersions();
        return _auditScope?.Command is null ? [] : CaptureAudit();
    }

    /// <summary>Adds the audit rows once the keys of new rows are known; returns whether there is something to save.</summary>
    private bool AfterSave(List<PendingAudit> pending)
    {
        if (pending.Count == 0)
        {
            return false;
        }

        var at = _clock!.GetUtcNow();
        AuditEntries.AddRange(pending.Select(p => p.ToEntry(at, _user, _auditScope!.Command!)));
        return true;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
        }
    }

    private List<PendingAudit> CaptureAudit()
    {
        var list = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)
                || entry.Entity is AuditEntry or JobRun or ImportRun or DataProtectionKey or DraftUpload or MentoringReminder or InvoiceRun or MentoringReport
                // A secret ballot's row beside "who voted" (same command, same moment, same user) would join the two.
                || entry.Entity is SecretBallot
                // A new or deleted email would copy its body (one-time links included) into the trail; a change of
                // state (staff retrying a failed one) names only the fields that changed.
                || (entry.Entity is OutboxMessage && entry.State != EntityState.Modified)
                || entry.Metadata.IsOwned() || (entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) ?? false))
            {
                continue;
            }

            // A new row's values are read after the save, when its key and foreign keys are real, not temporary.
            var changes = entry.State == EntityState.Added ? null : Changes(entry);
            if (entry.State == EntityState.Modified && changes == "{}")
            {
                continue;
            }

            list.Add(new PendingAudit(entry, entry.State.ToString(), changes));
        }

        return list;
    }

    /// <summary>The changed fields' old and new values as JSON (all set values of a new row); never secrets, keys or the version.</summary>
    private static string Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            // File contents (byte arrays) are not copied into the audit trail; their metadata rows are.
            if (SecretFields.Contains(name) || name == nameof(IVersioned.Version) || property.Metadata.IsPrimaryKey()
                || property.Metadata.ClrType == typeof(byte[]))
            {
                continue;
            }

            // A sealed value (a birth date, a taxpayer id) is recorded as changed, never copied: the trail says that it
            // changed, not what it is — not even encrypted.
            var sealedValue = name.EndsWith("Sealed", StringComparison.Ordinal) || PrivateFields.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added or EntityState.Unchanged when sealedValue && property.CurrentValue is not null:
                    changes[name] = new { New = Changed };
                    break;
                case EntityState.Deleted when sealedValue:
                    changes[name] = new { Old = property.OriginalValue is null ? null : Changed };
                    break;
                case EntityState.Modified when sealedValue && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { Old = property.OriginalValue is null ? null : Changed, New = property.CurrentValue is null ? null : Changed };
                    break;
                case EntityState.Added or EntityState.Unchanged when property.CurrentValue is not null:
                    changes[name] = new { New = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { Old = property.OriginalValue };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { Old = property.OriginalValue, New = property.CurrentValue };
                    break;
            }
        }

        return JsonSerializer.Serialize(changes, JsonOptions);
    }

    private const string Changed = "(changed)";

    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private sealed record PendingAudit(EntityEntry Entry, string Action, string? Changes)
    {
        public AuditEntry ToEntry(DateTimeOffset at, ICurrentUser? user, string command)
        {
            var entity = Entry.Entity;
            var key = Entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Entry.Property(p.Name).CurrentValue?.ToString());
            int? coopId = entity switch
            {
                Cooperative c => c.Id,
                IBelongsToCoop b => b.CooperativeId,
                AppUser u => u.CooperativeId,
                _ => null,
            };
            return new AuditEntry(at, user?.Id, user?.Name ?? "System", command, Entry.Metadata.ClrType.Name,
                string.Join(",", key), coopId, Action, Changes ?? AppDbContext.Changes(Entry));
        }
    }
}
