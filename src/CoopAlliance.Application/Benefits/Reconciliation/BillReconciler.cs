using System.Globalization;
using CoopAlliance.Application.Common.Models;

namespace CoopAlliance.Application.Benefits.Reconciliation;

/// <summary>What the alliance expects the carrier to bill for one covered worker in the month.</summary>
public sealed record ExpectedPremium(int CooperativeId, string CoopName, string GroupNumber, int PersonId, string MemberId, string WorkerName, string TierCode, decimal Premium);

public enum DiscrepancyKind
{
    BilledNotEnrolled = 1,
    EnrolledNotBilled = 2,
    PremiumDifference = 3,
    TierDifference = 4,
    BilledTwice = 5,
}

public sealed record Discrepancy(DiscrepancyKind Kind, int? CooperativeId, string? CoopName, string GroupNumber, string MemberId, string? WorkerName,
    string? ExpectedTier, string? BilledTier, decimal Expected, decimal Billed)
{
    public decimal Difference => Billed - Expected;

    public string KindInWords => Kind switch
    {
        DiscrepancyKind.BilledNotEnrolled => "Billed but not enrolled",
        DiscrepancyKind.EnrolledNotBilled => "Enrolled but not billed",
        DiscrepancyKind.PremiumDifference => "Premium differs",
        DiscrepancyKind.TierDifference => "Tier differs",
        _ => "Billed twice",
    };
}

public sealed record CoopReconciliation(int? CooperativeId, string CoopName, string GroupNumber, decimal Expected, decimal Billed, int Discrepancies);

public sealed record ReconciliationResult(int Matched, decimal ExpectedTotal, decimal BilledTotal, IReadOnlyList<Discrepancy> Discrepancies, IReadOnlyList<CoopReconciliation> ByCoop);

/// <summary>
/// Compares a carrier's bill with the elections, subscriber by subscriber (group number and member id, ignoring case,
/// spaces and dashes): who is billed but not enrolled (the carrier bills someone who left), enrolled but not billed
/// (someone may not be covered), billed twice, or billed at another premium or tier. Where alliances lose money.
/// </summary>
public static class BillReconciler
{
    public static ReconciliationResult Compare(IEnumerable<ExpectedPremium> expected, IEnumerable<BilledLine> billed)
    {
        var expectedList = expected.ToList();
        var billedList = billed.ToList();
        var expectedByKey = expectedList.GroupBy(e => Key(e.GroupNumber, e.MemberId)).ToDictionary(g => g.Key, g => g.First());
        var coopByGroup = expectedList.GroupBy(e => Normalize(e.GroupNumber)).ToDictionary(g => g.Key, g => (g.First().CooperativeId, g.First().CoopName));
        var discrepancies = new List<Discrepancy>();
        var matched = 0;
        var seen = new HashSet<string>();
        foreach (var group in billedList.GroupBy(b => Key(b.GroupNumber, b.MemberId)))
        {
            var lines = group.ToList();
            var total = lines.Sum(l => l.Premium);
            var first = lines[0];
            if (!expectedByKey.TryGetValue(group.Key, out var e))
            {
                var coop = coopByGroup.TryGetValue(Normalize(first.GroupNumber), out var c) ? c : ((int?)null, (string?)null);
                discrepancies.Add(new Discrepancy(DiscrepancyKind.BilledNotEnrolled, coop.Item1, coop.Item2, first.GroupNumber, first.MemberId, first.MemberName,
                    null, first.Tier, 0, total));
                continue;
            }

            seen.Add(group.Key);
            if (lines.Count > 1)
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.BilledTwice, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    e.TierCode, first.Tier, e.Premium, total));
                continue;
            }

            var ok = true;
            if (first.Tier is { } tier && !string.Equals(Normalize(tier), Normalize(e.TierCode), StringComparison.Ordinal))
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.TierDifference, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    e.TierCode, tier, e.Premium, total));
                ok = false;
            }

            if (Math.Abs(total - e.Premium) >= 0.005m)
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.PremiumDifference, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    e.TierCode, first.Tier, e.Premium, total));
                ok = false;
            }

            matched += ok ? 1 : 0;
        }

        foreach (var e in expectedList.Where(e => !seen.Contains(Key(e.GroupNumber, e.MemberId))))
        {
            discrepancies.Add(new Discrepancy(DiscrepancyKind.EnrolledNotBilled, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                e.TierCode, null, e.Premium, 0));
        }

        var ordered = discrepancies.OrderBy(d => d.CoopName ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(d => d.WorkerName ?? d.MemberId, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.MemberId, StringComparer.Ordinal).ThenBy(d => d.Kind).ToList();
        var byCoop = expectedList.Select(e => (Group: Normalize(e.GroupNumber), e.GroupNumber, Id: (int?)e.CooperativeId, Name: e.CoopName, e.Premium, Billed: 0m))
            .Concat(billedList.Select(b => (Group: Normalize(b.GroupNumber), b.GroupNumber,
                Id: coopByGroup.TryGetValue(Normalize(b.GroupNumber), out var c) ? (int?)c.CooperativeId : null,
                Name: coopByGroup.TryGetValue(Normalize(b.GroupNumber), out var n) ? n.CoopName : $"Unknown group {b.GroupNumber}", Premium: 0m, Billed: b.Premium)))
            .GroupBy(x => x.Group)
            .Select(g => new CoopReconciliation(g.First().Id, g.First().Name, g.First().GroupNumber, g.Sum(x => x.Premium), g.Sum(x => x.Billed),
                ordered.Count(d => Normalize(d.GroupNumber) == g.Key)))
            .OrderBy(c => c.CoopName, StringComparer.OrdinalIgnoreCase).ToList();
        return new ReconciliationResult(matched, expectedList.Sum(e => e.Premium), billedList.Sum(b => b.Premium), ordered, byCoop);
    }

    private static string Key(string group, string memberId) => Normalize(group) + "|" + Normalize(memberId);

    /// <summary>Upper case without spaces or dashes: "ca-000 123" and "CA000123" are the same id.</summary>
    public static string Normalize(string value) =>
        new string(value.Where(ch => !char.IsWhiteSpace(ch) && ch != '-').Select(char.ToUpperInvariant).ToArray());
}

/// <summary>The downloadable discrepancy report: one line per discrepancy, amounts with two decimals.</summary>
public static class DiscrepancyReport
{
    public static string Csv(ReconciliationResult result)
    {
        var csv = new CsvBuilder().Row("What", "Co-op", "Group number", "Member id", "Worker", "Expected tier", "Billed tier", "Expected", "Billed", "Difference");
        foreach (var d in result.Discrepancies)
        {
            csv.Row(d.KindInWords, d.CoopName ?? "(unknown group)", d.GroupNumber, d.MemberId, d.WorkerName, d.ExpectedTier, d.BilledTier,
                Amount(d.Expected), Amount(d.Billed), Amount(d.Difference));
        }

        return csv.ToString();
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
