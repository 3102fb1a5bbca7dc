using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Application.Marketing.Campaigns;

public sealed record CampaignChargeResult(int Charged, int Invoices, decimal Amount, int LeftToAnother);

/// <summary>
/// The day after a campaign's joining deadline, each participant's share of the budget goes on its co-op's account
/// beside its dues (<see cref="InvoiceKind.CampaignShare"/>), split by <see cref="CostShares"/> with the worker counts of
/// that day. Exactly once, however often and on however many nodes it runs — the database decides, per campaign in one
/// transaction:
/// <list type="number">
/// <item>the campaign is re-read inside the transaction and skipped unless still open;</item>
/// <item>the invoices are inserted first: the unique key (co-op, kind, campaign) refuses a second set;</item>
/// <item>the campaign moves to charged under its version (a concurrency token), so a node that read it before another
/// charged it fails that update and rolls its whole transaction back.</item>
/// </list>
/// A campaign nobody joined is marked charged with nothing billed. Not a command on purpose: it commits per campaign.
/// Due days: those of the dues policy in force (monthly, quarterly or annual — the latest that has taken effect), else 30.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ChargeDueCampaigns(DateOnly Today) : IRequest<CampaignChargeResult>
{
    public const string JobName = "campaign-charge";
    public const int DefaultDueDays = 30;
}

public sealed class ChargeDueCampaignsHandler(IAppDbContext db, AllianceClock clock, ILogger<ChargeDueCampaignsHandler> logger)
    : IRequestHandler<ChargeDueCampaigns, CampaignChargeResult>
{
    public async Task<CampaignChargeResult> Handle(ChargeDueCampaigns request, CancellationToken cancellationToken)
    {
        var today = request.Today;
        var due = await db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Open && c.JoinBy < today)
            .OrderBy(c => c.JoinBy).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var dueDays = await DueDaysAsync(today, cancellationToken);
        int charged = 0, invoices = 0, elsewhere = 0;
        decimal amount = 0;
        foreach (var id in due)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var result = await strategy.ExecuteAsync(() => ChargeAsync(id, today, dueDays, cancellationToken));
            if (result is { } r)
            {
                charged++;
                invoices += r.Invoices;
                amount += r.Amount;
            }
            else
            {
                elsewhere++;
            }
        }

        return new CampaignChargeResult(charged, invoices, amount, elsewhere);
    }

    private async Task<int> DueDaysAsync(DateOnly today, CancellationToken ct)
    {
        var policy = await db.DuesPolicies.AsNoTracking().Where(p => p.EffectiveFrom <= today)
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct);
        return policy?.DueDays ?? ChargeDueCampaigns.DefaultDueDays;
    }

    /// <summary>One campaign in one transaction; null when another node charged it (or it changed) first.</summary>
    private async Task<(int Invoices, decimal Amount)?> ChargeAsync(int campaignId, DateOnly today, int dueDays, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var campaign = await db.Campaigns.Include(c => c.Participants).FirstAsync(c => c.Id == campaignId, ct);
        if (!campaign.IsDueForCharge(today))
        {
            await transaction.RollbackAsync(ct);
            return null;
        }

        var coops = await CampaignData.CoopsAsync(db, campaign.Participants.Select(p => p.CooperativeId).ToList(), ct);
        var workers = campaign.Participants.ToDictionary(p => p.CooperativeId, p => coops.GetValueOrDefault(p.CooperativeId).Workers);
        var shares = CostShares.Split(campaign.Budget, campaign.Sharing, workers);
        // CostShares counts a co-op with no workers recorded as one; the sentence counts the same way.
        var totalWorkers = workers.Values.Sum(w => Math.Max(1, w));
        var created = campaign.Participants.ToDictionary(p => p.CooperativeId, p => Invoice.ForCampaign(p.CooperativeId, campaign.InvoiceKey, today, dueDays,
            Draft(campaign, shares[p.CooperativeId], workers[p.CooperativeId], totalWorkers)));
        db.Invoices.AddRange(created.Values);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var p in campaign.Participants)
            {
                p.Charged(workers[p.CooperativeId], shares[p.CooperativeId], created[p.CooperativeId].Id);
            }

            campaign.MarkCharged(clock.UtcNow);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.IsDuplicateKey(ex, typeof(Invoice)))
        {
            // Another node charged this campaign a moment ago (its invoices exist, or its version moved on): leave it to that node.
            logger.LogInformation(ex, "Campaign {Campaign} was charged by another worker; nothing billed here", campaignId);
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }

        logger.LogInformation("Campaign {Campaign} charged: {Count} share(s), {Amount}", campaignId, created.Count, created.Values.Sum(i => i.Total));
        db.ChangeTracker.Clear();
        return (created.Count, created.Values.Sum(i => i.Total));
    }

    /// <summary>The share in words: "Co-op Month 2027: your share of the $3,000.00 budget, split by worker count (12 of 60 workers)".</summary>
    public static InvoiceDraft Draft(Campaign campaign, decimal share, int workers, int totalWorkers)
    {
        var how = campaign.Sharing == CostSharing.Equally
            ? $"split equally among {campaign.Participants.Count} participating co-op{(campaign.Participants.Count == 1 ? "" : "s")}"
            : $"split by worker count ({Math.Max(1, workers)} of {totalWorkers} workers)";
        var line = new InvoiceLine($"{campaign.Name}: your share of the {Money.Format(campaign.Budget)} budget, {how}", share);
        return new InvoiceDraft([line], share);
    }

}
