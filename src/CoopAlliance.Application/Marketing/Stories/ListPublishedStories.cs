using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>
/// Published stories for the public (the /stories page, a co-op's directory page with <see cref="CoopId"/>, the
/// Atom feed): featured first, then newest. With <see cref="FeaturedFirst"/> false, newest first only (the feed).
/// </summary>
[PublicRequest]
public sealed record ListPublishedStories(int? CoopId = null, int Page = 1, int PageSize = 10) : IRequest<PagedList<PublishedStory>>
{
    public bool FeaturedFirst { get; init; } = true;
}

public sealed class ListPublishedStoriesValidator : AbstractValidator<ListPublishedStories>
{
    public ListPublishedStoriesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100).WithMessage("Page size must be between 1 and 100.");
    }
}

public sealed class ListPublishedStoriesHandler(IAppDbContext db) : IRequestHandler<ListPublishedStories, PagedList<PublishedStory>>
{
    public async Task<PagedList<PublishedStory>> Handle(ListPublishedStories request, CancellationToken cancellationToken)
    {
        var rows = PublicStories.Published(db);
        if (request.CoopId is { } coopId)
        {
            rows = rows.Where(r => r.CoopId == coopId);
        }

        var ordered = request.FeaturedFirst
            ? rows.OrderByDescending(r => r.IsFeatured).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            : rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id);
        var page = await PagedList<PublicStories.Row>.CreateAsync(ordered, request.Page, request.PageSize, cancellationToken);
        return new PagedList<PublishedStory>(page.Items.Select(PublicStories.ToPublic).ToList(), page.Total, page.Page, page.PageSize);
    }
}
