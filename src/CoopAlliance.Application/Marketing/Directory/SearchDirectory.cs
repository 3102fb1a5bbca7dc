using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Directory;

/// <summary>A published listing as anyone may see it.</summary>
public sealed record PublicListing(
    int Id,
    string Title,
    string Slug,
    ListingKind Kind,
    string Summary,
    int CoopId,
    string CoopName,
    string CoopSlug,
    string? Town,
    IReadOnlyList<string> Categories,
    IReadOnlyList<Region> Regions,
    int? PhotoId,
    string? PhotoAlt,
    string? Website = null);

public sealed record FacetCount(string Key, string Label, int Count);

public sealed record DirectorySearchResult(
    IReadOnlyList<PublicListing> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Regions)
{
    public int PageCount => Total == 0 ? 1 : (int)Math.Ceiling(Total / (double)PageSize);
}

/// <summary>
/// The public directory's search: published listings of co-ops in good standing (<see cref="ListingVisibility"/>),
/// matching the words (ranked by the text index), a category (its slug) and a region, with counts per category and
/// per region — each facet counted with the other filters applied, so the numbers say what a click would show.
/// </summary>
[PublicRequest]
public sealed record SearchDirectory(string? Q = null, string? Category = null, Region? Region = null, int Page = 1, int PageSize = 20)
    : IRequest<DirectorySearchResult>;

public sealed class SearchDirectoryValidator : AbstractValidator<SearchDirectory>
{
    public SearchDirectoryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100).WithMessage("Search for at most 100 characters.");
        RuleFor(x => x.Category).MaximumLength(100);
        RuleFor(x => x.Region).IsInEnum().When(x => x.Region is not null).WithMessage("Choose a region from the list.");
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class SearchDirectoryHandler(IAppDbContext db, IListingTextSearch search, AllianceClock clock, DirectoryCache cache)
    : IRequestHandler<SearchDirectory, DirectorySearchResult>
{
    public const int SummaryLength = 220;

    /// <summary>
    /// The answer of the last 5 minutes for the same search, unless the directory changed since (<see cref="DirectoryCache"/>).
    /// The search runs on the first caller's database context and is not cancelled with its request (callers asking for
    /// the same search at the same time share it), so the first caller waits for it even if its client has gone.
    /// </summary>
    public async Task<DirectorySearchResult> Handle(SearchDirectory request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        cancellationToken.ThrowIfCancellationRequested();
        return await cache.GetOrAddAsync(request, today, () => SearchAsync(request, today, CancellationToken.None));
    }

    private async Task<DirectorySearchResult> SearchAsync(SearchDirectory request, DateOnly today, CancellationToken cancellationToken)
    {
        var categories = await db.ListingCategories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.Slug, c.IsRetired }).ToListAsync(cancellationToken);
        var category = PublicListings.FindCategory(categories.Select(c => (c.Id, c.Slug)), request.Category);
        var (visible, inCategory, filtered, matches) = PublicListings.Filter(db, search, today, request.Q, category, request.Region);

        // Facets: categories counted with the region filter, regions with the category filter.
        var byRegionOnly = request.Region is { } r2 ? visible.Where(l => l.Regions.Any(x => x.Region == r2)) : visible;
        var categoryCounts = await db.ListingCategoryLinks.Where(c => byRegionOnly.Any(l => l.Id == c.ListingId))
            .GroupBy(c => c.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var regionCounts = await db.ListingRegions.Where(x => inCategory.Any(l => l.Id == x.ListingId))
            .GroupBy(x => x.Region).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var total = await filtered.CountAsync(cancellationToken);
        var pageIds = await PublicListings.InOrder(filtered, matches)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);

        var items = await PublicListings.LoadAsync(db, pageIds, cancellationToken);
        var categoryFacets = categories.Where(c => categoryCounts.ContainsKey(c.Id))
            .Select(c => new FacetCount(c.Slug, c.Name, categoryCounts[c.Id])).ToList();
        var regionFacets = Enum.GetValues<Region>().Where(regionCounts.ContainsKey)
            .Select(r => new FacetCount(r.ToString(), r.Describe(), regionCounts[r])).ToList();
        return new DirectorySearchResult(items, total, request.Page, request.PageSize, categoryFacets, regionFacets);
    }
}

/// <summary>The public surfaces' shared reading of listings: who is visible, and a page of them with their details.</summary>
public static class PublicListings
{
    /// <summary><see cref="ListingVisibility.IsPublic"/> as a query (kept equal to it by ListingVisibilityQueryTests).</summary>
    public static IQueryable<Listing> Visible(IAppDbContext db, DateOnly today) =>
        db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Published && l.ExpiresOn != null && l.ExpiresOn >= today
            && db.Cooperatives.Any(c => c.Id == l.CooperativeId && c.Status == MembershipStatus.Active));

    /// <summary>The category a slug names: its id, -1 when the slug names none (so nothing matches), null for no slug.</summary>
    public static int? FindCategory(IEnumerable<(int Id, string Slug)> categories, string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        var wanted = slug.Trim().ToLowerInvariant();
        return categories.Where(c => c.Slug == wanted).Select(c => (int?)c.Id).FirstOrDefault() ?? -1;
    }

    /// <summary>
    /// The public search's filters, step by step: visible listings matching the words, then in the category (an id from
    /// <see cref="FindCategory"/>), then in the region; and the word matches, for ranking (null without words).
    /// </summary>
    public static (IQueryable<Listing> Visible, IQueryable<Listing> InCategory, IQueryable<Listing> Filtered, IQueryable<ListingTextMatch>? Matches) Filter(
        IAppDbContext db, IListingTextSearch search, DateOnly today, string? q, int? categoryId, Region? region)
    {
        var visible = Visible(db, today);
        var matches = SearchText.Terms(q).Count == 0 ? null : search.Match(q!);
        if (matches is not null)
        {
            // IN (the text search), not EXISTS: SQLite runs an uncorrelated IN subquery once, but a correlated EXISTS
            // over the FTS5 table runs the full-text query again for every candidate listing (seconds at 45,000).
            var matchingIds = matches.Select(m => m.ListingId);
            visible = visible.Where(l => matchingIds.Contains(l.Id));
        }

        if (categoryId < 0)
        {
            visible = visible.Where(l => false);  // a category slug that names none: nothing, not everything
        }

        var inCategory = categoryId is { } id ? visible.Where(l => l.Categories.Any(c => c.CategoryId == id)) : visible;
        var filtered = region is { } r ? inCategory.Where(l => l.Regions.Any(x => x.Region == r)) : inCategory;
        return (visible, inCategory, filtered, matches);
    }

    /// <summary>The filtered listings' ids in the directory's order: best word match first, else by title.</summary>
    public static IQueryable<int> InOrder(IQueryable<Listing> filtered, IQueryable<ListingTextMatch>? matches) =>
        matches is null
            ? filtered.OrderBy(l => l.Title).ThenBy(l => l.Id).Select(l => l.Id)
            : from l in filtered
              join m in matches on l.Id equals m.ListingId
              orderby m.Score descending, l.Title, l.Id
              select l.Id;

    public static async Task<IReadOnlyList<PublicListing>> LoadAsync(IAppDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await (from l in db.Listings.AsNoTracking()
                          join c in db.Cooperatives.AsNoTracking() on l.CooperativeId equals c.Id
                          where ids.Contains(l.Id)
                          select new { l.Id, l.Title, l.Kind, l.Description, CoopId = c.Id, CoopName = c.TradeName ?? c.LegalName, c.Town, l.Website })
            .ToListAsync(ct);
        var categoryRows = await (from link in db.ListingCategoryLinks.AsNoTracking()
                                  join cat in db.ListingCategories.AsNoTracking() on link.CategoryId equals cat.Id
                                  where ids.Contains(link.ListingId)
                                  orderby cat.SortOrder, cat.Name
                                  select new { link.ListingId, cat.Name }).ToListAsync(ct);
        var regionRows = await db.ListingRegions.AsNoTracking().Where(r => ids.Contains(r.ListingId)).ToListAsync(ct);
        var photoRows = await db.Photos.AsNoTracking().Where(p => p.ListingId != null && ids.Contains(p.ListingId.Value))
            .OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => new { p.ListingId, p.Id, p.AltText }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return ids.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            var photo = photoRows.FirstOrDefault(p => p.ListingId == id);
            return new PublicListing(r.Id, r.Title, Slug.From(r.Title), r.Kind, Summarize(r.Description), r.CoopId, r.CoopName, Slug.From(r.CoopName),
                r.Town, categoryRows.Where(c => c.ListingId == id).Select(c => c.Name).ToList(),
                regionRows.Where(x => x.ListingId == id).Select(x => x.Region).Order().ToList(), photo?.Id, photo?.AltText, r.Website);
        }).ToList();
    }

    public static string Summarize(string text)
    {
        var t = text.ReplaceLineEndings(" ").Trim();
        if (t.Length <= SearchDirectoryHandler.SummaryLength)
        {
            return t;
        }

        var cut = t.LastIndexOf(' ', SearchDirectoryHandler.SummaryLength);
        return t[..(cut > 100 ? cut : SearchDirectoryHandler.SummaryLength)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
