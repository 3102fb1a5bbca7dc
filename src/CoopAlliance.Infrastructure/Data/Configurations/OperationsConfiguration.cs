using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        b.Property(a => a.Command).HasMaxLength(200).IsRequired();
        b.Property(a => a.EntityType).HasMaxLength(200).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        b.Property(a => a.Action).HasMaxLength(20).IsRequired();
        b.HasIndex(a => new { a.CooperativeId, a.Id });
    }
}

public sealed class DataReviewFindingConfiguration : IEntityTypeConfiguration<DataReviewFinding>
{
    public void Configure(EntityTypeBuilder<DataReviewFinding> b)
    {
        b.Property(f => f.MissingFields).HasMaxLength(1000).IsRequired();
        b.Ignore(f => f.IsOpen);
        // One follow-up item per co-op: a second review (or a second app instance) updates it, never duplicates it.
        b.HasIndex(f => f.CooperativeId).IsUnique();
        b.HasOne<Cooperative>().WithMany().HasForeignKey(f => f.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.Property(r => r.Job).HasMaxLength(100).IsRequired();
        b.Property(r => r.RunKey).HasMaxLength(100).IsRequired();
        b.Property(r => r.Log).HasMaxLength(4000);
        // One run per job and period: the database, not the scheduler, guarantees it.
        b.HasIndex(r => new { r.Job, r.RunKey }).IsUnique();
    }
}

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> b)
    {
        b.Property(r => r.FileHash).HasMaxLength(64).IsRequired();
        b.Property(r => r.FileNames).HasMaxLength(400).IsRequired();
        b.Property(r => r.StartedBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.Error).HasMaxLength(1000);
        b.Ignore(r => r.IsFinished);
        b.HasIndex(r => r.FileHash);
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(m => m.To).HasMaxLength(256).IsRequired();
        b.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        b.Property(m => m.Body).IsRequired();
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // Owned: saved in the message's transaction, loaded with it for sending, deleted with it, never audited.
        b.OwnsMany(m => m.Attachments, a =>
        {
            a.ToTable("OutboxAttachments");
            a.WithOwner().HasForeignKey("OutboxMessageId");
            a.Property<int>("Id");
            a.HasKey("Id");
            a.Property(x => x.FileName).HasMaxLength(200).IsRequired();
            a.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            a.Property(x => x.Content).IsRequired();
        });
        b.Navigation(m => m.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>Files held for a failed form (issue 20): found by token and user, deleted by age.</summary>
public sealed class DraftUploadConfiguration : IEntityTypeConfiguration<DraftUpload>
{
    public void Configure(EntityTypeBuilder<DraftUpload> b)
    {
        b.ToTable("DraftUploads");
        b.Property(d => d.Token).HasMaxLength(DraftUpload.TokenLength).IsRequired();
        b.Property(d => d.FileName).HasMaxLength(260).IsRequired();
        b.Property(d => d.ContentType).HasMaxLength(200).IsRequired();
        b.Property(d => d.Content).IsRequired();
        b.HasIndex(d => new { d.Token, d.UserId });
        b.HasIndex(d => d.CreatedAt);
    }
}
