using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Events for staff, latest start first; filter by status, search by title, venue or town.</summary>
[Authorize(Roles.Staff)]
public sealed record ListEvents(EventStatus? Status = null, string? Q = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IRequest<PagedList<EventSummary>>;

public sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public ListEventsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ListEventsHandler(IAppDbContext db) : IRequestHandler<ListEvents, PagedList<EventSummary>>
{
    public Task<PagedList<EventSummary>> Handle(ListEvents request, CancellationToken cancellationToken) =>
        PagedList<EventSummary>.CreateAsync(EventFilter.Apply(db, request.Status, request.Q), request.Page, request.PageSize, cancellationToken);
}

/// <summary>Filter and order shared by the staff list and its CSV, so both show the same events.</summary>
internal static class EventFilter
{
    public static IQueryable<EventSummary> Apply(IAppDbContext db, EventStatus? status, string? q)
    {
        var events = db.Events.AsNoTracking();
        if (status is { } s)
        {
            events = events.Where(e => e.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLower();
            events = events.Where(e => e.Title.ToLower().Contains(text) || e.VenueName.ToLower().Contains(text) || (e.Town != null && e.Town.ToLower().Contains(text)));
        }

        return events.OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            .Select(e => new EventSummary(e.Id, e.Title, e.StartsAt, e.EndsAt, e.VenueName, e.Town, e.IsPublic, e.Status, e.Capacity, e.PlacesHeld,
                db.EventSessions.Count(x => x.EventId == e.Id && x.Status == SessionStatus.Accepted),
                db.EventSessions.Count(x => x.EventId == e.Id && x.Status == SessionStatus.Proposed)));
    }
}
