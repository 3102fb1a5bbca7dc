using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Campaigns;

/// <summary>Campaigns, newest first, optionally of one status (staff and reps may read them).</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record ListCampaigns(CampaignStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<CampaignSummary>>;

public sealed class ListCampaignsValidator : AbstractValidator<ListCampaigns>
{
    public ListCampaignsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class ListCampaignsHandler(IAppDbContext db) : IRequestHandler<ListCampaigns, PagedList<CampaignSummary>>
{
    public Task<PagedList<CampaignSummary>> Handle(ListCampaigns request, CancellationToken cancellationToken)
    {
        var query = db.Campaigns.AsNoTracking().Where(c => request.Status == null || c.Status == request.Status)
            .OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id)
            .Select(c => new CampaignSummary(c.Id, c.Name, c.StartsOn, c.EndsOn, c.JoinBy, c.Budget, c.Sharing, c.Status, c.Participants.Count));
        return PagedList<CampaignSummary>.CreateAsync(query, request.Page, request.PageSize, cancellationToken);
    }
}

/// <summary>
/// One campaign with its participants and their shares (a preview by today's worker counts until it is charged). Staff see
/// every participant; a rep sees how many joined and only their own co-op's row (which co-ops joined and what each pays is
/// staff's to see until the campaign publishes its guide).
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record GetCampaign(int Id) : IRequest<CampaignDetail>;

public sealed class GetCampaignHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetCampaign, CampaignDetail>
{
    public async Task<CampaignDetail> Handle(GetCampaign request, CancellationToken cancellationToken)
    {
        var c = await db.Campaigns.AsNoTracking().Include(x => x.Participants).FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Campaign", request.Id);
        var participants = (await CampaignData.ParticipantsAsync(db, c, cancellationToken)).Where(p => access.CanSee(p.CooperativeId)).ToList();
        return new CampaignDetail(c.Id, c.Name, c.Description, c.StartsOn, c.EndsOn, c.JoinBy, c.Budget, c.Sharing, c.CategoryIds, c.Regions, c.Status,
            c.CreatedAt, c.CreatedBy, c.ChargedAt, c.Version, c.IsOpenForJoining(clock.Today), c.Participants.Count, participants);
    }
}

/// <summary>The participants of a campaign as CSV, with their worker counts and shares (charged, or estimated until then).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportCampaignParticipants(int Id) : IRequest<CsvFile>;

public sealed class ExportCampaignParticipantsHandler(IMediator sender) : IRequestHandler<ExportCampaignParticipants, CsvFile>
{
    public async Task<CsvFile> Handle(ExportCampaignParticipants request, CancellationToken cancellationToken)
    {
        var c = await sender.Send(new GetCampaign(request.Id), cancellationToken);
        var csv = new CsvBuilder().Row("Co-op id", "Co-op", "Joined", "Joined by", "Workers", "Share", "Share is", "Invoice");
        foreach (var p in c.Participants)
        {
            csv.Row(p.CooperativeId, p.CoopName, p.JoinedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.JoinedBy, p.Workers,
                p.Share, p.Estimated ? "estimated" : "charged", p.InvoiceId);
        }

        var slug = Slug.From(c.Name);
        return new CsvFile($"campaign-{c.Id}-{(slug.Length == 0 ? "participants" : slug)}-participants.csv", System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
