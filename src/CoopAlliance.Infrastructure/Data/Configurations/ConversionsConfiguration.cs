using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class ConversionConfiguration : IEntityTypeConfiguration<Conversion>
{
    public void Configure(EntityTypeBuilder<Conversion> b)
    {
        b.Property(c => c.BusinessName).HasMaxLength(200).IsRequired();
        b.Property(c => c.Sector).HasMaxLength(100);
        b.Property(c => c.Town).HasMaxLength(100);
        b.Property(c => c.State).HasMaxLength(2);
        b.Property(c => c.OwnerName).HasMaxLength(200).IsRequired();
        b.Property(c => c.OwnerEmail).HasMaxLength(200);
        b.Property(c => c.OwnerPhone).HasMaxLength(25);
        b.Property(c => c.TimelineNotes).HasMaxLength(2000);
        b.Property(c => c.NotConvertedReason).HasMaxLength(1000);
        b.Property(c => c.Valuation).HasPrecision(18, 2);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.IsOpen);
        b.HasIndex(c => c.Stage);
        b.HasIndex(c => c.BusinessName);
        // One conversion becomes at most one developing co-op, and a developing co-op comes from at most one conversion:
        // the database refuses a second hand-off even if two requests race.
        b.HasIndex(c => c.DevelopingCoopId).IsUnique();
        b.HasOne<DevelopingCoop>().WithMany().HasForeignKey(c => c.DevelopingCoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Workers).WithOne().HasForeignKey(w => w.ConversionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.ConversionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ConversionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Workers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ConversionWorkerConfiguration : IEntityTypeConfiguration<ConversionWorker>
{
    public void Configure(EntityTypeBuilder<ConversionWorker> b)
    {
        b.Property(w => w.Name).HasMaxLength(200).IsRequired();
        b.Property(w => w.Role).HasMaxLength(100);
        b.Property(w => w.Email).HasMaxLength(200);
    }
}

public sealed class ConversionNoteConfiguration : IEntityTypeConfiguration<ConversionNote>
{
    public void Configure(EntityTypeBuilder<ConversionNote> b)
    {
        b.Property(n => n.Text).HasMaxLength(2000).IsRequired();
        b.Property(n => n.ByName).HasMaxLength(200).IsRequired();
        b.HasIndex(n => new { n.ConversionId, n.At });
    }
}

public sealed class ConversionStageChangeConfiguration : IEntityTypeConfiguration<ConversionStageChange>
{
    public void Configure(EntityTypeBuilder<ConversionStageChange> b)
    {
        b.Property(h => h.Note).HasMaxLength(1000);
        b.Property(h => h.ByName).HasMaxLength(200).IsRequired();
        b.HasIndex(h => new { h.ConversionId, h.At });
    }
}
