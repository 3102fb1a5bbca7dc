using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>
/// Staff edit a story's title and text (a typo, a shorter version agreed with the storyteller) and link it to the
/// member co-op it is about. Send the <see cref="Version"/> you read; if someone changed it since, nothing is overwritten.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record EditStory : ICommand
{
    public int Id { get; init; }
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    /// <summary>The member co-op the story is about; null for none.</summary>
    public int? CooperativeId { get; init; }
    public int Version { get; init; }
}

public sealed class EditStoryValidator : AbstractValidator<EditStory>
{
    public EditStoryValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the story a title.").MaximumLength(200).WithMessage("Keep the title under 200 characters.");
        RuleFor(x => x.Body).NotEmpty().WithMessage("The story needs its text.").MaximumLength(8000).WithMessage("Keep the story under 8,000 characters.");
    }
}

public sealed class EditStoryHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EditStory, Unit>
{
    public async Task<Unit> Handle(EditStory request, CancellationToken cancellationToken)
    {
        var story = await StoryModeration.GetAsync(db, request.Id, request.Version, cancellationToken);
        if (request.CooperativeId is { } coopId && !await db.Cooperatives.AnyAsync(c => c.Id == coopId, cancellationToken))
        {
            throw new Common.Exceptions.ValidationException(nameof(EditStory.CooperativeId), "Choose a member co-op from the list.");
        }

        story.Edit(request.Title, request.Body, request.CooperativeId, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}
