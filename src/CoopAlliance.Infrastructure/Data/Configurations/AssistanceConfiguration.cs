using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class AssistanceRequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> b)
    {
        b.Property(r => r.Title).HasMaxLength(200).IsRequired();
        b.Property(r => r.Description).HasMaxLength(8000).IsRequired();
        b.Property(r => r.ContactDetail).HasMaxLength(200);
        b.Property(r => r.SubmittedByName).HasMaxLength(200).IsRequired();
        b.Property(r => r.Resolution).HasMaxLength(4000);
        b.Property(r => r.DeclineReason).HasMaxLength(2000);
        b.Property(r => r.EstimatedHours).HasPrecision(18, 2);
        b.Property(r => r.HoursApprovedByName).HasMaxLength(200);
        b.Property(r => r.RatingComment).HasMaxLength(2000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsOpen);
        b.HasIndex(r => new { r.CooperativeId, r.Status });
        b.HasIndex(r => r.Status);
        b.HasIndex(r => r.ProviderId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Provider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Timeline).WithOne().HasForeignKey(e => e.AssistanceRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Comments).WithOne().HasForeignKey(c => c.AssistanceRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.AssistanceRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.TimeEntries).WithOne().HasForeignKey(t => t.AssistanceRequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.TimeEntries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AssistanceEventConfiguration : IEntityTypeConfiguration<AssistanceEvent>
{
    public void Configure(EntityTypeBuilder<AssistanceEvent> b)
    {
        b.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        b.Property(e => e.Note).HasMaxLength(4000);
    }
}

public sealed class AssistanceCommentConfiguration : IEntityTypeConfiguration<AssistanceComment>
{
    public void Configure(EntityTypeBuilder<AssistanceComment> b)
    {
        b.Property(c => c.Body).HasMaxLength(AssistanceComment.MaxLength).IsRequired();
        b.Property(c => c.AuthorName).HasMaxLength(200).IsRequired();
    }
}

public sealed class AssistanceAttachmentConfiguration : IEntityTypeConfiguration<AssistanceAttachment>
{
    public void Configure(EntityTypeBuilder<AssistanceAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.UploadedByName).HasMaxLength(200).IsRequired();
        b.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.AssistanceAttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> b)
    {
        b.ToTable("AssistanceAttachmentContents");
        b.HasKey(c => c.AssistanceAttachmentId);
        b.Property(c => c.Data).IsRequired();
    }
}

public sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntry>
{
    public void Configure(EntityTypeBuilder<TimeEntry> b)
    {
        b.Property(t => t.Hours).HasPrecision(18, 2);
        b.Property(t => t.HourlyRate).HasPrecision(18, 2);
        b.Property(t => t.Note).HasMaxLength(1000);
        b.Ignore(t => t.IsSubsidized);
        b.Ignore(t => t.Amount);
        b.HasIndex(t => new { t.CooperativeId, t.WorkedOn });
        b.HasIndex(t => new { t.ProviderId, t.WorkedOn });
        b.HasOne<Provider>().WithMany().HasForeignKey(t => t.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.ToTable("AssistanceProviders");
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.Organization).HasMaxLength(200);
        b.Property(p => p.Email).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(25);
        b.Property(p => p.Specialties).HasMaxLength(1000);
        b.Property(p => p.HourlyRate).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Name);
    }
}

public sealed class SlaAlertConfiguration : IEntityTypeConfiguration<SlaAlert>
{
    public void Configure(EntityTypeBuilder<SlaAlert> b)
    {
        b.ToTable("AssistanceSlaAlerts");
        // Once per threshold: a second run, or a second node, cannot record (and so cannot send) it again.
        b.HasIndex(a => new { a.AssistanceRequestId, a.Threshold, a.DueOn }).IsUnique();
        b.HasOne<AssistanceRequest>().WithMany().HasForeignKey(a => a.AssistanceRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssistanceReportConfiguration : IEntityTypeConfiguration<AssistanceReport>
{
    public void Configure(EntityTypeBuilder<AssistanceReport> b)
    {
        b.ToTable("AssistanceReports");
        b.Property(r => r.Month).HasMaxLength(7).IsRequired();
        // One report per month: the monthly job cannot store (and so cannot email) it twice.
        b.HasIndex(r => r.Month).IsUnique();
    }
}
