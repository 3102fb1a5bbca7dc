using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>Feature a published story on the front page and at the top of /stories, or stop featuring it.</summary>
[Authorize(Roles.Staff)]
public sealed record FeatureStory(int Id, bool Featured, int? Version = null) : ICommand;

public sealed class FeatureStoryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<FeatureStory, Unit>
{
    public async Task<Unit> Handle(FeatureStory request, CancellationToken cancellationToken)
    {
        var story = await StoryModeration.GetAsync(db, request.Id, request.Version, cancellationToken);
        story.Feature(request.Featured, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
