using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>One published story for its public page; any other story is "not found", whatever its state.</summary>
[PublicRequest]
public sealed record GetPublishedStory(int Id) : IRequest<PublishedStory>;

public sealed class GetPublishedStoryHandler(IAppDbContext db) : IRequestHandler<GetPublishedStory, PublishedStory>
{
    public async Task<PublishedStory> Handle(GetPublishedStory request, CancellationToken cancellationToken)
    {
        var row = await PublicStories.Published(db).FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                  ?? throw new NotFoundException("Story", request.Id);
        return PublicStories.ToPublic(row);
    }
}
