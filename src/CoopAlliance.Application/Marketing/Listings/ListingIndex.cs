using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Listings;

/// <summary>
/// Keeps each listing's search text (<see cref="ListingSearchEntry"/>) and words (<see cref="ListingSearchTerm"/>) in
/// step with what it says, its categories and its co-op's name and town. Called in the same transaction as the
/// change, so the index is never behind the data.
/// </summary>
public static class ListingIndex
{
    public static string TextFor(Listing listing, IEnumerable<string> categoryNames, string coopName, string? town)
    {
        var parts = new List<string?>
        {
            listing.Title, coopName, string.Join(' ', categoryNames), listing.Kind.Describe(), town,
            string.Join(' ', listing.Regions.Select(r => r.Region.Describe())), listing.Description, listing.HowToOrder,
        };
        var text = string.Join(" \n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length > 4000 ? text[..4000] : text;
    }

    /// <summary>Rewrites the search rows of one listing (tracked; saved with the unit of work).</summary>
    public static async Task RefreshAsync(IAppDbContext db, Listing listing, string coopName, string? town, CancellationToken ct)
    {
        var categoryIds = listing.Categories.Select(c => c.CategoryId).ToList();
        var names = await db.ListingCategories.Where(c => categoryIds.Contains(c.Id)).Select(c => c.Name).ToListAsync(ct);
        var text = TextFor(listing, names, coopName, town);
        if (listing.Id == 0)
        {
            throw new InvalidOperationException("Save the listing before indexing it.");
        }

        var entry = await db.ListingSearchEntries.FirstOrDefaultAsync(e => e.ListingId == listing.Id, ct);
        if (entry is null)
        {
            db.ListingSearchEntries.Add(new ListingSearchEntry(listing.Id, text));
        }
        else
        {
            entry.Update(text);
        }

        var wanted = SearchText.Terms(text).ToHashSet();
        var existing = await db.ListingSearchTerms.Where(t => t.ListingId == listing.Id).ToListAsync(ct);
        db.ListingSearchTerms.RemoveRange(existing.Where(t => !wanted.Contains(t.Term)));
        var have = existing.Select(t => t.Term).ToHashSet();
        db.ListingSearchTerms.AddRange(wanted.Where(t => !have.Contains(t)).Select(t => new ListingSearchTerm(listing.Id, t)));
    }

    /// <summary>After a co-op's name or town changed: re-index its listings.</summary>
    public static async Task RefreshCoopAsync(IAppDbContext db, Cooperative coop, CancellationToken ct)
    {
        var listings = await db.Listings.Include(l => l.Categories).Include(l => l.Regions)
            .Where(l => l.CooperativeId == coop.Id).ToListAsync(ct);
        foreach (var listing in listings)
        {
            await RefreshAsync(db, listing, coop.DisplayName, coop.Town, ct);
        }
    }
}
