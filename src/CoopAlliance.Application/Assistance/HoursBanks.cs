using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Assistance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>A co-op's hours bank for the fiscal year containing a day: granted by tier, minus subsidized hours logged.</summary>
public sealed class HoursBanks(IAppDbContext db, IOptions<AssistanceOptions> options)
{
    public async Task<HoursBank> ForAsync(int coopId, DateOnly day, CancellationToken ct)
    {
        var o = options.Value;
        var year = FiscalYear.Containing(day, o.FiscalYearStartMonth);
        var band = await db.Cooperatives.Where(c => c.Id == coopId).Select(c => (Domain.Cooperatives.RevenueBand?)c.RevenueBand)
                       .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Co-op", coopId);
        // Summed here: SQLite stores decimals as text and cannot add them up exactly.
        var hours = await db.TimeEntries
            .Where(t => t.CooperativeId == coopId && t.Billing == Billing.Subsidized && t.WorkedOn >= year.Start && t.WorkedOn <= year.End)
            .Select(t => t.Hours).ToListAsync(ct);
        return new HoursBank(year, o.SubsidizedHoursFor(band.ToString()), hours.Sum());
    }

    /// <summary>
    /// Flags the request for staff approval when subsidized hours — logged, or still expected from the triage
    /// estimate — would take the co-op past its bank. Returns whether it flagged.
    /// </summary>
    public static bool FlagIfBeyondBank(AssistanceRequest request, HoursBank bank, decimal moreHours,
        Domain.Cooperatives.Actor by, DateTimeOffset at)
    {
        if (moreHours <= 0 || !bank.WouldExceed(moreHours))
        {
            return false;
        }

        return request.FlagForHoursApproval(
            $"{moreHours:0.##} more subsidized hours would pass the co-op's {bank.Year.Name} hours bank ({bank.Remaining:0.##} of {bank.Granted:0.##} left).",
            by, at);
    }
}
