using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>Publish a story waiting for moderation (or one unpublished earlier): it appears on /stories, in the feed and on its co-op's page.</summary>
[Authorize(Roles.Staff)]
public sealed record ApproveStory(int Id, int? Version = null) : ICommand;

public sealed class ApproveStoryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ApproveStory, Unit>
{
    public async Task<Unit> Handle(ApproveStory request, CancellationToken cancellationToken)
    {
        var story = await StoryModeration.GetAsync(db, request.Id, request.Version, cancellationToken);
        story.Approve(user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
