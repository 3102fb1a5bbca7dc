using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class AlliedOrganizationConfiguration : IEntityTypeConfiguration<AlliedOrganization>
{
    public void Configure(EntityTypeBuilder<AlliedOrganization> b)
    {
        b.Property(o => o.Name).HasMaxLength(200).IsRequired();
        b.Property(o => o.Offers).HasMaxLength(2000);
        b.Property(o => o.Website).HasMaxLength(300);
        b.Property(o => o.Contacts).AsJson().HasMaxLength(4000).IsRequired();
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name).IsUnique();
        b.HasIndex(o => new { o.Kind, o.Region });
        b.HasMany(o => o.Relationships).WithOne().HasForeignKey(r => r.AlliedOrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Relationships).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class OrganizationRelationshipConfiguration : IEntityTypeConfiguration<OrganizationRelationship>
{
    public void Configure(EntityTypeBuilder<OrganizationRelationship> b)
    {
        b.HasIndex(r => new { r.AlliedOrganizationId, r.CooperativeId, r.Kind }).IsUnique();
        b.HasIndex(r => r.CooperativeId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(r => r.CooperativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TieConfiguration : IEntityTypeConfiguration<Tie>
{
    public void Configure(EntityTypeBuilder<Tie> b)
    {
        b.Property(t => t.What).HasMaxLength(Tie.WhatMaxLength).IsRequired();
        b.Property(t => t.EstimatedAnnualAmount).HasPrecision(18, 2);
        b.Property(t => t.RecordedBy).HasMaxLength(200).IsRequired();
        b.HasIndex(t => t.CooperativeId);
        b.HasIndex(t => t.CounterpartCoopId);
        b.HasIndex(t => t.CounterpartOrganizationId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(t => t.CooperativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(t => t.CounterpartCoopId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AlliedOrganization>().WithMany().HasForeignKey(t => t.CounterpartOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_Ties_OneCounterpart",
            "(CounterpartCoopId IS NULL AND CounterpartOrganizationId IS NOT NULL) OR (CounterpartCoopId IS NOT NULL AND CounterpartOrganizationId IS NULL)"));
    }
}
