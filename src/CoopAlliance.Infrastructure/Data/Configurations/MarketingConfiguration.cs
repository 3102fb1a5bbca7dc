using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopAlliance.Infrastructure.Data.Configurations;

public sealed class ListingCategoryConfiguration : IEntityTypeConfiguration<ListingCategory>
{
    public void Configure(EntityTypeBuilder<ListingCategory> b)
    {
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.Slug).HasMaxLength(100).IsRequired();
        b.HasIndex(c => c.Name).IsUnique();
        b.HasIndex(c => c.Slug).IsUnique();
    }
}

public sealed class ListingConfiguration : IEntityTypeConfiguration<Listing>
{
    public void Configure(EntityTypeBuilder<Listing> b)
    {
        b.Property(l => l.Title).HasMaxLength(150).IsRequired();
        b.Property(l => l.Description).HasMaxLength(4000).IsRequired();
        b.Property(l => l.HowToOrder).HasMaxLength(1000);
        b.Property(l => l.ContactEmail).HasMaxLength(256);
        b.Property(l => l.ContactPhone).HasMaxLength(50);
        b.Property(l => l.Website).HasMaxLength(500);
        b.Property(l => l.OrderUrl).HasMaxLength(500);
        b.Property(l => l.ReturnNote).HasMaxLength(2000);
        b.Property(l => l.Version).IsConcurrencyToken();
        b.Ignore(l => l.Slug);
        b.Ignore(l => l.Details);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(l => l.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        // The public search filters by status and expiry, then joins the co-op.
        b.HasIndex(l => new { l.Status, l.ExpiresOn });
        b.HasIndex(l => new { l.CooperativeId, l.Status });
        b.HasMany(l => l.Categories).WithOne().HasForeignKey(c => c.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Categories).HasField("_categories");
        b.HasMany(l => l.Regions).WithOne().HasForeignKey(r => r.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Regions).HasField("_regions");
        b.HasMany(l => l.Events).WithOne().HasForeignKey(e => e.ListingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(l => l.Events).HasField("_events");
    }
}

public sealed class ListingCategoryLinkConfiguration : IEntityTypeConfiguration<ListingCategoryLink>
{
    public void Configure(EntityTypeBuilder<ListingCategoryLink> b)
    {
        b.ToTable("ListingCategoryLinks");
        b.HasKey(c => new { c.ListingId, c.CategoryId });
        b.HasIndex(c => c.CategoryId);
        b.HasOne<ListingCategory>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ListingRegionConfiguration : IEntityTypeConfiguration<ListingRegion>
{
    public void Configure(EntityTypeBuilder<ListingRegion> b)
    {
        b.ToTable("ListingRegions");
        b.HasKey(r => new { r.ListingId, r.Region });
        b.HasIndex(r => r.Region);
    }
}

public sealed class ListingEventConfiguration : IEntityTypeConfiguration<ListingEvent>
{
    public void Configure(EntityTypeBuilder<ListingEvent> b)
    {
        b.Property(e => e.ByName).HasMaxLength(200).IsRequired();
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasIndex(e => e.ListingId);
    }
}

public sealed class ListingSearchEntryConfiguration : IEntityTypeConfiguration<ListingSearchEntry>
{
    public void Configure(EntityTypeBuilder<ListingSearchEntry> b)
    {
        b.HasKey(e => e.ListingId);
        b.Property(e => e.ListingId).ValueGeneratedNever();
        // Short enough for SQL Server's full-text index on an nvarchar column and for FTS5 on SQLite.
        b.Property(e => e.Text).HasMaxLength(4000).IsRequired();
        b.HasOne<Listing>().WithOne().HasForeignKey<ListingSearchEntry>(e => e.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ListingSearchTermConfiguration : IEntityTypeConfiguration<ListingSearchTerm>
{
    public void Configure(EntityTypeBuilder<ListingSearchTerm> b)
    {
        b.HasKey(t => new { t.ListingId, t.Term });
        b.Property(t => t.Term).HasMaxLength(SearchText.MaxTermLength).IsRequired();
        b.HasIndex(t => new { t.Term, t.ListingId });
        b.HasOne<Listing>().WithMany().HasForeignKey(t => t.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> b)
    {
        b.Property(p => p.AltText).HasMaxLength(300).IsRequired();
        b.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        b.HasIndex(p => new { p.ListingId, p.Position });
        b.HasOne<Listing>().WithMany().HasForeignKey(p => p.ListingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PhotoFileConfiguration : IEntityTypeConfiguration<PhotoFile>
{
    public void Configure(EntityTypeBuilder<PhotoFile> b)
    {
        b.HasKey(f => new { f.PhotoId, f.Rendition });
        b.Property(f => f.ContentType).HasMaxLength(50).IsRequired();
        b.Property(f => f.Bytes).IsRequired();
        b.HasOne<Photo>().WithMany().HasForeignKey(f => f.PhotoId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MemberStoryConfiguration : IEntityTypeConfiguration<MemberStory>
{
    public void Configure(EntityTypeBuilder<MemberStory> b)
    {
        b.Property(s => s.CoopName).HasMaxLength(200).IsRequired();
        b.Property(s => s.StorytellerName).HasMaxLength(200).IsRequired();
        b.Property(s => s.Email).HasMaxLength(256).IsRequired();
        b.Property(s => s.Title).HasMaxLength(200).IsRequired();
        b.Property(s => s.Body).HasMaxLength(8000).IsRequired();
        b.Property(s => s.RejectionReason).HasMaxLength(1000);
        b.Property(s => s.ModeratedBy).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.Slug);
        b.HasIndex(s => new { s.Status, s.PublishedAt });
        b.HasIndex(s => s.CooperativeId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(s => s.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Photo>().WithMany().HasForeignKey(s => s.PhotoId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.Property(c => c.Name).HasMaxLength(200).IsRequired();
        b.Property(c => c.Description).HasMaxLength(4000);
        b.Property(c => c.Budget).HasPrecision(12, 2);
        b.Property(c => c.CategoryIds).AsJson().HasMaxLength(1000).IsRequired();
        b.Property(c => c.Regions).AsJson().HasMaxLength(200).IsRequired();
        b.Property(c => c.CreatedBy).HasMaxLength(200).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();
        b.Ignore(c => c.InvoiceKey);
        b.HasIndex(c => new { c.Status, c.JoinBy });
        b.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Participants).HasField("_participants");
    }
}

public sealed class CampaignParticipantConfiguration : IEntityTypeConfiguration<CampaignParticipant>
{
    public void Configure(EntityTypeBuilder<CampaignParticipant> b)
    {
        b.Property(p => p.JoinedBy).HasMaxLength(200).IsRequired();
        b.Property(p => p.Share).HasPrecision(12, 2);
        b.HasIndex(p => new { p.CampaignId, p.CooperativeId }).IsUnique();
        b.HasIndex(p => p.CooperativeId);
        b.HasOne<Cooperative>().WithMany().HasForeignKey(p => p.CooperativeId).OnDelete(DeleteBehavior.Restrict);
    }
}
