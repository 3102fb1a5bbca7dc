using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Network;

public sealed record NetworkCoop(int Id, string Name, Region Region, string? Sector);

public sealed record NetworkOrganization(int Id, string Name, OrganizationKind Kind, Region Region, string? Offers);

public sealed record NetworkTie(int Id, int CooperativeId, TieDirection Direction, int? CounterpartCoopId, int? CounterpartOrganizationId, string What,
    decimal? EstimatedAnnualAmount);

/// <summary>
/// One flow of goods or services inside the network, seller → buyer. A flow between two member co-ops may have been
/// recorded by both (A "sells bread to" B and B "buys bread from" A): it is one flow, made of both ties.
/// </summary>
public sealed record NetworkFlow(int SellerId, bool SellerIsCoop, int BuyerId, bool BuyerIsCoop, string What, decimal? Amount, IReadOnlyList<int> TieIds);

public sealed record IntroductionSuggestion(int CoopId, string CoopName, string IntroduceTo, bool IsCoop, int IntroduceToId, string Why);

public sealed record NetworkFiguresResult(
    int MemberCoops,
    int CoopsWithTies,
    decimal ShareWithTies,
    decimal MoneyCirculating,
    int Flows,
    IReadOnlyList<NetworkFlow> FlowList,
    IReadOnlyList<NetworkCoop> CoopsWithoutTies,
    IReadOnlyList<IntroductionSuggestion> Suggestions);

/// <summary>
/// The network's figures, computed from the active member co-ops, the allied organisations and the ties the reps recorded.
/// <list type="bullet">
/// <item>A <b>supply tie</b> is any tie, buying or selling. A member co-op "has a tie" when it recorded one or another
/// member co-op named it as its counterpart. Ties recorded by, or naming, a co-op that is not an active member are left out.</item>
/// <item><b>De-duplication</b>: every tie is turned into a flow seller → buyer (a "sells" tie: the recording co-op sells; a
/// "buys" tie: the counterpart sells). Two ties between member co-ops that give the same seller, buyer and "what" (ignoring
/// case and surrounding spaces) are one flow. Its amount is the seller's estimate when it gave one, else the buyer's.
/// Ties with an allied organisation are recorded by one side only, so each is its own flow.</item>
/// <item><b>Money circulating</b>: the sum of the flows' yearly amounts (a flow without an amount adds nothing).</item>
/// <item><b>Introductions</b>: for each co-op with no tie, up to three in its region it could buy from — member co-ops that
/// already sell inside the network (most customers first) and allied organisations with something on offer.</item>
/// </list>
/// </summary>
public static class NetworkFigures
{
    public const int SuggestionsPerCoop = 3;

    public static NetworkFiguresResult Compute(IReadOnlyCollection<NetworkCoop> members, IReadOnlyCollection<NetworkOrganization> organizations,
        IReadOnlyCollection<NetworkTie> ties)
    {
        var memberIds = members.Select(c => c.Id).ToHashSet();
        var orgIds = organizations.Select(o => o.Id).ToHashSet();
        var inside = ties.Where(t => memberIds.Contains(t.CooperativeId) &&
                                     (t.CounterpartCoopId is { } c ? memberIds.Contains(c) : t.CounterpartOrganizationId is { } o && orgIds.Contains(o)))
            .ToList();

        var flows = Flows(inside);
        var tied = inside.Select(t => t.CooperativeId).Concat(inside.Where(t => t.CounterpartCoopId is not null).Select(t => t.CounterpartCoopId!.Value)).ToHashSet();
        var untied = members.Where(c => !tied.Contains(c.Id)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var money = flows.Sum(f => f.Amount ?? 0m);
        var share = members.Count == 0 ? 0m : Math.Round((decimal)tied.Count / members.Count, 4, MidpointRounding.AwayFromZero);

        return new NetworkFiguresResult(members.Count, tied.Count, share, money, flows.Count, flows, untied, Suggest(untied, members, organizations, flows));
    }

    public static IReadOnlyList<NetworkFlow> Flows(IEnumerable<NetworkTie> ties)
    {
        var flows = new List<NetworkFlow>();
        var byKey = new Dictionary<(int Seller, int Buyer, string What), int>();
        foreach (var t in ties.OrderBy(t => t.Id))
        {
            var what = t.What.Trim();
            if (t.CounterpartCoopId is { } other)
            {
                var (seller, buyer) = t.Direction == TieDirection.Sells ? (t.CooperativeId, other) : (other, t.CooperativeId);
                var key = (seller, buyer, what.ToUpperInvariant());
                if (byKey.TryGetValue(key, out var index))
                {
                    var existing = flows[index];
                    // The seller's figure wins; the buyer's fills in when the seller gave none.
                    var amount = t.Direction == TieDirection.Sells ? t.EstimatedAnnualAmount ?? existing.Amount : existing.Amount ?? t.EstimatedAnnualAmount;
                    flows[index] = existing with { Amount = amount, TieIds = [.. existing.TieIds, t.Id] };
                    continue;
                }

                byKey[key] = flows.Count;
                flows.Add(new NetworkFlow(seller, true, buyer, true, what, t.EstimatedAnnualAmount, [t.Id]));
            }
            else if (t.CounterpartOrganizationId is { } org)
            {
                flows.Add(t.Direction == TieDirection.Sells
                    ? new NetworkFlow(t.CooperativeId, true, org, false, what, t.EstimatedAnnualAmount, [t.Id])
                    : new NetworkFlow(org, false, t.CooperativeId, true, what, t.EstimatedAnnualAmount, [t.Id]));
            }
        }

        return flows;
    }

    private static List<IntroductionSuggestion> Suggest(IReadOnlyList<NetworkCoop> untied, IReadOnlyCollection<NetworkCoop> members,
        IReadOnlyCollection<NetworkOrganization> organizations, IReadOnlyList<NetworkFlow> flows)
    {
        var sellers = flows.Where(f => f.SellerIsCoop)
            .GroupBy(f => f.SellerId)
            .Select(g => (Id: g.Key, Customers: g.Select(f => (f.BuyerId, f.BuyerIsCoop)).Distinct().Count(),
                What: string.Join(", ", g.Select(f => f.What).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase))))
            .ToDictionary(s => s.Id);
        var result = new List<IntroductionSuggestion>();
        foreach (var coop in untied)
        {
            var fromCoops = members.Where(m => m.Region == coop.Region && sellers.ContainsKey(m.Id))
                .OrderByDescending(m => sellers[m.Id].Customers).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .Select(m => new IntroductionSuggestion(coop.Id, coop.Name, m.Name, true, m.Id, $"Sells {sellers[m.Id].What} inside the network"));
            var fromOrgs = organizations.Where(o => o.Region == coop.Region && !string.IsNullOrWhiteSpace(o.Offers))
                .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
                .Select(o => new IntroductionSuggestion(coop.Id, coop.Name, o.Name, false, o.Id, $"{o.Kind.Describe()}: {o.Offers}"));
            result.AddRange(fromCoops.Concat(fromOrgs).Take(SuggestionsPerCoop));
        }

        return result;
    }
}
