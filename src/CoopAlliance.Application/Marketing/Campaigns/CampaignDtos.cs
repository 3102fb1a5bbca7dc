using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Campaigns;

/// <summary>A campaign in a list.</summary>
public sealed record CampaignSummary(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, DateOnly JoinBy, decimal Budget, CostSharing Sharing,
    CampaignStatus Status, int Participants);

/// <summary>
/// One participant: its co-op, when it joined and its share — the share charged (with its invoice) once the campaign is
/// charged, before that a preview computed from today's worker counts (<see cref="Estimated"/> true).
/// </summary>
public sealed record CampaignParticipantDto(int CooperativeId, string CoopName, DateTimeOffset JoinedAt, string JoinedBy, int Workers, decimal Share,
    bool Estimated, int? InvoiceId);

public sealed record CampaignDetail(int Id, string Name, string? Description, DateOnly StartsOn, DateOnly EndsOn, DateOnly JoinBy, decimal Budget,
    CostSharing Sharing, IReadOnlyList<int> CategoryIds, IReadOnlyList<Region> Regions, CampaignStatus Status, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? ChargedAt, int Version, bool OpenForJoining, int ParticipantCount, IReadOnlyList<CampaignParticipantDto> Participants);

/// <summary>What staff write for a campaign (create and edit).</summary>
public interface ICampaignInput
{
    string Name { get; }
    string? Description { get; }
    DateOnly StartsOn { get; }
    DateOnly EndsOn { get; }
    DateOnly JoinBy { get; }
    decimal Budget { get; }
    CostSharing Sharing { get; }
    IReadOnlyList<int>? CategoryIds { get; }
    IReadOnlyList<Region>? Regions { get; }
}

public sealed class CampaignInputValidator : AbstractValidator<ICampaignInput>
{
    public CampaignInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the campaign a name.").MaximumLength(200);
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.StartsOn).NotEqual(default(DateOnly)).WithMessage("Give the first day of the campaign.");
        RuleFor(x => x.EndsOn).NotEqual(default(DateOnly)).WithMessage("Give the last day of the campaign.")
            .GreaterThanOrEqualTo(x => x.StartsOn).WithMessage("The campaign cannot end before it starts.");
        RuleFor(x => x.JoinBy).NotEqual(default(DateOnly)).WithMessage("Give the last day co-ops can join.")
            .LessThanOrEqualTo(x => x.EndsOn).WithMessage("The joining deadline must be on or before the campaign's last day.");
        RuleFor(x => x.Budget).GreaterThanOrEqualTo(0).WithMessage("The budget cannot be negative.")
            .LessThan(10_000_000m).WithMessage("The budget is at most $9,999,999.99.");
        RuleFor(x => x.Sharing).IsInEnum().WithMessage("Choose how the cost is shared.");
        RuleForEach(x => x.Regions).IsInEnum().WithMessage("Choose a region from the list.");
    }

    public static CampaignDetails Details(ICampaignInput i) =>
        new(i.Name, i.Description, i.StartsOn, i.EndsOn, i.JoinBy, i.Budget, i.Sharing, i.CategoryIds ?? [], i.Regions ?? []);
}

/// <summary>Shared reads of the campaign feature.</summary>
public static class CampaignData
{
    /// <summary>A co-op's worker count for a by-worker-count share: its worker-owners and other workers, as its profile says today.</summary>
    public static int Workers(Cooperative coop) => coop.WorkerOwners + coop.OtherWorkers;

    /// <summary>Name and worker count of each of these co-ops.</summary>
    public static async Task<Dictionary<int, (string Name, int Workers)>> CoopsAsync(IAppDbContext db, IReadOnlyCollection<int> coopIds, CancellationToken ct) =>
        (await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.TradeName, Workers = c.WorkerOwners + c.OtherWorkers }).ToListAsync(ct))
        .ToDictionary(c => c.Id, c => (string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, c.Workers));

    /// <summary>The participants with their shares: as charged, or a preview by today's worker counts.</summary>
    public static async Task<List<CampaignParticipantDto>> ParticipantsAsync(IAppDbContext db, Campaign campaign, CancellationToken ct)
    {
        var coops = await CoopsAsync(db, campaign.Participants.Select(p => p.CooperativeId).ToList(), ct);
        var preview = CostShares.Split(campaign.Budget, campaign.Sharing, coops.ToDictionary(c => c.Key, c => c.Value.Workers));
        return campaign.Participants
            .Select(p =>
            {
                var (name, workers) = coops.GetValueOrDefault(p.CooperativeId, ($"Co-op #{p.CooperativeId}", 0));
                return p.Share is { } share
                    ? new CampaignParticipantDto(p.CooperativeId, name, p.JoinedAt, p.JoinedBy, p.WorkersCharged ?? workers, share, false, p.InvoiceId)
                    : new CampaignParticipantDto(p.CooperativeId, name, p.JoinedAt, p.JoinedBy, workers, preview.GetValueOrDefault(p.CooperativeId), true, null);
            })
            .OrderBy(p => p.CoopName, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.CooperativeId)
            .ToList();
    }

    /// <summary>The share a co-op would pay if it joined (or pays, as joined) with today's participants and worker counts.</summary>
    public static decimal EstimateFor(Campaign campaign, int coopId, IReadOnlyDictionary<int, int> workersByCoop)
    {
        var counts = campaign.Participants.Select(p => p.CooperativeId).Append(coopId).Distinct()
            .ToDictionary(id => id, id => workersByCoop.GetValueOrDefault(id));
        return CostShares.Split(campaign.Budget, campaign.Sharing, counts).GetValueOrDefault(coopId);
    }
}
