using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Directory;

/// <summary>
/// When the public directory last changed, and a stamp that changes whenever what it shows may have: the newest
/// change among visible listings, how many there are (a lapsed co-op's listings drop out without changing), the
/// newest co-op status change and every co-op edit (names and towns show), listing photos, the categories' names and
/// the day (listings expire at midnight). Cheap to read, so
/// pages and feeds answer 304 before running their search.
/// </summary>
public sealed record DirectoryVersion(DateTimeOffset LastModified, string Stamp);

[PublicRequest]
public sealed record GetDirectoryVersion : IRequest<DirectoryVersion>;

public sealed class GetDirectoryVersionHandler(IAppDbContext db, AllianceClock clock, DirectoryCache cache) : IRequestHandler<GetDirectoryVersion, DirectoryVersion>
{
    public Task<DirectoryVersion> Handle(GetDirectoryVersion request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return cache.VersionAsync(today, clock.UtcNow, () => ComputeAsync(today, CancellationToken.None));
    }

    private async Task<DirectoryVersion> ComputeAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var listings = await PublicListings.Visible(db, today).GroupBy(l => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(l => l.UpdatedAt) }).FirstOrDefaultAsync(cancellationToken);
        var coops = await db.Cooperatives.AsNoTracking().Select(c => new { c.StatusChangedAt, c.Version }).ToListAsync(cancellationToken);
        var photos = await db.Photos.AsNoTracking().Where(p => p.ListingId != null).GroupBy(p => 1)
            .Select(g => new { Count = g.Count(), Newest = g.Max(p => p.Id) }).FirstOrDefaultAsync(cancellationToken);
        var categories = await db.ListingCategories.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Slug, c.SortOrder, c.IsRetired }).ToListAsync(cancellationToken);

        var lastCoopChange = coops.Select(c => c.StatusChangedAt).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var lastListing = listings?.Last ?? DateTimeOffset.UnixEpoch;
        var last = lastListing > lastCoopChange ? lastListing : lastCoopChange;
        var categoryText = string.Join('|', categories.Select(c => $"{c.Id}:{c.Slug}:{c.Name}:{c.SortOrder}:{c.IsRetired}"));
        var stamp = string.Create(CultureInfo.InvariantCulture,
            $"{listings?.Count ?? 0}-{lastListing.UtcTicks}-{lastCoopChange.UtcTicks}-{coops.Sum(c => (long)c.Version)}-{photos?.Count}-{photos?.Newest}-{today:yyyy-MM-dd}-{categoryText}");
        return new DirectoryVersion(last, stamp);
    }
}

/// <summary>
/// Every visible listing matching the public search's filters (words, category slug, region), up to
/// <see cref="ExportPublicListingsHandler.MaxRows"/>, as CSV for other sites and spreadsheets: co-op, listing, summary,
/// categories, town, regions, website and the address of its page in the directory. Only what the directory shows.
/// </summary>
[PublicRequest]
public sealed record ExportPublicListings(string? Q, string? Category, Region? Region, string PublicBaseUrl) : IRequest<string>;

public sealed class ExportPublicListingsValidator : AbstractValidator<ExportPublicListings>
{
    public ExportPublicListingsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100).WithMessage("Search for at most 100 characters.");
        RuleFor(x => x.Category).MaximumLength(100);
        RuleFor(x => x.Region).IsInEnum().When(x => x.Region is not null).WithMessage("Choose a region from the list.");
    }
}

public sealed class ExportPublicListingsHandler(IAppDbContext db, IListingTextSearch search, AllianceClock clock)
    : IRequestHandler<ExportPublicListings, string>
{
    /// <summary>More than the alliance will ever publish; a bound on one answer all the same.</summary>
    public const int MaxRows = 2000;

    public static readonly string[] Columns = ["Co-op", "Listing", "Summary", "Categories", "Town", "Regions", "Website", "Page"];

    private static readonly CsvConfiguration Options = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public async Task<string> Handle(ExportPublicListings request, CancellationToken cancellationToken)
    {
        var categories = await db.ListingCategories.AsNoTracking().Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken);
        var category = PublicListings.FindCategory(categories.Select(c => (c.Id, c.Slug)), request.Category);
        var (_, _, filtered, matches) = PublicListings.Filter(db, search, clock.Today, request.Q, category, request.Region);
        var ids = await PublicListings.InOrder(filtered, matches).Take(MaxRows).ToListAsync(cancellationToken);
        var listings = await PublicListings.LoadAsync(db, ids, cancellationToken);

        var origin = request.PublicBaseUrl.TrimEnd('/');
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = new CsvWriter(text, Options, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync();
            foreach (var l in listings)
            {
                csv.WriteField(l.CoopName);
                csv.WriteField(l.Title);
                csv.WriteField(l.Summary);
                csv.WriteField(string.Join("; ", l.Categories));
                csv.WriteField(l.Town ?? "");
                csv.WriteField(string.Join("; ", l.Regions.Select(r => r.Describe())));
                csv.WriteField(l.Website ?? "");
                csv.WriteField($"{origin}/directory/{l.CoopId}/{l.CoopSlug}#listing-{l.Id}");
                await csv.NextRecordAsync();
            }

            await csv.FlushAsync();
        }

        return text.ToString();
    }
}
