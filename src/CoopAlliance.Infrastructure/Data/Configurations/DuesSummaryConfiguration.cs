using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class DuesMonthlySummaryConfiguration : IEntityTypeConfiguration<DuesMonthlySummary>
{
    public void Configure(EntityTypeBuilder<DuesMonthlySummary> b)
    {
        b.Property(s => s.Month).HasMaxLength(7).IsRequired();
        b.Property(s => s.GeneratedBy).HasMaxLength(256).IsRequired();
        b.Property(s => s.Pdf).IsRequired();
        foreach (var money in new[] { nameof(DuesMonthlySummary.Billed), nameof(DuesMonthlySummary.Collected), nameof(DuesMonthlySummary.Credited),
                     nameof(DuesMonthlySummary.Outstanding), nameof(DuesMonthlySummary.Aging0To30), nameof(DuesMonthlySummary.Aging31To60),
                     nameof(DuesMonthlySummary.Aging61To90), nameof(DuesMonthlySummary.AgingOver90) })
        {
            b.Property<decimal>(money).HasPrecision(18, 2);
        }

        // One summary per month, however often or on however many nodes the monthly job runs.
        b.HasIndex(s => s.Month).IsUnique();
    }
}
