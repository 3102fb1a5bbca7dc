using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>One story with everything staff need to moderate it.</summary>
[Authorize(Roles.Staff)]
public sealed record GetStory(int Id) : IRequest<StoryDetail>;

public sealed class GetStoryHandler(IAppDbContext db) : IRequestHandler<GetStory, StoryDetail>
{
    public async Task<StoryDetail> Handle(GetStory request, CancellationToken cancellationToken)
    {
        var s = await db.MemberStories.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Story", request.Id);
        var linked = s.CooperativeId is { } coopId
            ? await db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.TradeName ?? c.LegalName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new StoryDetail(s.Id, s.Title, s.Slug, s.Body, s.CoopName, s.CooperativeId, linked, s.StorytellerName, s.Email, s.Status,
            s.IsFeatured, s.RejectionReason, s.ConsentGivenAt, s.SubmittedAt, s.PublishedAt, s.ModeratedAt, s.ModeratedBy, s.Version);
    }
}
