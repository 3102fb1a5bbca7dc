using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Directory;

/// <summary>One listing in full on its co-op's public page, with the contact its rep chose to publish.</summary>
public sealed record PublicListingDetail(
    int Id,
    string Title,
    ListingKind Kind,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<Region> Regions,
    string? HowToOrder,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    string? OrderUrl,
    IReadOnlyList<PublicPhoto> Photos,
    DateTimeOffset UpdatedAt);

public sealed record PublicPhoto(int Id, string AltText, int Width, int Height);

public sealed record PublicStorySummary(int Id, string Title, string Slug, string StorytellerName, DateTimeOffset PublishedAt, string Excerpt);

/// <summary>A co-op's public page: the profile fields the directory shows, its listings and its published stories.</summary>
public sealed record PublicCoop(
    int Id,
    string Name,
    string Slug,
    CoopKind Kind,
    string? Sector,
    string? Town,
    string? State,
    Region Region,
    string? Website,
    string? Description,
    DateOnly? FoundedOn,
    IReadOnlyList<PublicListingDetail> Listings,
    IReadOnlyList<PublicStorySummary> Stories,
    DateTimeOffset LastModified);

/// <summary>A member co-op's public page; not found unless it is in good standing (a lapsed co-op has no public page).</summary>
[PublicRequest]
public sealed record GetPublicCoop(int Id) : IRequest<PublicCoop>;

public sealed class GetPublicCoopHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetPublicCoop, PublicCoop>
{
    public async Task<PublicCoop> Handle(GetPublicCoop request, CancellationToken cancellationToken)
    {
        var coop = await db.Cooperatives.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
        if (coop is null || !ListingVisibility.IsInGoodStanding(coop.Status))
        {
            throw new NotFoundException("Co-op", request.Id);
        }

        var listings = await PublicListings.Visible(db, clock.Today).Where(l => l.CooperativeId == coop.Id)
            .Include(l => l.Categories).Include(l => l.Regions).OrderBy(l => l.Title).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var ids = listings.Select(l => l.Id).ToList();
        var categories = await db.ListingCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.Name, c.SortOrder), cancellationToken);
        var photos = await db.Photos.AsNoTracking().Where(p => p.ListingId != null && ids.Contains(p.ListingId.Value))
            .OrderBy(p => p.Position).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var stories = await db.MemberStories.AsNoTracking()
            .Where(s => s.CooperativeId == coop.Id && s.Status == StoryStatus.Published)
            .OrderByDescending(s => s.PublishedAt).Take(10).ToListAsync(cancellationToken);

        var details = listings.Select(l => new PublicListingDetail(l.Id, l.Title, l.Kind, l.Description,
            l.Categories.Select(c => categories[c.CategoryId]).OrderBy(c => c.SortOrder).Select(c => c.Name).ToList(),
            l.Regions.Select(r => r.Region).Order().ToList(), l.HowToOrder, l.ContactEmail, l.ContactPhone, l.Website, l.OrderUrl,
            photos.Where(p => p.ListingId == l.Id).Select(p => new PublicPhoto(p.Id, p.AltText, p.Width, p.Height)).ToList(), l.UpdatedAt)).ToList();
        var storyRows = stories.Select(s => new PublicStorySummary(s.Id, s.Title, s.Slug, s.StorytellerName, s.PublishedAt ?? s.SubmittedAt,
            PublicListings.Summarize(s.Body))).ToList();
        var lastModified = new[] { coop.StatusChangedAt }
            .Concat(listings.Select(l => l.UpdatedAt))
            .Concat(stories.Select(s => s.ModeratedAt ?? s.SubmittedAt)).Max();
        return new PublicCoop(coop.Id, coop.DisplayName, Slug.From(coop.DisplayName), coop.Kind, coop.Sector, coop.Town, coop.State, coop.Region,
            coop.Website, coop.Description, coop.FoundedOn, details, storyRows, lastModified);
    }
}
