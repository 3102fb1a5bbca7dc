using System.Globalization;
using CoopAlliance.Application.Common.Reporting;

namespace CoopAlliance.Application.Marketing.Campaigns;

/// <summary>Everything a printed campaign guide shows; the caller queries it (the guide itself touches no database).</summary>
public sealed record CampaignGuideData(
    string CampaignName,
    string? Tagline,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string AllianceName,
    IReadOnlyList<GuideCoop> Coops);

/// <summary>A participating co-op; <paramref name="Photo"/> is JPEG or PNG bytes.</summary>
public sealed record GuideCoop(
    string Name,
    string? Town,
    string? Region,
    string? Website,
    string? Email,
    string? Phone,
    string? Description,
    byte[]? Photo,
    IReadOnlyList<GuideListing> Listings);

/// <summary>What a co-op offers in the campaign, filed under a <paramref name="Category"/> (e.g. "Bakery", "Services").</summary>
public sealed record GuideListing(string Title, string Category, string? Description, string? HowToOrder);

/// <summary>
/// The booklet an alliance hands out at a market for a joint campaign, as a <see cref="ReportDocument"/> for
/// <see cref="IPdfRenderer"/>: a cover; contents by category (categories A–Z, co-ops A–Z under each, with page
/// numbers); then each category, from a new page, with its co-ops (one without listings is filed under "Other"). A co-op with listings in several categories gets its full entry
/// (photo, place, story, every listing, contact) once, under the first of its categories A–Z; under each other
/// category it is listed in the contents and gets a short entry (its listings there and "see page N").
/// <code>var pdf = renderer.Render(CampaignGuide.Build(data));</code>
/// </summary>
public static class CampaignGuide
{
    public const string NobodyYet = "No co-ops have joined this campaign yet.";
    private const float PhotoMaxWidth = 252;
    private const float PhotoMaxHeight = 180;
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private static readonly StringComparer Alphabetical = StringComparer.Create(Us, CompareOptions.IgnoreCase);

    public static ReportDocument Build(CampaignGuideData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var dates = Dates(data.StartsOn, data.EndsOn);
        var builder = new ReportBuilder(data.CampaignName)
            .Cover(data.CampaignName, data.Tagline, $"{data.AllianceName} · {dates}")
            .Letterhead(data.AllianceName, $"{data.CampaignName} · {dates}")
            .Footer($"{data.CampaignName} — a guide from {data.AllianceName}")
            .Metadata(author: data.AllianceName, subject: data.CampaignName, keywords: "campaign guide");

        var coops = data.Coops
            .Select((coop, index) => (Coop: coop, Anchor: $"coop-{index}"))
            .ToList();
        if (coops.Count == 0)
        {
            return builder.Paragraph(NobodyYet).Build();
        }

        var categories = coops
            .SelectMany(c => CategoriesOf(c.Coop))
            .Distinct(Alphabetical)
            .Order(Alphabetical)
            .ToList();
        var byCategory = categories.ToDictionary(
            category => category,
            category => coops
                .Where(c => CategoriesOf(c.Coop).Contains(category, Alphabetical))
                .OrderBy(c => c.Coop.Name, Alphabetical)
                .ToList(),
            Alphabetical);
        // The full entry goes under the co-op's first category A–Z.
        string HomeOf(GuideCoop coop) => CategoriesOf(coop).Order(Alphabetical).First();

        var contents = new List<ContentsEntry>();
        foreach (var category in categories)
        {
            contents.Add(new ContentsEntry(category, CategoryAnchor(category), 1));
            contents.AddRange(byCategory[category].Select(c => new ContentsEntry(c.Coop.Name, c.Anchor, 2)));
        }

        builder.Contents(contents);
        foreach (var category in categories)
        {
            // Each category starts a page, so a reader opening the guide at "Bakery" finds only bakeries there.
            builder.PageBreak().Heading(category, 1, CategoryAnchor(category));
            foreach (var (coop, anchor) in byCategory[category])
            {
                if (Alphabetical.Equals(HomeOf(coop), category))
                {
                    FullEntry(builder, coop, anchor);
                }
                else
                {
                    CrossReference(builder, coop, anchor, category);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>"May 1 – June 30, 2027", or "May 1, 2027" for a one-day campaign.</summary>
    public static string Dates(DateOnly startsOn, DateOnly endsOn) =>
        startsOn == endsOn ? startsOn.ToString("MMMM d, yyyy", Us)
        : startsOn.Year == endsOn.Year ? $"{startsOn.ToString("MMMM d", Us)} – {endsOn.ToString("MMMM d, yyyy", Us)}"
        : $"{startsOn.ToString("MMMM d, yyyy", Us)} – {endsOn.ToString("MMMM d, yyyy", Us)}";

    /// <summary>"Website: … · Email: … · Phone: …" with what the co-op gave, or null when it gave nothing.</summary>
    public static string? ContactLine(GuideCoop coop)
    {
        ArgumentNullException.ThrowIfNull(coop);
        var parts = new[] { ("Website", coop.Website), ("Email", coop.Email), ("Phone", coop.Phone) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => $"{p.Item1}: {p.Item2!.Trim()}")
            .ToList();
        return parts.Count == 0 ? null : "Contact — " + string.Join(" · ", parts);
    }

    private static void FullEntry(ReportBuilder builder, GuideCoop coop, string anchor)
    {
        builder.Heading(coop.Name, 2, anchor);
        if (coop.Photo is { Length: > 0 } photo)
        {
            builder.Image(photo, PhotoMaxWidth, PhotoMaxHeight);
        }

        var place = string.Join(", ", new[] { coop.Town, coop.Region }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        if (place.Length > 0)
        {
            builder.Paragraph(place);
        }

        if (!string.IsNullOrWhiteSpace(coop.Description))
        {
            builder.Paragraph(coop.Description.Trim());
        }

        var severalCategories = coop.Listings.Select(l => Category(l.Category)).Distinct(Alphabetical).Count() > 1;
        foreach (var listing in coop.Listings.OrderBy(l => Category(l.Category), Alphabetical))
        {
            Listing(builder, listing, severalCategories);
        }

        if (ContactLine(coop) is { } contact)
        {
            builder.Paragraph(contact);
        }

        builder.Spacer(6);
    }

    private static void CrossReference(ReportBuilder builder, GuideCoop coop, string anchor, string category)
    {
        builder.Heading(coop.Name, 2);
        foreach (var listing in coop.Listings.Where(l => Alphabetical.Equals(Category(l.Category), category)))
        {
            Listing(builder, listing, false);
        }

        builder.PageReference("Photo, story, everything it offers and how to reach it: see page {page}.", anchor).Spacer(6);
    }

    private static void Listing(ReportBuilder builder, GuideListing listing, bool withCategory)
    {
        builder.Heading(withCategory ? $"{listing.Title} ({Category(listing.Category)})" : listing.Title, 3);
        if (!string.IsNullOrWhiteSpace(listing.Description))
        {
            builder.Paragraph(listing.Description.Trim());
        }

        if (!string.IsNullOrWhiteSpace(listing.HowToOrder))
        {
            builder.Paragraph("How to order: " + listing.HowToOrder.Trim());
        }
    }

    /// <summary>The categories of a co-op's listings; one without listings yet is filed under "Other".</summary>
    private static IEnumerable<string> CategoriesOf(GuideCoop coop) =>
        coop.Listings.Count == 0 ? [Category(null)] : coop.Listings.Select(l => Category(l.Category)).Distinct(Alphabetical);

    private static string Category(string? category) => string.IsNullOrWhiteSpace(category) ? "Other" : category.Trim();

    private static string CategoryAnchor(string category) => "category-" + category.ToUpperInvariant();
}
