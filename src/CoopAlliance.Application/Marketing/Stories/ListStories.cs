using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>The moderation queue (staff): stories waiting first, then newest; filter by status, search by words.</summary>
[Authorize(Roles.Staff)]
public sealed record ListStories(StoryStatus? Status = null, string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<StorySummary>>;

public sealed class ListStoriesValidator : AbstractValidator<ListStories>
{
    public ListStoriesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ListStoriesHandler(IAppDbContext db) : IRequestHandler<ListStories, PagedList<StorySummary>>
{
    public Task<PagedList<StorySummary>> Handle(ListStories request, CancellationToken cancellationToken) =>
        PagedList<StorySummary>.CreateAsync(StoryFilter.Apply(db, request.Status, request.Q), request.Page, request.PageSize, cancellationToken);
}

/// <summary>Filter and order shared by the moderation list and its CSV, so both show the same stories.</summary>
internal static class StoryFilter
{
    public static IQueryable<StorySummary> Apply(IAppDbContext db, StoryStatus? status, string? q)
    {
        var stories = db.MemberStories.AsNoTracking();
        if (status is { } s)
        {
            stories = stories.Where(x => x.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLower();
            stories = stories.Where(x => x.Title.ToLower().Contains(text) || x.CoopName.ToLower().Contains(text)
                                         || x.StorytellerName.ToLower().Contains(text) || x.Email.ToLower().Contains(text));
        }

        return stories.OrderBy(x => x.Status == StoryStatus.Pending ? 0 : 1).ThenByDescending(x => x.SubmittedAt).ThenByDescending(x => x.Id)
            .Select(x => new StorySummary(x.Id, x.Title, x.CoopName, x.CooperativeId,
                db.Cooperatives.Where(c => c.Id == x.CooperativeId).Select(c => c.TradeName ?? c.LegalName).FirstOrDefault(),
                x.StorytellerName, x.Email, x.Status, x.IsFeatured, x.SubmittedAt, x.PublishedAt, x.Version));
    }
}
