using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Marketing;

public sealed record CampaignDetails(
    string Name,
    string? Description,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly JoinBy,
    decimal Budget,
    CostSharing Sharing,
    IReadOnlyCollection<int> CategoryIds,
    IReadOnlyCollection<Region> Regions);

/// <summary>
/// A joint marketing campaign with shared costs (Co-op Month, a holiday market, a "buy co-op" ad). Member co-ops
/// join until <see cref="JoinBy"/>; the day after, the charge job puts each participant's share of the budget on its
/// account — exactly once (the campaign moves to charged in the same transaction as the invoices, and an invoice is
/// unique per co-op and campaign).
/// </summary>
public sealed class Campaign : Entity, IVersioned
{
    private readonly List<CampaignParticipant> _participants = [];

    private Campaign() { }

    public Campaign(CampaignDetails details, Actor by, DateTimeOffset at)
    {
        Apply(details);
        Status = CampaignStatus.Open;
        CreatedAt = at;
        CreatedBy = by.Name;
    }

    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    /// <summary>The last day a co-op can join (or leave).</summary>
    public DateOnly JoinBy { get; private set; }
    public decimal Budget { get; private set; }
    public CostSharing Sharing { get; private set; }
    public List<int> CategoryIds { get; private set; } = [];
    public List<Region> Regions { get; private set; } = [];
    public CampaignStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset? ChargedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<CampaignParticipant> Participants => _participants;

    public bool IsOpenForJoining(DateOnly today) => Status == CampaignStatus.Open && today <= JoinBy;

    public bool IsDueForCharge(DateOnly today) => Status == CampaignStatus.Open && today > JoinBy;

    public void Edit(CampaignDetails details)
    {
        if (Status != CampaignStatus.Open)
        {
            throw new DomainRuleException("A campaign that has been charged or cancelled cannot be changed.");
        }

        Apply(details);
    }

    public CampaignParticipant Join(int cooperativeId, MembershipStatus coopStatus, DateOnly today, Actor by, DateTimeOffset at)
    {
        if (!IsOpenForJoining(today))
        {
            throw DomainRuleException.Format("Joining {0} closed on {1:MMMM d, yyyy}.", Name, JoinBy);
        }

        if (!ListingVisibility.IsInGoodStanding(coopStatus))
        {
            throw new DomainRuleException("Only a member co-op in good standing can join a campaign.");
        }

        if (_participants.Any(p => p.CooperativeId == cooperativeId))
        {
            throw new DomainRuleException("Your co-op has already joined this campaign.");
        }

        var participant = new CampaignParticipant(cooperativeId, by, at);
        _participants.Add(participant);
        return participant;
    }

    public void Leave(int cooperativeId, DateOnly today)
    {
        if (!IsOpenForJoining(today))
        {
            throw DomainRuleException.Format("The deadline to leave {0} was {1:MMMM d, yyyy}.", Name, JoinBy);
        }

        var participant = _participants.FirstOrDefault(p => p.CooperativeId == cooperativeId)
            ?? throw new DomainRuleException("Your co-op has not joined this campaign.");
        _participants.Remove(participant);
    }

    public void Cancel()
    {
        if (Status != CampaignStatus.Open)
        {
            throw new DomainRuleException("Only an open campaign can be cancelled.");
        }

        Status = CampaignStatus.Cancelled;
    }

    /// <summary>The charge job records that every share is on its co-op's account.</summary>
    public void MarkCharged(DateTimeOffset at)
    {
        Status = CampaignStatus.Charged;
        ChargedAt = at;
    }

    /// <summary>The invoice key of this campaign's shares (unique per co-op with the invoice kind).</summary>
    public string InvoiceKey => InvoiceKeyFor(Id);

    public static string InvoiceKeyFor(int campaignId) => $"C{campaignId}";

    private void Apply(CampaignDetails d)
    {
        if (string.IsNullOrWhiteSpace(d.Name))
        {
            throw new DomainRuleException("A campaign needs a name.");
        }

        if (d.EndsOn < d.StartsOn)
        {
            throw new DomainRuleException("The campaign cannot end before it starts.");
        }

        if (d.JoinBy > d.EndsOn)
        {
            throw new DomainRuleException("The joining deadline must be on or before the campaign's last day.");
        }

        if (d.Budget < 0)
        {
            throw new DomainRuleException("The budget cannot be negative.");
        }

        Name = d.Name.Trim();
        Description = Person.Clean(d.Description);
        StartsOn = d.StartsOn;
        EndsOn = d.EndsOn;
        JoinBy = d.JoinBy;
        Budget = decimal.Round(d.Budget, 2);
        Sharing = d.Sharing;
        CategoryIds = d.CategoryIds.Distinct().Order().ToList();
        Regions = d.Regions.Distinct().Order().ToList();
    }
}

/// <summary>A co-op that joined a campaign; its share and invoice are filled in when the campaign is charged.</summary>
public sealed class CampaignParticipant : Entity, IBelongsToCoop
{
    private CampaignParticipant() { }

    internal CampaignParticipant(int cooperativeId, Actor by, DateTimeOffset at)
    {
        CooperativeId = cooperativeId;
        JoinedAt = at;
        JoinedBy = by.Name;
    }

    public int CampaignId { get; private set; }
    public int CooperativeId { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public string JoinedBy { get; private set; } = "";
    /// <summary>Worker count used for a by-worker-count share, as it was when charged.</summary>
    public int? WorkersCharged { get; private set; }
    public decimal? Share { get; private set; }
    public int? InvoiceId { get; private set; }

    public void Charged(int workers, decimal share, int invoiceId)
    {
        WorkersCharged = workers;
        Share = share;
        InvoiceId = invoiceId;
    }
}

/// <summary>
/// How a budget is split: equally, or in proportion to worker count (a co-op with no workers recorded counts as one).
/// Cents are rounded so the shares add up to the budget exactly; the leftover cents go to the largest remainders,
/// ties to the lowest co-op id, so the split is the same every time it is computed.
/// </summary>
public static class CostShares
{
    public static IReadOnlyDictionary<int, decimal> Split(decimal budget, CostSharing sharing, IReadOnlyDictionary<int, int> workersByCoop)
    {
        if (workersByCoop.Count == 0)
        {
            return new Dictionary<int, decimal>();
        }

        var weights = workersByCoop.OrderBy(kv => kv.Key)
            .ToDictionary(kv => kv.Key, kv => sharing == CostSharing.Equally ? 1m : Math.Max(1, kv.Value));
        var total = weights.Values.Sum();
        var cents = (long)decimal.Round(budget * 100m, 0, MidpointRounding.AwayFromZero);
        var exact = weights.ToDictionary(kv => kv.Key, kv => cents * kv.Value / total);
        var floors = exact.ToDictionary(kv => kv.Key, kv => (long)Math.Floor(kv.Value));
        var left = cents - floors.Values.Sum();
        foreach (var key in exact.OrderByDescending(kv => kv.Value - Math.Floor(kv.Value)).ThenBy(kv => kv.Key).Take((int)left).Select(kv => kv.Key).ToList())
        {
            floors[key]++;
        }

        return floors.ToDictionary(kv => kv.Key, kv => kv.Value / 100m);
    }
}
