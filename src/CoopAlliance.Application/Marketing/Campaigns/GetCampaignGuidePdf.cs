using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Marketing.Campaigns;

public sealed record CampaignGuideFile(byte[] Content, string FileName);

/// <summary>
/// The campaign's print-ready guide (<see cref="CampaignGuide"/>): each participating co-op in good standing with its
/// first listing photo, its public listings (in the campaign's categories when it has some) and its contact. The
/// same public fields as the directory: nothing a co-op has not published.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record GetCampaignGuidePdf(int Id) : IRequest<CampaignGuideFile>;

public sealed class GetCampaignGuidePdfHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetCampaignGuidePdf, CampaignGuideFile>
{
    public async Task<CampaignGuideFile> Handle(GetCampaignGuidePdf request, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Participants).FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException("Campaign", request.Id);
        var coopIds = campaign.Participants.Select(p => p.CooperativeId).ToList();
        var coops = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id) && c.Status == MembershipStatus.Active)
            .ToListAsync(cancellationToken);
        var listings = await PublicListings.Visible(db, clock.Today).Where(l => coopIds.Contains(l.CooperativeId))
            .Include(l => l.Categories).OrderBy(l => l.Title).ToListAsync(cancellationToken);
        var categories = await db.ListingCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var listingIds = listings.Select(l => l.Id).ToList();
        var firstPhotos = await db.Photos.AsNoTracking().Where(p => p.ListingId != null && listingIds.Contains(p.ListingId.Value))
            .OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => new { p.Id, ListingId = p.ListingId!.Value }).ToListAsync(cancellationToken);

        var entries = new List<(int? PhotoId, GuideCoop Coop)>();
        foreach (var coop in coops)
        {
            var own = listings.Where(l => l.CooperativeId == coop.Id).ToList();
            // Listings in the campaign's categories when the campaign names some and the co-op has such listings.
            var inScope = campaign.CategoryIds.Count == 0 ? own : own.Where(l => l.Categories.Any(c => campaign.CategoryIds.Contains(c.CategoryId))).ToList();
            var shown = inScope.Count > 0 ? inScope : own;
            var photoId = firstPhotos.FirstOrDefault(p => shown.Any(l => l.Id == p.ListingId))?.Id;
            entries.Add((photoId, new GuideCoop(coop.DisplayName, coop.Town, coop.Region.Describe(), coop.Website, coop.Email, coop.Phone, coop.Description, null,
                shown.Select(l => new GuideListing(l.Title, categories[l.Categories.Select(c => c.CategoryId).Order().First()], l.Description, l.HowToOrder)).ToList())));
        }

        // Each co-op's one photo, read in a single query.
        var photoIds = entries.Where(e => e.PhotoId is not null).Select(e => e.PhotoId!.Value).ToList();
        var photos = await db.PhotoFiles.AsNoTracking().Where(f => photoIds.Contains(f.PhotoId) && f.Rendition == PhotoRendition.Large)
            .ToDictionaryAsync(f => f.PhotoId, f => f.Bytes, cancellationToken);

        var document = CampaignGuide.Build(new CampaignGuideData(campaign.Name, campaign.Description, campaign.StartsOn, campaign.EndsOn,
            app.Value.AllianceName, entries
                .Select(e => e.PhotoId is { } id && photos.TryGetValue(id, out var bytes) ? e.Coop with { Photo = bytes } : e.Coop)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList()));
        return new CampaignGuideFile(renderer.Render(document), $"{Slug.From(campaign.Name)}-guide.pdf");
    }
}
