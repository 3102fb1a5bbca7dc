using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class DuesPolicyConfiguration : IEntityTypeConfiguration<DuesPolicy>
{
    public void Configure(EntityTypeBuilder<DuesPolicy> b)
    {
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.LaborHourValue).HasPrecision(18, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        // A policy is one document: its tiers, components and steps live in one JSON column.
        b.OwnsMany(p => p.Tiers, t =>
        {
            t.ToJson();
            t.Property(x => x.Name).HasMaxLength(200);
            t.OwnsMany(x => x.Components, c => c.OwnsMany(x => x.Steps));
            t.Navigation(x => x.Components).HasField("_components");
        });
        b.Navigation(p => p.Tiers).HasField("_tiers");
        b.HasIndex(p => p.EffectiveFrom);
    }
}

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.Property(i => i.PeriodKey).HasMaxLength(10).IsRequired();
        b.Property(i => i.Total).HasPrecision(18, 2);
        b.Property(i => i.VoidReason).HasMaxLength(1000);
        b.Property(i => i.VoidedByName).HasMaxLength(256);
        b.Ignore(i => i.IsVoid);
        b.Ignore(i => i.Period);
        // The lines are the invoice's computation as issued: an immutable snapshot, one JSON column.
        b.OwnsMany(i => i.Lines, l =>
        {
            l.ToJson();
            l.Property(x => x.Amount).HasPrecision(18, 2);
        });
        b.Navigation(i => i.Lines).HasField("_lines");
        // Exactly one invoice of each kind per co-op and period, whatever runs, retries or app nodes do.
        b.HasIndex(i => new { i.CooperativeId, i.Kind, i.PeriodKey }).IsUnique();
        b.HasIndex(i => i.PolicyId);
        b.HasIndex(i => new { i.PeriodKey, i.CooperativeId });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(i => i.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DuesPolicy>().WithMany().HasForeignKey(i => i.PolicyId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.Property(p => p.Amount).HasPrecision(18, 2);
        b.Property(p => p.Reference).HasMaxLength(200);
        b.Property(p => p.RecordedByName).HasMaxLength(256).IsRequired();
        b.HasIndex(p => new { p.CooperativeId, p.ReceivedOn });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DuesCreditConfiguration : IEntityTypeConfiguration<DuesCredit>
{
    public void Configure(EntityTypeBuilder<DuesCredit> b)
    {
        b.Property(c => c.Amount).HasPrecision(18, 2);
        b.Property(c => c.Hours).HasPrecision(18, 2);
        b.Property(c => c.HourlyValue).HasPrecision(18, 2);
        b.Property(c => c.Reason).HasMaxLength(1000).IsRequired();
        b.Property(c => c.ByName).HasMaxLength(256).IsRequired();
        b.HasIndex(c => new { c.CooperativeId, c.On });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(c => c.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Invoice>().WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class HardshipReductionConfiguration : IEntityTypeConfiguration<HardshipReduction>
{
    public void Configure(EntityTypeBuilder<HardshipReduction> b)
    {
        b.Property(h => h.Value).HasPrecision(18, 2);
        b.Property(h => h.Reason).HasMaxLength(1000).IsRequired();
        b.Property(h => h.ApprovedByName).HasMaxLength(256).IsRequired();
        b.Ignore(h => h.IsWaiver);
        b.HasIndex(h => new { h.CooperativeId, h.From });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(h => h.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DuesSelfReportConfiguration : IEntityTypeConfiguration<DuesSelfReport>
{
    public void Configure(EntityTypeBuilder<DuesSelfReport> b)
    {
        b.Property(r => r.Wages).HasPrecision(18, 2);
        b.Property(r => r.Revenue).HasPrecision(18, 2);
        b.Property(r => r.AttestedByName).HasMaxLength(256).IsRequired();
        b.HasIndex(r => new { r.CooperativeId, r.Year }).IsUnique();
        b.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InvoiceRunConfiguration : IEntityTypeConfiguration<InvoiceRun>
{
    public void Configure(EntityTypeBuilder<InvoiceRun> b)
    {
        b.Property(r => r.PeriodKey).HasMaxLength(10).IsRequired();
        b.Property(r => r.StartedBy).HasMaxLength(256).IsRequired();
        b.Property(r => r.AmountBilled).HasPrecision(18, 2);
        b.Property(r => r.Log).HasMaxLength(4000);
        b.Ignore(r => r.PercentDone);
        // One run log per kind and period: two nodes starting the same period meet on this key.
        b.HasIndex(r => new { r.Kind, r.PeriodKey }).IsUnique();
    }
}

public sealed class ArrearsNoticeConfiguration : IEntityTypeConfiguration<ArrearsNotice>
{
    public void Configure(EntityTypeBuilder<ArrearsNotice> b)
    {
        // Each notice and reminder once per invoice.
        b.HasIndex(n => new { n.InvoiceId, n.DaysOverdue }).IsUnique();
        b.HasIndex(n => n.CooperativeId);
        b.HasOne<Invoice>().WithMany().HasForeignKey(n => n.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
