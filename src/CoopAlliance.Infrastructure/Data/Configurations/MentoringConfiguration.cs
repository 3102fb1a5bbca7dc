using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> b)
    {
        b.Property(m => m.FullName).HasMaxLength(200).IsRequired();
        b.Property(m => m.Email).HasMaxLength(256).IsRequired();
        b.Property(m => m.HomeCoop).HasMaxLength(200);
        b.Property(m => m.Bio).HasMaxLength(2000);
        b.Property(m => m.Version).IsConcurrencyToken();
        // One mentor profile per login.
        b.HasIndex(m => m.UserId).IsUnique();
        b.OwnsMany(m => m.Skills, s =>
        {
            s.ToTable("MentorSkills");
            s.WithOwner().HasForeignKey("MentorId");
            s.HasKey("MentorId", nameof(MentorSkill.Skill));
        });
        b.Navigation(m => m.Skills).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DevelopingCoopConfiguration : IEntityTypeConfiguration<DevelopingCoop>
{
    public void Configure(EntityTypeBuilder<DevelopingCoop> b)
    {
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.Sector).HasMaxLength(100);
        b.Property(c => c.Language).HasMaxLength(50);
        b.Property(c => c.Town).HasMaxLength(100);
        b.Property(c => c.State).HasMaxLength(2);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.Property(c => c.ContactName).HasMaxLength(200).IsRequired();
        b.Property(c => c.ContactEmail).HasMaxLength(200);
        b.Property(c => c.ContactPhone).HasMaxLength(25);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.HasGraduated);
        b.HasIndex(c => c.Stage);
        b.OwnsMany(c => c.Needs, n =>
        {
            n.ToTable("DevelopingCoopNeeds");
            n.WithOwner().HasForeignKey("DevelopingCoopId");
            n.HasKey("DevelopingCoopId", nameof(Need.Skill));
        });
        b.Navigation(c => c.Needs).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.DevelopingCoopId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Timeline).WithOne().HasForeignKey(e => e.DevelopingCoopId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DevelopmentMilestoneConfiguration : IEntityTypeConfiguration<DevelopmentMilestone>
{
    public void Configure(EntityTypeBuilder<DevelopmentMilestone> b)
    {
        b.Property(m => m.Title).HasMaxLength(300).IsRequired();
        b.Property(m => m.DoneByName).HasMaxLength(200);
        b.Ignore(m => m.IsDone);
    }
}

public sealed class DevelopmentEventConfiguration : IEntityTypeConfiguration<DevelopmentEvent>
{
    public void Configure(EntityTypeBuilder<DevelopmentEvent> b)
    {
        b.Property(e => e.Text).HasMaxLength(1000).IsRequired();
        b.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        b.HasIndex(e => new { e.DevelopingCoopId, e.At });
    }
}

public sealed class MilestoneTemplateConfiguration : IEntityTypeConfiguration<MilestoneTemplate>
{
    public void Configure(EntityTypeBuilder<MilestoneTemplate> b)
    {
        b.Property(t => t.Title).HasMaxLength(300).IsRequired();
        b.Property(t => t.Version).IsConcurrencyToken();
        // Every installation starts with the alliance's standard checklist; staff edit it from there.
        b.HasData(MilestoneTemplate.Defaults().Select((t, i) => new
        {
            Id = i + 1,
            t.Stage,
            t.Title,
            t.SortOrder,
            t.IsActive,
            Version = 0,
        }));
    }
}

public sealed class MentorMatchConfiguration : IEntityTypeConfiguration<MentorMatch>
{
    public void Configure(EntityTypeBuilder<MentorMatch> b)
    {
        b.ToTable("MentorMatches");
        b.Property(m => m.Explanation).HasMaxLength(1000).IsRequired();
        b.Property(m => m.Reason).HasMaxLength(1000);
        b.Property(m => m.ClosedByName).HasMaxLength(200);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.IsOpen);
        b.HasOne<Mentor>().WithMany().HasForeignKey(m => m.MentorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DevelopingCoop>().WithMany().HasForeignKey(m => m.DevelopingCoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.MentorId, m.Status });
        // A developing co-op has at most one proposed, offered or active match: two staff publishing at once
        // cannot both offer it. (Unquoted column name: the same filter reads right on SQLite and SQL Server.)
        b.HasIndex(m => m.DevelopingCoopId).IsUnique().HasFilter("Status IN (1, 2, 3)").HasDatabaseName("IX_MentorMatches_OneOpenPerCoop");
        b.HasIndex(m => new { m.Status, m.OfferExpiresOn });
    }
}

public sealed class MentoringSessionConfiguration : IEntityTypeConfiguration<MentoringSession>
{
    public void Configure(EntityTypeBuilder<MentoringSession> b)
    {
        b.Property(s => s.Topics).HasMaxLength(500).IsRequired();
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.Property(s => s.NextSteps).HasMaxLength(2000);
        b.Property(s => s.LoggedByName).HasMaxLength(200).IsRequired();
        b.HasOne<MentorMatch>().WithMany().HasForeignKey(s => s.MatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.MatchId, s.HeldOn });
        b.HasIndex(s => new { s.DevelopingCoopId, s.HeldOn });
    }
}

public sealed class MentoringReminderConfiguration : IEntityTypeConfiguration<MentoringReminder>
{
    public void Configure(EntityTypeBuilder<MentoringReminder> b)
    {
        b.HasOne<MentorMatch>().WithMany().HasForeignKey(r => r.MatchId).OnDelete(DeleteBehavior.Cascade);
        // Once per gap: the second run of the weekly job (or a second node) cannot send the same reminder.
        b.HasIndex(r => new { r.MatchId, r.GapStartedOn }).IsUnique();
    }
}

public sealed class MentoringReportConfiguration : IEntityTypeConfiguration<MentoringReport>
{
    public void Configure(EntityTypeBuilder<MentoringReport> b)
    {
        b.Property(r => r.Month).HasMaxLength(7).IsRequired();
        b.Property(r => r.Pdf).IsRequired();
        // One report per month: the job's second run (or a second node) cannot store or send it twice.
        b.HasIndex(r => r.Month).IsUnique();
    }
}
