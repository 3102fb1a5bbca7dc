using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Campaigns;

/// <summary>
/// A co-op joins a campaign: its rep for their own co-op (another co-op is not there: 404), or staff on its behalf.
/// Before the deadline and only for a co-op in good standing (the campaign's rules). Returns the estimated share.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record JoinCampaign(int CampaignId, int CoopId) : ICommand<decimal>;

public sealed class JoinCampaignHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<JoinCampaign, decimal>
{
    public async Task<decimal> Handle(JoinCampaign request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var campaign = await db.Campaigns.Include(c => c.Participants).FirstOrDefaultAsync(c => c.Id == request.CampaignId, cancellationToken)
                       ?? throw new NotFoundException("Campaign", request.CampaignId);
        campaign.Join(coop.Id, coop.Status, clock.Today, user.AsActor(), clock.UtcNow);
        var workers = await CampaignData.CoopsAsync(db, campaign.Participants.Select(p => p.CooperativeId).ToList(), cancellationToken);
        return CampaignData.EstimateFor(campaign, coop.Id, workers.ToDictionary(w => w.Key, w => w.Value.Workers));
    }
}

/// <summary>A co-op leaves a campaign before the deadline (same access as joining).</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record LeaveCampaign(int CampaignId, int CoopId) : ICommand;

public sealed class LeaveCampaignHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<LeaveCampaign, Unit>
{
    public async Task<Unit> Handle(LeaveCampaign request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        var campaign = await db.Campaigns.Include(c => c.Participants).FirstOrDefaultAsync(c => c.Id == request.CampaignId, cancellationToken)
                       ?? throw new NotFoundException("Campaign", request.CampaignId);
        campaign.Leave(request.CoopId, clock.Today);
        return Unit.Value;
    }
}

/// <summary>A campaign as one co-op sees it: whether it joined, what its share is or would be, and its invoice once charged.</summary>
public sealed record CoopCampaign(int Id, string Name, string? Description, DateOnly StartsOn, DateOnly EndsOn, DateOnly JoinBy, decimal Budget,
    CostSharing Sharing, CampaignStatus Status, int Participants, bool Joined, bool CanChange, decimal EstimatedShare, decimal? ChargedShare, int? InvoiceId);

/// <summary>
/// For the co-op's page: the campaigns it can still join or leave, and every campaign it joined (with its share and invoice
/// once charged). The estimate is the share with today's participants and worker counts, counting this co-op in.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record ListOpenCampaignsForCoop(int CoopId) : IRequest<IReadOnlyList<CoopCampaign>>;

public sealed class ListOpenCampaignsForCoopHandler(IAppDbContext db, CoopAccess access, AllianceClock clock)
    : IRequestHandler<ListOpenCampaignsForCoop, IReadOnlyList<CoopCampaign>>
{
    public async Task<IReadOnlyList<CoopCampaign>> Handle(ListOpenCampaignsForCoop request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var today = clock.Today;
        var campaigns = await db.Campaigns.AsNoTracking().Include(c => c.Participants)
            .Where(c => (c.Status == CampaignStatus.Open && c.JoinBy >= today) || c.Participants.Any(p => p.CooperativeId == coop.Id))
            .OrderBy(c => c.JoinBy).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var ids = campaigns.SelectMany(c => c.Participants.Select(p => p.CooperativeId)).Append(coop.Id).Distinct().ToList();
        var workers = (await CampaignData.CoopsAsync(db, ids, cancellationToken)).ToDictionary(w => w.Key, w => w.Value.Workers);
        return campaigns.Select(c =>
        {
            var mine = c.Participants.FirstOrDefault(p => p.CooperativeId == coop.Id);
            return new CoopCampaign(c.Id, c.Name, c.Description, c.StartsOn, c.EndsOn, c.JoinBy, c.Budget, c.Sharing, c.Status, c.Participants.Count,
                mine is not null, c.IsOpenForJoining(today), CampaignData.EstimateFor(c, coop.Id, workers), mine?.Share, mine?.InvoiceId);
        }).ToList();
    }
}
