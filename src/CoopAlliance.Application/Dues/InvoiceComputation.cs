using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>A co-op a run considers, with what its dues depend on.</summary>
public sealed record BillableCoop(int Id, string Name, CoopKind Kind, DateOnly? MemberSince, int WorkerOwners)
{
    public DuesMember Member => new(Id, Kind, MemberSince);
}

/// <summary>
/// What a run and its preview share: which co-ops are billed for a period (members in good standing or lapsed
/// whose membership began by the end of the period) and the facts their invoices are computed from.
/// </summary>
public static class InvoiceComputation
{
    public static IQueryable<Cooperative> Billable(IAppDbContext db, BillingPeriod period) =>
        db.Cooperatives.AsNoTracking().Where(c =>
            (c.Status == MembershipStatus.Active || c.Status == MembershipStatus.Lapsed) && (c.MemberSince == null || c.MemberSince <= period.End));

    public static Task<List<BillableCoop>> BatchAsync(IAppDbContext db, BillingPeriod period, int afterId, int size, CancellationToken ct) =>
        Billable(db, period).Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(size)
            .Select(c => new BillableCoop(c.Id, c.TradeName ?? c.LegalName, c.Kind, c.MemberSince, c.WorkerOwners))
            .ToListAsync(ct);

    public static async Task<PolicyAndPeriod> PolicyForAsync(IAppDbContext db, string periodKey, CancellationToken ct)
    {
        var period = BillingPeriod.Parse(periodKey);
        var policies = await db.DuesPolicies.AsNoTracking().ToListAsync(ct);
        var policy = DuesPolicy.InForce(policies, period)
                     ?? throw new Domain.Common.DomainRuleException(
                         $"No {period.Frequency.Describe()} dues policy is in force for {period.Describe()}; add one that takes effect by {period.Start:MMMM d, yyyy}.");
        return new PolicyAndPeriod(policy, period);
    }

    /// <summary>The drafts for a batch of co-ops (Draft null where a co-op owes nothing for the period; Error when it could not be computed).</summary>
    public static async Task<Dictionary<int, (InvoiceDraft? Draft, string? Error)>> ComputeAsync(IAppDbContext db, PolicyAndPeriod pp, IReadOnlyList<BillableCoop> coops,
        CancellationToken ct) =>
        Compute(pp, coops, await FactsAsync(db, pp, coops, ct));

    /// <summary>What a batch's invoices are computed from besides the co-ops themselves: their latest self-reports and hardship reductions.</summary>
    public static async Task<BatchFacts> FactsAsync(IAppDbContext db, PolicyAndPeriod pp, IReadOnlyList<BillableCoop> coops, CancellationToken ct)
    {
        if (coops.Count == 0)
        {
            return new BatchFacts([], Enumerable.Empty<HardshipReduction>().ToLookup(h => h.CooperativeId));
        }

        // A batch is a run of ids in order, so its facts are read by id range (an index range scan), not a list of ids.
        var (first, last) = (coops.Min(c => c.Id), coops.Max(c => c.Id));
        var year = pp.Period.Start.Year;
        var start = pp.Period.Start;
        // Only the figures a scheme needs, not whole reports: this is read for thousands of co-ops per batch.
        var reports = (await db.DuesSelfReports.AsNoTracking()
                .Where(r => r.CooperativeId >= first && r.CooperativeId <= last && r.Year <= year)
                .Select(r => new ReportedFigures(r.CooperativeId, r.Year, r.Wages, r.Revenue, r.WorkerOwners)).ToListAsync(ct))
            .GroupBy(r => r.CooperativeId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Year)!);
        var hardships = (await db.HardshipReductions.AsNoTracking()
                .Where(h => h.CooperativeId >= first && h.CooperativeId <= last && h.From <= start && h.To >= start).ToListAsync(ct))
            .ToLookup(h => h.CooperativeId);
        return new BatchFacts(reports, hardships);
    }

    /// <summary>
    /// The drafts, from facts already read: touches no database and changes nothing it is given, so a run computes the
    /// next batch on another thread while this one is written.
    /// </summary>
    public static Dictionary<int, (InvoiceDraft? Draft, string? Error)> Compute(PolicyAndPeriod pp, IReadOnlyList<BillableCoop> coops, BatchFacts facts)
    {
        var calculator = DuesCalculator.For(pp.Policy, pp.Period);
        var drafts = new Dictionary<int, (InvoiceDraft? Draft, string? Error)>(coops.Count);
        foreach (var coop in coops)
        {
            drafts[coop.Id] = Compute(calculator, coop, facts.Reports.GetValueOrDefault(coop.Id), facts.Hardships[coop.Id]);
        }

        return drafts;
    }

    private static DuesFigures Figures(BillableCoop coop, ReportedFigures? r) =>
        r is null ? DuesFigures.For(coop.WorkerOwners, null) : DuesFigures.For(coop.WorkerOwners, r.Year, r.Wages, r.Revenue, r.WorkerOwners);

    public sealed record BatchFacts(Dictionary<int, ReportedFigures> Reports, ILookup<int, HardshipReduction> Hardships);

    public sealed record ReportedFigures(int CooperativeId, int Year, decimal? Wages, decimal? Revenue, int? WorkerOwners);

    private static (InvoiceDraft? Draft, string? Error) Compute(DuesCalculator.Calculator calculator, BillableCoop coop, ReportedFigures? report,
        IEnumerable<HardshipReduction> hardships)
    {
        try
        {
            return (calculator.Compute(coop.Member, Figures(coop, report), hardships), null);
        }
        catch (Exception ex) when (ex is Domain.Common.DomainRuleException or InvalidOperationException or OverflowException)
        {
            return (null, ex.Message);
        }
    }
}

public sealed record PolicyAndPeriod(DuesPolicy Policy, BillingPeriod Period);
