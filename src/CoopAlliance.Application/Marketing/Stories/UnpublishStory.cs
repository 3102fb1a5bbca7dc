using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>Take a published story off every public page and the feed (it is kept, and can be approved again).</summary>
[Authorize(Roles.Staff)]
public sealed record UnpublishStory(int Id, int? Version = null) : ICommand;

public sealed class UnpublishStoryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UnpublishStory, Unit>
{
    public async Task<Unit> Handle(UnpublishStory request, CancellationToken cancellationToken)
    {
        var story = await StoryModeration.GetAsync(db, request.Id, request.Version, cancellationToken);
        story.Unpublish(user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
