using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// The directory's shop window on first run: the category taxonomy, and listings with photos for most active member
/// co-ops (published months ago, so the directory and its facets look alive), plus one waiting for review, and the
/// demo rep's second listing sent back with a note. Photos are drawn here and go through the same image pipeline as
/// an upload.
/// </summary>
public sealed partial class DemoData
{
    private static readonly string[] DemoCategories =
    [
        "Food & bakery", "Farm & garden", "Construction & trades", "Cleaning", "Care", "Technology", "Media & print",
        "Retail", "Energy", "Professional services",
    ];

    private sealed record DemoListing(string Coop, string Title, ListingKind Kind, string[] Categories, Region[] Regions, string Description,
        string HowToOrder, string Color, string Label, ListingStatus Status = ListingStatus.Published, string? Note = null);

    private static readonly DemoListing[] DemoListings =
    [
        new(RepCoop, "Sourdough and whole-grain bread", ListingKind.Product, ["Food & bakery"], [Region.WesternMassachusetts],
            "Naturally leavened loaves from Massachusetts-grown wheat and rye, baked every morning by the bakery's twelve worker-owners. Seeded rye, country sourdough, spelt, and a Friday challah.",
            "Shop open Tuesday–Saturday 7–2 at 12 Main St, Northampton; order for pickup by phone the day before.", "#C8823A", "Bread"),
        new(RepCoop, "Wholesale bread for restaurants and cafés", ListingKind.Service, ["Food & bakery"], [Region.WesternMassachusetts],
            "Daily wholesale delivery of bread and rolls.", "Call the bakery.", "#A0622A", "Wholesale", ListingStatus.Returned,
            "Thanks! Could you say which towns you deliver to and the minimum order? Then we'll publish it."),
        new("Deerfield Valley Cafe Cooperative", "Breakfast, lunch and catering", ListingKind.Service, ["Food & bakery"], [Region.SouthernVermont],
            "A worker-owned café on Main Street: eggs from the farm down the road, soups, sandwiches, and catering for meetings of up to 80 people.",
            "Open daily 7–3. Catering: email at least a week ahead.", "#6B8E23", "Café"),
        new("Valley Roots Food Processing Cooperative", "Pickles, kraut and shared kitchen", ListingKind.Product, ["Food & bakery", "Farm & garden"],
            [Region.WesternMassachusetts, Region.SouthernVermont],
            "Lacto-fermented pickles and sauerkraut from local farms' seconds, and a licensed shared kitchen that small producers rent by the hour.",
            "In co-op groceries across the valley; kitchen bookings online.", "#4F7942", "Kraut"),
        new("Quabbin Farm Crew Cooperative", "Farm labor crews", ListingKind.Service, ["Farm & garden"], [Region.WesternMassachusetts],
            "Experienced, fairly paid crews for planting, harvest and wash-pack — by the day or the season.", "Call to book a crew.", "#556B2F", "Harvest"),
        new("Mount Tom Landscaping Cooperative", "Landscaping and stone walls", ListingKind.Service, ["Farm & garden", "Construction & trades"],
            [Region.WesternMassachusetts], "Native plantings, rain gardens, dry-laid stone walls and patios.", "Free estimates from March to November.", "#2E8B57", "Gardens"),
        new("Toolbox Carpentry Cooperative", "Renovation and finish carpentry", ListingKind.Service, ["Construction & trades"], [Region.WesternMassachusetts],
            "Kitchens, porches, built-ins and accessibility renovations, with a licensed builder on every job.", "Email photos of the job for an estimate.", "#8B5A2B", "Carpentry"),
        new("Old Mill Furniture Cooperative", "Handmade hardwood furniture", ListingKind.Product, ["Retail", "Construction & trades"],
            [Region.WesternMassachusetts, Region.SouthernVermont], "Tables, chairs and cabinets from New England hardwoods, built to last generations.",
            "Showroom open Saturdays; commissions year-round.", "#7B3F00", "Furniture"),
        new("Clean Sweep Cleaning Cooperative", "Green office and home cleaning", ListingKind.Service, ["Cleaning"], [Region.WesternMassachusetts],
            "Offices, homes and move-out cleaning with non-toxic products, by a crew that owns the business.", "Call or email for a quote.", "#1E90FF", "Clean"),
        new("Caring Hands Home Care Cooperative", "Home care for elders", ListingKind.Service, ["Care"], [Region.WesternMassachusetts],
            "Companionship, personal care and respite by trained caregivers who own their agency — so they stay, and your family knows them.",
            "Call for a free visit to plan care.", "#B22222", "Care"),
        new("Riverbend Childcare Cooperative", "Infant and toddler care", ListingKind.Service, ["Care"], [Region.SouthernVermont],
            "A licensed, play-based program for children six weeks to five years.", "Join the waitlist by email.", "#DA70D6", "Childcare"),
        new("Kestrel Software Cooperative", "Custom software and web applications", ListingKind.Service, ["Technology"],
            [Region.WesternMassachusetts, Region.SouthernVermont, Region.Elsewhere],
            "Accessible web applications, databases and integrations for nonprofits, co-ops and small businesses.", "Email us about your project.", "#483D8B", "Software"),
        new("Seedling Web Design Cooperative", "Websites for small businesses", ListingKind.Service, ["Technology", "Media & print"],
            [Region.WesternMassachusetts], "Friendly, fast websites and online shops, with training so you can update them yourselves.", "Book a free call.", "#20B2AA", "Web"),
        new("Amherst Tech Repair Workers Cooperative", "Computer and phone repair", ListingKind.Service, ["Technology", "Retail"], [Region.WesternMassachusetts],
            "Screen and battery replacement, data recovery, and refurbished laptops with a one-year warranty.", "Walk in Monday–Saturday 10–6.", "#696969", "Repair"),
        new("Quill & Press Printing Cooperative", "Printing and design", ListingKind.Service, ["Media & print"], [Region.WesternMassachusetts, Region.SouthernVermont],
            "Offset and risograph printing, posters, booklets and union-label printing since 1984.", "Send files by email; pickup or delivery.", "#CD5C5C", "Print"),
        new("Holyoke Translation Cooperative", "Translation and interpretation", ListingKind.Service, ["Professional services"],
            [Region.WesternMassachusetts, Region.Elsewhere], "Spanish, Portuguese and Haitian Creole translation and interpretation for meetings, courts and clinics.",
            "Email the document or the date of your event.", "#4682B4", "Translate"),
        new("Green Mountain Engineering Cooperative", "Engineering and energy audits", ListingKind.Service, ["Professional services", "Energy"],
            [Region.SouthernVermont], "Structural and energy engineering, building audits and permitting.", "Email for a proposal.", "#2F4F4F", "Engineering"),
        new("Sunrise Solar Installers Cooperative, Inc.", "Solar installation", ListingKind.Service, ["Energy", "Construction & trades"],
            [Region.WesternMassachusetts, Region.SouthernVermont], "Rooftop and ground-mounted solar, batteries and heat pumps.",
            "Request a site visit online.", "#FFA500", "Solar"),
        new("Rockingham Solar Cooperative", "Community solar subscriptions", ListingKind.Product, ["Energy"], [Region.SouthernVermont],
            "Subscribe to a share of a community solar array and save on your electric bill.", "Sign up online.", "#FFD700", "Sun", ListingStatus.Submitted),
        new("Hilltown Brewing Workers Cooperative", "Farmhouse ales", ListingKind.Product, ["Food & bakery", "Retail"], [Region.WesternMassachusetts],
            "Small-batch ales brewed with hilltown hops and grain.", "Taproom open Thursday–Sunday.", "#DAA520", "Ales"),
    ];

    private async Task SeedListingsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var staff = new Actor(null, "Sam Staff (demo)");
        for (var i = 0; i < DemoCategories.Length; i++)
        {
            db.ListingCategories.Add(new ListingCategory(DemoCategories[i], (i + 1) * 10));
        }

        await db.SaveChangesAsync(ct);
        var categories = await db.ListingCategories.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var names = DemoListings.Select(l => l.Coop).Distinct().ToList();
        var coops = await db.Cooperatives.Where(c => names.Contains(c.LegalName) && c.Status == MembershipStatus.Active).ToDictionaryAsync(c => c.LegalName, ct);

        var n = 0;
        foreach (var d in DemoListings.Where(d => coops.ContainsKey(d.Coop)))
        {
            var coop = coops[d.Coop];
            var rep = new Actor(null, $"{coop.DisplayName} (demo)");
            var written = now.AddDays(-120 + n);
            var listing = new Listing(coop.Id, new ListingDetails(d.Title, d.Kind, d.Description, d.Categories.Select(c => categories[c]).ToList(),
                d.Regions, d.HowToOrder, coop.Email, coop.Phone, coop.Website, null), rep, written);
            listing.Submit(rep, written);
            if (d.Status == ListingStatus.Published)
            {
                listing.Publish(clock.DateOf(written.AddDays(2)), 365, staff, written.AddDays(2));
            }
            else if (d.Status == ListingStatus.Returned)
            {
                listing.Return(d.Note!, staff, written.AddDays(1));
            }

            db.Listings.Add(listing);
            await db.SaveChangesAsync(ct);
            await ListingIndex.RefreshAsync(db, listing, coop.DisplayName, coop.Town, ct);
            var photo = images.Process(DrawDemoPhoto(d.Color, d.Label));
            var row = Photo.ForListing(listing.Id, 0, $"{d.Label}: {d.Title} by {coop.DisplayName}", photo.Large.Width, photo.Large.Height, photo.Sha256, written);
            db.Photos.Add(row);
            await db.SaveChangesAsync(ct);
            db.PhotoFiles.Add(new PhotoFile(row.Id, PhotoRendition.Large, photo.Large.Bytes, photo.Large.ContentType, photo.Large.Width, photo.Large.Height));
            db.PhotoFiles.Add(new PhotoFile(row.Id, PhotoRendition.Thumbnail, photo.Thumbnail.Bytes, photo.Thumbnail.ContentType, photo.Thumbnail.Width, photo.Thumbnail.Height));
            n++;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A simple 1200×900 picture: a colour field, a sun, rolling hills and a word (demo photos; real ones are uploaded).</summary>
    private static byte[] DrawDemoPhoto(string color, string label)
    {
        using var surface = SKSurface.Create(new SKImageInfo(1200, 900));
        var canvas = surface.Canvas;
        var baseColor = SKColor.Parse(color);
        using (var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, 900), [baseColor.WithAlpha(160), baseColor], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(0, 0, 1200, 900, sky);
        }

        using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(255, 255, 255, 90) };
        canvas.DrawCircle(950, 220, 120, paint);
        paint.Color = new SKColor(0, 0, 0, 60);
        using (var hills = new SKPath())
        {
            hills.MoveTo(0, 700);
            hills.CubicTo(300, 560, 600, 820, 1200, 620);
            hills.LineTo(1200, 900);
            hills.LineTo(0, 900);
            hills.Close();
            canvas.DrawPath(hills, paint);
        }

        using var font = new SKFont(SKTypeface.Default, 150);
        paint.Color = SKColors.White;
        canvas.DrawText(label, 80, 480, SKTextAlign.Left, font, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
