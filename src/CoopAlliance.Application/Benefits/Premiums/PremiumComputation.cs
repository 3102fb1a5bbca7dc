using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Premiums;

/// <summary>A co-op a premium run considers: one with an approved participation in a plan year covering the month.</summary>
public sealed record PremiumCoop(int Id, string Name);

/// <summary>How many of a co-op's workers are covered at one tier of one plan year on the month's first day.</summary>
public sealed record CoveredWorkers(int CooperativeId, int PlanYearId, CoverageTier Tier, int Workers);

/// <summary>One row of <see cref="PremiumComputation.CoveredQuery"/>.</summary>
public sealed class CoveredGroup
{
    public int CooperativeId { get; init; }
    public int PlanYearId { get; init; }
    public CoverageTier? Tier { get; init; }
    public int Workers { get; init; }
}

/// <summary>What a batch's premium invoices are computed from: the co-ops' participations and their covered workers by tier.</summary>
public sealed record PremiumFacts(IReadOnlyDictionary<(int CoopId, int PlanYearId), CoopParticipation> Participations, ILookup<int, CoveredWorkers> Covered);

/// <summary>
/// What the premium run shares with its benchmark: who is billed for a month and for what. A worker is billed for month M
/// when the election in force on M's first day (<see cref="Election.InForceOn"/>) covers that day (<see cref="Election.Covers"/>):
/// coverage that ended last month is not billed, coverage starting on the 1st is billed from that month. The alliance bills
/// the co-op the full premium; the lines show the co-op's and the workers' shares, and the co-op collects the workers'
/// shares through payroll.
/// </summary>
public static class PremiumComputation
{
    /// <summary>The plan years (with their plans) that cover a day: a handful, read once per run.</summary>
    public static Task<List<PlanYear>> YearsOnAsync(IAppDbContext db, DateOnly day, CancellationToken ct) =>
        db.PlanYears.AsNoTracking().Include(y => y.Plan).Where(y => y.StartsOn <= day && y.EndsOn >= day).ToListAsync(ct);

    public static IQueryable<Domain.Cooperatives.Cooperative> Participating(IAppDbContext db, IReadOnlyCollection<int> yearIds, DateOnly day) =>
        db.Cooperatives.AsNoTracking().Where(c => db.CoopParticipations.Any(p =>
            p.CooperativeId == c.Id && p.Status == ParticipationStatus.Approved && p.From <= day && yearIds.Contains(p.PlanYearId)));

    public static Task<List<PremiumCoop>> BatchAsync(IAppDbContext db, IReadOnlyCollection<int> yearIds, DateOnly day, int afterId, int size, CancellationToken ct) =>
        Participating(db, yearIds, day).Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(size)
            .Select(c => new PremiumCoop(c.Id, c.TradeName ?? c.LegalName)).ToListAsync(ct);

    /// <summary>
    /// A batch's facts in two set-based queries over its id range (no query per co-op or worker): the participations, and
    /// the covered workers counted by co-op, plan year and tier in the database. The election in force on the day is the
    /// latest recorded row effective by then — the rule of <see cref="Election.InForceOn"/>, written as "no later row".
    /// </summary>
    public static async Task<PremiumFacts> FactsAsync(IAppDbContext db, IReadOnlyCollection<int> yearIds, DateOnly day, IReadOnlyList<PremiumCoop> coops,
        CancellationToken ct)
    {
        if (coops.Count == 0)
        {
            return new PremiumFacts(new Dictionary<(int, int), CoopParticipation>(), Array.Empty<CoveredWorkers>().ToLookup(c => c.CooperativeId));
        }

        var (first, last) = (coops[0].Id, coops[^1].Id);
        var participations = await db.CoopParticipations.AsNoTracking()
            .Where(p => p.CooperativeId >= first && p.CooperativeId <= last && p.Status == ParticipationStatus.Approved && p.From <= day
                        && yearIds.Contains(p.PlanYearId))
            .ToListAsync(ct);
        var covered = await CoveredQuery(db, yearIds, day, first, last).ToListAsync(ct);
        return new PremiumFacts(participations.ToDictionary(p => (p.CooperativeId, p.PlanYearId)),
            covered.Select(c => new CoveredWorkers(c.CooperativeId, c.PlanYearId, c.Tier!.Value, c.Workers)).ToLookup(c => c.CooperativeId));
    }

    /// <summary>A co-op id range's covered workers on a day, counted by co-op, plan year and tier in the database.</summary>
    public static IQueryable<CoveredGroup> CoveredQuery(IAppDbContext db, IReadOnlyCollection<int> yearIds, DateOnly day, int first, int last) =>
        db.Elections.AsNoTracking()
            .Where(e => e.CooperativeId >= first && e.CooperativeId <= last && yearIds.Contains(e.PlanYearId) && e.EffectiveOn <= day
                        && e.Choice == ElectionChoice.Enroll && e.Tier != null && (e.EndsOn == null || e.EndsOn >= day)
                        && !db.Elections.Any(l => l.MemberId == e.MemberId && l.PlanYearId == e.PlanYearId && l.EffectiveOn <= day
                                                  && (l.RecordedAt > e.RecordedAt || (l.RecordedAt == e.RecordedAt && l.Id > e.Id))))
            .GroupBy(e => new { e.CooperativeId, e.PlanYearId, e.Tier })
            .Select(g => new CoveredGroup { CooperativeId = g.Key.CooperativeId, PlanYearId = g.Key.PlanYearId, Tier = g.Key.Tier, Workers = g.Count() });

    /// <summary>
    /// Each co-op's premium invoice (Draft null and Error null: no worker covered that month, so no invoice). One line per
    /// plan and tier — "Health Plus — 3 × Worker only at $512.00: co-op pays $409.60, workers $102.40 each" for 3 × $512.00
    /// — and a last line, of no amount, saying who pays what: the total is the full premium, which the co-op owes.
    /// </summary>
    public static Dictionary<int, (InvoiceDraft? Draft, string? Error)> Compute(IReadOnlyDictionary<int, PlanYear> years, IReadOnlyList<PremiumCoop> coops,
        PremiumFacts facts)
    {
        var drafts = new Dictionary<int, (InvoiceDraft? Draft, string? Error)>(coops.Count);
        foreach (var coop in coops)
        {
            var groups = facts.Covered[coop.Id]
                .Where(c => years.ContainsKey(c.PlanYearId) && facts.Participations.ContainsKey((coop.Id, c.PlanYearId)))
                .OrderBy(c => years[c.PlanYearId].Plan.Name, StringComparer.Ordinal).ThenBy(c => c.Tier).ToList();
            if (groups.Count == 0)
            {
                drafts[coop.Id] = (null, null);
                continue;
            }

            var lines = new List<InvoiceLine>(groups.Count + 1);
            decimal total = 0, coopShare = 0, workerShare = 0;
            string? error = null;
            foreach (var g in groups)
            {
                var year = years[g.PlanYearId];
                if (!year.Offers(g.Tier))
                {
                    error = $"{year.Plan.Name} has no {g.Tier.Describe().ToLowerInvariant()} premium for the plan year starting {year.StartsOn:MMMM d, yyyy}.";
                    break;
                }

                var split = facts.Participations[(coop.Id, g.PlanYearId)].Split(year.PremiumFor(g.Tier), g.Tier);
                var amount = split.Premium * g.Workers;
                lines.Add(new InvoiceLine($"{year.Plan.Name} — {g.Workers} × {g.Tier.Describe()} at {Money.Format(split.Premium)}: co-op pays " +
                                          $"{Money.Format(split.CoopShare)}, {(g.Workers == 1 ? "worker" : "workers")} {Money.Format(split.WorkerShare)} each", amount));
                total += amount;
                coopShare += split.CoopShare * g.Workers;
                workerShare += split.WorkerShare * g.Workers;
            }

            if (error is not null)
            {
                drafts[coop.Id] = (null, error);
                continue;
            }

            lines.Add(new InvoiceLine($"The co-op pays the alliance the full premiums: its own share of {Money.Format(coopShare)} and the workers' shares of " +
                                      $"{Money.Format(workerShare)}, which it collects through payroll.", 0));
            drafts[coop.Id] = (new InvoiceDraft(lines, total), null);
        }

        return drafts;
    }
}
