using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>Turn down a story waiting for moderation, with a reason kept beside it (it is not sent to anyone).</summary>
[Authorize(Roles.Staff)]
public sealed record RejectStory(int Id, string Reason, int? Version = null) : ICommand;

public sealed class RejectStoryValidator : AbstractValidator<RejectStory>
{
    public RejectStoryValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; it is kept with the story.")
            .MaximumLength(1000).WithMessage("Keep the reason under 1,000 characters.");
}

public sealed class RejectStoryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RejectStory, Unit>
{
    public async Task<Unit> Handle(RejectStory request, CancellationToken cancellationToken)
    {
        var story = await StoryModeration.GetAsync(db, request.Id, request.Version, cancellationToken);
        story.Reject(request.Reason, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
