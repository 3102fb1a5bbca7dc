using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>The featured published stories, newest first, for the front page.</summary>
[PublicRequest]
public sealed record ListFeaturedStories(int Count = 3) : IRequest<IReadOnlyList<PublishedStory>>;

public sealed class ListFeaturedStoriesValidator : AbstractValidator<ListFeaturedStories>
{
    public ListFeaturedStoriesValidator() => RuleFor(x => x.Count).InclusiveBetween(1, 20).WithMessage("Ask for 1 to 20 stories.");
}

public sealed class ListFeaturedStoriesHandler(IAppDbContext db) : IRequestHandler<ListFeaturedStories, IReadOnlyList<PublishedStory>>
{
    public async Task<IReadOnlyList<PublishedStory>> Handle(ListFeaturedStories request, CancellationToken cancellationToken)
    {
        var rows = await PublicStories.Published(db).Where(r => r.IsFeatured)
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(request.Count).ToListAsync(cancellationToken);
        return rows.Select(PublicStories.ToPublic).ToList();
    }
}
