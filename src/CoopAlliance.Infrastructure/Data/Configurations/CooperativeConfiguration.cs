using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class CooperativeConfiguration : IEntityTypeConfiguration<Cooperative>
{
    public void Configure(EntityTypeBuilder<Cooperative> b)
    {
        b.Property(c => c.LegalName).HasMaxLength(200).IsRequired();
        b.Property(c => c.TradeName).HasMaxLength(200);
        b.Property(c => c.Sector).HasMaxLength(100);
        b.Property(c => c.StreetAddress).HasMaxLength(200);
        b.Property(c => c.Town).HasMaxLength(100);
        b.Property(c => c.State).HasMaxLength(2);
        b.Property(c => c.PostalCode).HasMaxLength(10);
        b.Property(c => c.Website).HasMaxLength(300);
        b.Property(c => c.Email).HasMaxLength(200);
        b.Property(c => c.Phone).HasMaxLength(25);
        b.Property(c => c.Description).HasMaxLength(2000);
        b.Property(c => c.PreferredLanguage).HasMaxLength(8).IsRequired().HasDefaultValue(Domain.Common.Languages.English);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.DisplayName);
        b.Ignore(c => c.Profile);
        b.Ignore(c => c.IsReviewedForCompleteness);
        b.HasIndex(c => c.LegalName);
        b.HasIndex(c => c.Status);
        b.Property(c => c.ImportRef).HasMaxLength(64);
        b.HasIndex(c => c.ImportRef).IsUnique();
        b.HasMany(c => c.People).WithOne().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.People).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        b.Property(p => p.Role).HasMaxLength(100);
        b.Property(p => p.Email).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(25);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.Details);
    }
}

public sealed class MembershipChangeConfiguration : IEntityTypeConfiguration<MembershipChange>
{
    public void Configure(EntityTypeBuilder<MembershipChange> b)
    {
        b.Property(h => h.ByName).HasMaxLength(200).IsRequired();
        b.Property(h => h.Reason).HasMaxLength(2000);
    }
}
