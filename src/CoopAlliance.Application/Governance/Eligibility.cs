using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Governance;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>The co-ops in good standing on a record date (<see cref="RecordDateStanding"/>), read from the database.</summary>
public static class Eligibility
{
    public static async Task<List<int>> CoopsInGoodStandingAsync(IAppDbContext db, AllianceClock clock, int graceDays, DateOnly recordDate, CancellationToken ct)
    {
        // Only a co-op that has ever been active can have been active on the record date.
        var histories = (await db.MembershipChanges.AsNoTracking()
            .Where(h => db.MembershipChanges.Any(a => a.CooperativeId == h.CooperativeId && a.To == MembershipStatus.Active))
            .ToListAsync(ct)).GroupBy(h => h.CooperativeId);
        var active = histories.Where(g => RecordDateStanding.StatusOn(g, recordDate, clock.DateOf) == MembershipStatus.Active).Select(g => g.Key).ToList();
        var accounts = await DuesLedger.LoadAccountsAsOfAsync(db, active, recordDate, ct);
        return active.Where(id => RecordDateStanding.IsInGoodStanding(MembershipStatus.Active, accounts[id], graceDays)).Order().ToList();
    }
}
