using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class FundContributionConfiguration : IEntityTypeConfiguration<FundContribution>
{
    public void Configure(EntityTypeBuilder<FundContribution> b)
    {
        b.Property(c => c.Source).HasMaxLength(200).IsRequired();
        b.Property(c => c.Amount).HasPrecision(18, 2);
        b.Property(c => c.NoteTerms).HasMaxLength(2000);
        b.Property(c => c.RecordedBy).HasMaxLength(200).IsRequired();
        b.HasIndex(c => c.ReceivedOn);
    }
}

public sealed class LoanApplicationConfiguration : IEntityTypeConfiguration<LoanApplication>
{
    public void Configure(EntityTypeBuilder<LoanApplication> b)
    {
        // An application is made by exactly one co-op: a member or a developing one.
        b.ToTable(t => t.HasCheckConstraint("CK_LoanApplications_OneApplicant",
            "(CooperativeId IS NULL AND DevelopingCoopId IS NOT NULL) OR (CooperativeId IS NOT NULL AND DevelopingCoopId IS NULL)"));
        b.Property(a => a.ApplicantName).HasMaxLength(200).IsRequired();
        b.Property(a => a.Amount).HasPrecision(18, 2);
        b.Property(a => a.Purpose).HasMaxLength(2000).IsRequired();
        b.Property(a => a.SubmittedBy).HasMaxLength(200).IsRequired();
        b.Property(a => a.ReviewedBy).HasMaxLength(200);
        b.Property(a => a.DecidedBy).HasMaxLength(200);
        b.Property(a => a.DecisionReasons).HasMaxLength(4000);
        b.Property(a => a.ApprovedPrincipal).HasPrecision(18, 2);
        b.Property(a => a.ApprovedRatePercent).HasPrecision(9, 4);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.ApprovedTerms);
        b.Ignore(a => a.IsReviewComplete);
        b.HasIndex(a => new { a.Status, a.SubmittedAt });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(a => a.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DevelopingCoop>().WithMany().HasForeignKey(a => a.DevelopingCoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Votes).WithOne().HasForeignKey(v => v.LoanApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Referrals).WithOne().HasForeignKey(r => r.LoanApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Attachments).WithOne().HasForeignKey(x => x.LoanApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(a => a.Referrals).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(a => a.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CommitteeVoteConfiguration : IEntityTypeConfiguration<CommitteeVote>
{
    public void Configure(EntityTypeBuilder<CommitteeVote> b)
    {
        b.Property(v => v.MemberName).HasMaxLength(200).IsRequired();
        b.Property(v => v.ConflictNote).HasMaxLength(1000);
        // One vote (or declared conflict) per committee member and application, whoever clicks twice.
        b.HasIndex(v => new { v.LoanApplicationId, v.UserId }).IsUnique();
    }
}

public sealed class LoanReferralConfiguration : IEntityTypeConfiguration<LoanReferral>
{
    public void Configure(EntityTypeBuilder<LoanReferral> b)
    {
        b.Property(r => r.Lender).HasMaxLength(200).IsRequired();
        b.Property(r => r.ReferredBy).HasMaxLength(200).IsRequired();
        b.Property(r => r.OutcomeNote).HasMaxLength(1000);
    }
}

public sealed class LoanAttachmentConfiguration : IEntityTypeConfiguration<LoanAttachment>
{
    public void Configure(EntityTypeBuilder<LoanAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.UploadedBy).HasMaxLength(200).IsRequired();
        b.HasOne(a => a.Content).WithOne().HasForeignKey<LoanAttachmentContent>(c => c.LoanAttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class LoanAttachmentContentConfiguration : IEntityTypeConfiguration<LoanAttachmentContent>
{
    public void Configure(EntityTypeBuilder<LoanAttachmentContent> b)
    {
        b.HasKey(c => c.LoanAttachmentId);
        b.Property(c => c.Data).IsRequired();
    }
}

public sealed class LoanConfiguration : IEntityTypeConfiguration<Loan>
{
    public void Configure(EntityTypeBuilder<Loan> b)
    {
        b.Property(l => l.BorrowerName).HasMaxLength(200).IsRequired();
        b.Property(l => l.Principal).HasPrecision(18, 2);
        b.Property(l => l.WrittenOffPrincipal).HasPrecision(18, 2);
        b.Property(l => l.DisbursedBy).HasMaxLength(200).IsRequired();
        b.Property(l => l.WrittenOffBy).HasMaxLength(200);
        b.Property(l => l.WriteOffReason).HasMaxLength(2000);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.Ignore(l => l.Periods);
        b.Ignore(l => l.CurrentTerms);
        b.Ignore(l => l.IsWrittenOff);
        b.Ignore(l => l.Schedule);
        b.HasIndex(l => l.LoanApplicationId).IsUnique();
        b.HasIndex(l => l.CooperativeId);
        b.HasIndex(l => l.DevelopingCoopId);
        b.HasOne(l => l.Application).WithMany().HasForeignKey(l => l.LoanApplicationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(l => l.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DevelopingCoop>().WithMany().HasForeignKey(l => l.DevelopingCoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(l => l.TermsHistory).WithOne().HasForeignKey(t => t.LoanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(l => l.Payments).WithOne().HasForeignKey(p => p.LoanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.TermsHistory).HasField("_terms").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(l => l.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class LoanTermsChangeConfiguration : IEntityTypeConfiguration<LoanTermsChange>
{
    public void Configure(EntityTypeBuilder<LoanTermsChange> b)
    {
        b.Property(t => t.Principal).HasPrecision(18, 2);
        b.Property(t => t.AnnualRatePercent).HasPrecision(9, 4);
        b.Property(t => t.Reason).HasMaxLength(2000);
        b.Property(t => t.RecordedBy).HasMaxLength(200).IsRequired();
        b.Ignore(t => t.Period);
        b.HasIndex(t => new { t.LoanId, t.From }).IsUnique();
    }
}

public sealed class LoanPaymentRecordConfiguration : IEntityTypeConfiguration<LoanPaymentRecord>
{
    public void Configure(EntityTypeBuilder<LoanPaymentRecord> b)
    {
        b.ToTable("LoanPayments");
        b.Property(p => p.Amount).HasPrecision(18, 2);
        b.Property(p => p.RecordedBy).HasMaxLength(200).IsRequired();
        b.HasIndex(p => new { p.LoanId, p.ReceivedOn });
    }
}

public sealed class LoanArrearsReminderConfiguration : IEntityTypeConfiguration<LoanArrearsReminder>
{
    public void Configure(EntityTypeBuilder<LoanArrearsReminder> b)
    {
        b.Property(r => r.Arrears).HasPrecision(18, 2);
        // Once per overdue installment: a rerun or a second instance hits this key instead of emailing again.
        b.HasIndex(r => new { r.LoanId, r.DueOn }).IsUnique();
        b.HasOne<Loan>().WithMany().HasForeignKey(r => r.LoanId).OnDelete(DeleteBehavior.Cascade);
    }
}
