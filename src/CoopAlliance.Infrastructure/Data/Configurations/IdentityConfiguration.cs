using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(200).IsRequired();
        b.Property(u => u.PreferredLanguage).HasMaxLength(8);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(u => u.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}
