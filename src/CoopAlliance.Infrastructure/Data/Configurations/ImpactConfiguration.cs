using CoopAlliance.Domain.Impact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class ImpactNarrativeConfiguration : IEntityTypeConfiguration<ImpactNarrative>
{
    public void Configure(EntityTypeBuilder<ImpactNarrative> b)
    {
        b.Property(n => n.Text).HasMaxLength(ImpactNarrative.MaxLength).IsRequired();
        b.Property(n => n.UpdatedBy).HasMaxLength(200).IsRequired();
        b.Property(n => n.Version).IsConcurrencyToken();
        // One narrative per year: two staff saving the first draft at once cannot make two.
        b.HasIndex(n => n.Year).IsUnique();
    }
}

public sealed class BoardReportConfiguration : IEntityTypeConfiguration<BoardReport>
{
    public void Configure(EntityTypeBuilder<BoardReport> b)
    {
        b.Property(r => r.Month).HasMaxLength(7).IsRequired();
        b.Property(r => r.FiguresHash).HasMaxLength(64).IsRequired();
        b.Property(r => r.Pdf).IsRequired();
        // One report per month: a rerun or a second node cannot store or send it twice.
        b.HasIndex(r => r.Month).IsUnique();
    }
}
