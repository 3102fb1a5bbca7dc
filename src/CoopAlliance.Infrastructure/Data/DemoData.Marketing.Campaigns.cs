using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Joint campaigns: next October's Co-op Month open for joining (four co-ops in, the rep's co-op not yet — it can join
/// from My co-op), and a holiday ad campaign whose deadline passed weeks ago, charged by the same charge the daily job
/// runs, so the participants' shares are on their accounts and statements beside their dues.
/// </summary>
public sealed partial class DemoData
{
    private static readonly string[] OpenCampaignCoops =
        ["Sunrise Solar Installers Cooperative, Inc.", "Kestrel Software Cooperative", "Green Mountain Engineering Cooperative", "Caring Hands Home Care Cooperative"];

    private static readonly string[] PastCampaignCoops = [RepCoop, "Quill & Press Printing Cooperative", "Clean Sweep Cleaning Cooperative"];

    private async Task SeedCampaignsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var staff = new Actor(null, "Sam Staff (demo)");
        var coops = await db.Cooperatives.Where(c => OpenCampaignCoops.Contains(c.LegalName) || PastCampaignCoops.Contains(c.LegalName))
            .ToDictionaryAsync(c => c.LegalName, ct);

        var year = today.Month >= 9 ? today.Year + 1 : today.Year;
        var coopMonth = new Campaign(new CampaignDetails($"Co-op Month {year}",
            "October is Co-op Month: shared radio spots, bus-shelter posters and a printed guide to member co-ops handed out at the farmers' markets.",
            new DateOnly(year, 10, 1), new DateOnly(year, 10, 31), new DateOnly(year, 9, 15), 3000m, CostSharing.ByWorkerCount, [],
            [Region.WesternMassachusetts, Region.SouthernVermont]), staff, now);
        foreach (var name in OpenCampaignCoops)
        {
            coopMonth.Join(coops[name].Id, coops[name].Status, today, staff, now);
        }

        var pastJoinBy = today.AddDays(-40);
        var holiday = new Campaign(new CampaignDetails($"Buy Co-op for the Holidays {pastJoinBy.Year}",
            "A \"buy co-op\" ad in the Valley Advocate and the Brattleboro Reformer for the holiday season.",
            pastJoinBy.AddDays(5), today.AddDays(-5), pastJoinBy, 1200m, CostSharing.Equally, [], [Region.WesternMassachusetts]), staff, now.AddDays(-60));
        foreach (var name in PastCampaignCoops)
        {
            holiday.Join(coops[name].Id, coops[name].Status, pastJoinBy, staff, now.AddDays(-50));
        }

        db.Campaigns.AddRange(coopMonth, holiday);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // The day after the holiday campaign's deadline, as the daily job would have done it then.
        await new ChargeDueCampaignsHandler(db, clock, NullLogger<ChargeDueCampaignsHandler>.Instance)
            .Handle(new ChargeDueCampaigns(pastJoinBy.AddDays(1)), ct);
    }
}
