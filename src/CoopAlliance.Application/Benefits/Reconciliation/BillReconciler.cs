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
        // A subscriber can be expected more than once under one group (medical and dental from the same carrier): the
        // carrier may bill one line per election or one line for all, so lines are compared with the elections' sum.
        var expectedByKey = expectedList.GroupBy(e => Key(e.GroupNumber, e.MemberId)).ToDictionary(g => g.Key, g => g.ToList());
        var coopByGroup = expectedList.GroupBy(e => Normalize(e.GroupNumber)).ToDictionary(g => g.Key, g => (g.First().CooperativeId, g.First().CoopName));
        var discrepancies = new List<Discrepancy>();
        var matched = 0;
        var seen = new HashSet<string>();
        foreach (var group in billedList.GroupBy(b => Key(b.GroupNumber, b.MemberId)))
        {
            var lines = group.ToList();
            var total = lines.Sum(l => l.Premium);
            var first = lines[0];
            var billedTier = Tiers(lines.Select(l => l.Tier));
            if (!expectedByKey.TryGetValue(group.Key, out var elections))
            {
                var coop = coopByGroup.TryGetValue(Normalize(first.GroupNumber), out var c) ? c : ((int?)null, (string?)null);
                discrepancies.Add(new Discrepancy(DiscrepancyKind.BilledNotEnrolled, coop.Item1, coop.Item2, first.GroupNumber, first.MemberId, first.MemberName,
                    null, billedTier, 0, total));
                continue;
            }

            seen.Add(group.Key);
            var e = elections[0];
            var expectedPremium = elections.Sum(x => x.Premium);
            var expectedTier = Tiers(elections.Select(x => x.TierCode));
            if (lines.Count > elections.Count)
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.BilledTwice, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    expectedTier, billedTier, expectedPremium, total));
                continue;
            }

            var ok = true;
            // Tiers are compared only where the bill gives one on every line, line for election; the amount is checked apart.
            if (lines.Count == elections.Count && lines.All(l => l.Tier is not null)
                && !lines.Select(l => Normalize(l.Tier!)).Order(StringComparer.Ordinal)
                    .SequenceEqual(elections.Select(x => Normalize(x.TierCode)).Order(StringComparer.Ordinal)))
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.TierDifference, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    expectedTier, billedTier, expectedPremium, total));
                ok = false;
            }

            if (Math.Abs(total - expectedPremium) > HalfACent)
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.PremiumDifference, e.CooperativeId, e.CoopName, e.GroupNumber, e.MemberId, e.WorkerName,
                    expectedTier, billedTier, expectedPremium, total));
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

    /// <summary>A carrier rounding a split premium the other way is not a discrepancy; a cent is.</summary>
    private const decimal HalfACent = 0.005m;

    private static string? Tiers(IEnumerable<string?> tiers) =>
        string.Join("/", tiers.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)) is { Length: > 0 } joined ? joined : null;

    private static string Key(string group, string memberId) => Normalize(group) + "|" + Normalize(memberId);

    /// <summary>Upper case without spaces or dashes: "ca-000 123" and "CA000123" are the same id.</summary>
    public static string Normalize(string value) =>
        new string(value.Where(ch => !char.IsWhiteSpace(ch) && ch != '-').Select(char.ToUpperInvariant).ToArray());
}

/// <summary>
/// The downloadable discrepancy report: a header, then one line per discrepancy with amounts to two decimals and
/// nothing after (the page shows the totals). Cells a spreadsheet would run as a formula are escaped, since names and
/// ids come from the carrier's file.
/// </summary>
public static class DiscrepancyReport
{
    public static async Task WriteCsvAsync(TextWriter output, ReconciliationResult result, CancellationToken ct)
    {
        await output.WriteAsync(new CsvBuilder()
            .Row("What", "Co-op", "Group number", "Member id", "Worker", "Expected tier", "Billed tier", "Expected", "Billed", "Difference")
            .ToString().AsMemory(), ct);
        foreach (var d in result.Discrepancies)
        {
            var line = new CsvBuilder().Row(d.KindInWords, d.CoopName ?? "(unknown group)", d.GroupNumber, d.MemberId, d.WorkerName,
                d.ExpectedTier, d.BilledTier, Amount(d.Expected), Amount(d.Billed), Amount(d.Difference));
            await output.WriteAsync(line.ToString().AsMemory(), ct);
        }

        await output.FlushAsync(ct);
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
