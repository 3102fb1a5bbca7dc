using System.Text.Json;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

/// <summary>Small immutable values (rules, rate tables, id lists) stored as one JSON text column each.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
}

public sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.X12ReceiverId).HasMaxLength(15).IsRequired();
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.BillMappingJson).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => c.Name).IsUnique();
    }
}

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Property(p => p.Name).HasMaxLength(200).IsRequired();
        b.Property(p => p.PlanCode).HasMaxLength(50).IsRequired();
        b.Property(p => p.ContributionRule).HasMaxLength(1000);
        b.Property(p => p.Rules).AsJson().HasMaxLength(1000).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.HasTiers);
        b.HasIndex(p => p.Name).IsUnique();
        b.HasOne<Carrier>().WithMany().HasForeignKey(p => p.CarrierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Years).WithOne(y => y.Plan).HasForeignKey(y => y.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Years).HasField("_years");
    }
}

public sealed class PlanYearConfiguration : IEntityTypeConfiguration<PlanYear>
{
    public void Configure(EntityTypeBuilder<PlanYear> b)
    {
        b.Property(y => y.Rates).HasField("_rates").AsJson().HasMaxLength(1000).IsRequired();
        b.HasIndex(y => new { y.PlanId, y.StartsOn }).IsUnique();
    }
}

public sealed class CoopParticipationConfiguration : IEntityTypeConfiguration<CoopParticipation>
{
    public void Configure(EntityTypeBuilder<CoopParticipation> b)
    {
        b.Property(p => p.Percent).HasPrecision(5, 2);
        b.Property(p => p.FixedAmounts).HasField("_fixedAmounts").AsJson().HasMaxLength(1000).IsRequired();
        b.Property(p => p.GroupNumber).HasMaxLength(50);
        b.Property(p => p.RequestedByName).HasMaxLength(256).IsRequired();
        b.Property(p => p.DecidedByName).HasMaxLength(256);
        b.Property(p => p.DecisionNote).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.IsApproved);
        // One participation per co-op and plan year, however often the rep presses the button.
        b.HasIndex(p => new { p.CooperativeId, p.PlanYearId }).IsUnique();
        b.HasOne<Cooperative>().WithMany().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanYear>().WithMany().HasForeignKey(p => p.PlanYearId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenefitMemberConfiguration : IEntityTypeConfiguration<BenefitMember>
{
    public void Configure(EntityTypeBuilder<BenefitMember> b)
    {
        b.Property(m => m.FirstName).HasMaxLength(100).IsRequired();
        b.Property(m => m.LastName).HasMaxLength(100).IsRequired();
        b.Property(m => m.Email).HasMaxLength(256);
        b.Property(m => m.HoursPerWeek).HasPrecision(5, 2);
        b.Property(m => m.State).HasMaxLength(2);
        b.Property(m => m.BirthDateSealed).HasMaxLength(500);
        b.Property(m => m.TaxpayerIdSealed).HasMaxLength(500);
        b.Property(m => m.TaxpayerIdLast4).HasMaxLength(4);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.Ignore(m => m.FullName);
        b.Ignore(m => m.MemberNumber);
        b.Ignore(m => m.MaskedTaxpayerId);
        // One benefits record per roster person.
        b.HasIndex(m => m.PersonId).IsUnique();
        b.HasIndex(m => new { m.CooperativeId, m.LastName });
        b.HasOne<Cooperative>().WithMany().HasForeignKey(m => m.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(m => m.Dependents).WithOne(d => d.Member).HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Dependents).HasField("_dependents");
    }
}

public sealed class DependentConfiguration : IEntityTypeConfiguration<Dependent>
{
    public void Configure(EntityTypeBuilder<Dependent> b)
    {
        b.Property(d => d.FirstName).HasMaxLength(100).IsRequired();
        b.Property(d => d.LastName).HasMaxLength(100).IsRequired();
        b.Property(d => d.BirthDateSealed).HasMaxLength(500);
        b.Ignore(d => d.FullName);
    }
}

public sealed class ElectionConfiguration : IEntityTypeConfiguration<Election>
{
    public void Configure(EntityTypeBuilder<Election> b)
    {
        b.Property(e => e.DependentIds).HasField("_dependentIds").AsJson().HasMaxLength(500).IsRequired();
        b.Property(e => e.RecordedByName).HasMaxLength(256).IsRequired();
        b.Ignore(e => e.IsEnrolled);
        b.HasIndex(e => new { e.MemberId, e.PlanYearId });
        b.HasIndex(e => new { e.PlanYearId, e.CooperativeId });
        // The change file claims the rows not yet sent: this finds them without a scan.
        b.HasIndex(e => e.ExportId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(e => e.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanYear>().WithMany().HasForeignKey(e => e.PlanYearId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BenefitMember>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LifeEvent>().WithMany().HasForeignKey(e => e.LifeEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EnrollmentExport>().WithMany().HasForeignKey(e => e.ExportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class LifeEventConfiguration : IEntityTypeConfiguration<LifeEvent>
{
    public void Configure(EntityTypeBuilder<LifeEvent> b)
    {
        b.Property(e => e.Description).HasMaxLength(2000);
        b.Property(e => e.ReportedByName).HasMaxLength(256).IsRequired();
        b.Property(e => e.DecidedByName).HasMaxLength(256);
        b.Property(e => e.DecisionNote).HasMaxLength(1000);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.ChangeEffectiveOn);
        b.HasIndex(e => new { e.Status, e.ReportedOn });
        b.HasIndex(e => e.CooperativeId);
        b.HasOne<BenefitMember>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.LifeEventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Attachments).HasField("_attachments");
    }
}

public sealed class LifeEventAttachmentConfiguration : IEntityTypeConfiguration<LifeEventAttachment>
{
    public void Configure(EntityTypeBuilder<LifeEventAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(255).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
        b.Property(a => a.UploadedByName).HasMaxLength(256).IsRequired();
    }
}

public sealed class CoverageTerminationConfiguration : IEntityTypeConfiguration<CoverageTermination>
{
    public void Configure(EntityTypeBuilder<CoverageTermination> b)
    {
        b.Property(t => t.CancelledByName).HasMaxLength(256);
        // Found once per enrollment and end date, however often the job runs or on however many nodes.
        b.HasIndex(t => new { t.MemberId, t.PlanYearId, t.LastCoveredDay }).IsUnique();
        b.HasIndex(t => new { t.Status, t.LastCoveredDay });
        b.HasOne<BenefitMember>().WithMany().HasForeignKey(t => t.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanYear>().WithMany().HasForeignKey(t => t.PlanYearId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnrollmentExportConfiguration : IEntityTypeConfiguration<EnrollmentExport>
{
    public void Configure(EntityTypeBuilder<EnrollmentExport> b)
    {
        b.Property(e => e.CreatedByName).HasMaxLength(256).IsRequired();
        b.Property(e => e.DecidedByName).HasMaxLength(256);
        b.Property(e => e.DecisionNote).HasMaxLength(1000);
        b.Ignore(e => e.FileName);
        b.HasIndex(e => new { e.CarrierId, e.CreatedAt });
        b.HasOne<Carrier>().WithMany().HasForeignKey(e => e.CarrierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnrollmentExportFileConfiguration : IEntityTypeConfiguration<EnrollmentExportFile>
{
    public void Configure(EntityTypeBuilder<EnrollmentExportFile> b)
    {
        b.HasKey(f => f.ExportId);
        b.HasOne<EnrollmentExport>().WithOne().HasForeignKey<EnrollmentExportFile>(f => f.ExportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CarrierBillUploadConfiguration : IEntityTypeConfiguration<CarrierBillUpload>
{
    public void Configure(EntityTypeBuilder<CarrierBillUpload> b)
    {
        b.Property(u => u.PeriodKey).HasMaxLength(10).IsRequired();
        b.Property(u => u.FileName).HasMaxLength(255).IsRequired();
        b.Property(u => u.UploadedByName).HasMaxLength(256).IsRequired();
        b.Property(u => u.ExpectedTotal).HasPrecision(18, 2);
        b.Property(u => u.BilledTotal).HasPrecision(18, 2);
        b.HasIndex(u => new { u.CarrierId, u.PeriodKey });
        b.HasOne<Carrier>().WithMany().HasForeignKey(u => u.CarrierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EnrollmentReminderConfiguration : IEntityTypeConfiguration<EnrollmentReminder>
{
    public void Configure(EntityTypeBuilder<EnrollmentReminder> b)
    {
        // Once per plan year, co-op and kind of reminder, whatever the job does.
        b.HasIndex(r => new { r.PlanYearId, r.CooperativeId, r.Kind }).IsUnique();
        b.HasOne<PlanYear>().WithMany().HasForeignKey(r => r.PlanYearId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}
