using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Conversions: a Greenfield bakery whose owner retires, at the valuation stage with notes from each stage; a print
/// shop after the first conversation; a hardware store that did not convert (the owner sold to a chain); and the
/// Amherst bike shop, converted, linked to the mentoring pipeline's conversion project. Built through the domain's own
/// constructors and methods; skipped when any conversion exists.
/// </summary>
public sealed partial class DemoData
{
    private async Task SeedConversionsAsync(CancellationToken ct)
    {
        if (await db.Conversions.AnyAsync(ct))
        {
            return;
        }

        var now = clock.UtcNow;
        var today = clock.Today;
        var staff = new Actor(null, "Sam Staff (demo)");

        Conversion Add(ConversionProfile profile, int daysAgo, int untilDaysAgo, params (ConversionStage Stage, string? Note, string? Comment)[] path)
        {
            var c = new Conversion(profile, staff, now.AddDays(-daysAgo));
            var day = daysAgo;
            foreach (var (stage, note, comment) in path)
            {
                day -= Math.Max(1, (daysAgo - untilDaysAgo) / path.Length);
                if (comment is not null)
                {
                    c.AddNote(comment, staff, now.AddDays(-day - 1));
                }

                c.MoveTo(stage, note, staff, now.AddDays(-day));
            }

            db.Conversions.Add(c);
            return c;
        }

        Add(new ConversionProfile("Main Street Bakery", "Bakery", Region.WesternMassachusetts, "Greenfield", "MA", "Ruth Okafor",
                "ruth@mainstreetbakery.example", "413-555-0142", ConversionReason.Retiring, today.AddMonths(10),
                "Ruth wants to retire after next summer's season and would rather sell to her bakers than close.", 412_500m,
                [
                    new("Ana Silva", "Head baker", "ana.silva@example.coop", true),
                    new("Marcus Lee", "Baker", "marcus.lee@example.coop", true),
                    new("Priya Nair", "Counter and orders", null, true),
                    new("Tom Becker", "Delivery driver", null, false),
                    new("Lucia Ramos", "Pastry", "lucia.ramos@example.coop", true),
                ]),
            150, 12,
            (ConversionStage.FirstConversation, "Met Ruth at the bakery", "Referred by the Franklin County business center."),
            (ConversionStage.Feasibility, null, "Ruth is open to seller financing for part of the price."),
            (ConversionStage.Valuation, "Feasibility study done: the bakery is steadily profitable", "Four of five workers want to buy in."))
            .AddNote("Valuation firm engaged; report expected within six weeks.", staff, now.AddDays(-5));

        Add(new ConversionProfile("Valley Print Shop", "Printing", Region.WesternMassachusetts, "Northampton", "MA", "Gary Whitfield",
                "gary@valleyprint.example", null, ConversionReason.Retiring, today.AddMonths(18), "No date fixed; Gary is 67.", null,
                [
                    new("Jen Morales", "Press operator", "jen.morales@example.coop", true),
                    new("Dev Patel", "Designer", null, false),
                ]),
            40, 20,
            (ConversionStage.FirstConversation, "First meeting with Gary and the two workers", "Gary asked about the tax benefits of selling to an ESOP or a co-op."));

        Add(new ConversionProfile("Hilltop Hardware", "Retail", Region.SouthernVermont, "Brattleboro", "VT", "Walt Simmons", null, "802-555-0177",
                ConversionReason.Closing, null, null, null, [new("Kay Dunn", "Floor staff", null, false)]),
            200, 120,
            (ConversionStage.FirstConversation, null, null),
            (ConversionStage.NotConverted, "The owner sold the building and stock to a regional chain; the workers were not ready to buy.", null));

        var bikes = await db.DevelopingCoops.FirstOrDefaultAsync(c => c.Name == "Amherst Bike Repair Conversion", ct);
        if (bikes is not null && !await db.Conversions.AnyAsync(c => c.DevelopingCoopId == bikes.Id, ct))
        {
            var shop = Add(new ConversionProfile("Amherst Bike Repair", "Retail", Region.WesternMassachusetts, "Amherst", "MA", "Hal Brennan",
                    "hal@amherstbikes.example", null, ConversionReason.Retiring, today.AddMonths(4), "Hal retires at the end of the riding season.", 180_000m,
                    [
                        new("Jordan Reyes", "Lead mechanic", "jordan@example.coop", true),
                        new("Sky Thompson", "Mechanic", null, true),
                        new("Rae Kim", "Sales", null, true),
                    ]),
                160, 64,
                (ConversionStage.FirstConversation, null, null),
                (ConversionStage.Feasibility, null, null),
                (ConversionStage.Valuation, null, "Valued by a local appraiser; Hal accepted the figure."),
                (ConversionStage.BuyInPlan, "Loan fund application planned for the buy-in", null));
            shop.MarkConverted(bikes.Id, staff, now.AddDays(-60));
        }

        await db.SaveChangesAsync(ct);
    }
}
