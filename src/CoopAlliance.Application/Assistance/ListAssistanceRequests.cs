using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

public enum AssistanceSort
{
    Submitted = 0,
    ResolutionDue = 1,
    Priority = 2,
    Status = 3,
    Coop = 4,
}

/// <summary>The request queue: search, filters, sort and paging. A rep sees only their own co-op's requests.</summary>
[AnySignedInUser]
public sealed record ListAssistanceRequests : IRequest<PagedList<AssistanceListItem>>
{
    public string? Q { get; init; }
    public AssistanceStatus? Status { get; init; }
    /// <summary>Only requests not yet resolved, closed or declined.</summary>
    public bool OpenOnly { get; init; }
    public AssistanceCategory? Category { get; init; }
    public Priority? Priority { get; init; }
    public int? CoopId { get; init; }
    public int? ProviderId { get; init; }
    /// <summary>Open requests whose resolution is due today or already overdue.</summary>
    public bool DueSoonOrOverdue { get; init; }
    public bool NeedsHoursApproval { get; init; }
    public AssistanceSort Sort { get; init; }
    public bool Descending { get; init; } = true;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;
}

public sealed class ListAssistanceRequestsValidator : AbstractValidator<ListAssistanceRequests>
{
    public ListAssistanceRequestsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page starts at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Messages.Format("Page size must be between 1 and {0}.", Paging.MaxPageSize));
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ListAssistanceRequestsHandler(IAppDbContext db, AssistanceAccess access, AllianceClock clock, IOptions<AssistanceOptions> options)
    : IRequestHandler<ListAssistanceRequests, PagedList<AssistanceListItem>>
{
    public async Task<PagedList<AssistanceListItem>> Handle(ListAssistanceRequests r, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var policy = options.Value.SlaPolicy();
        var requests = access.Visible(db.AssistanceRequests.AsNoTracking());

        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            var q = r.Q.Trim().ToLower();
            var coopIds = db.Cooperatives.Where(c => c.LegalName.ToLower().Contains(q) || (c.TradeName != null && c.TradeName.ToLower().Contains(q)))
                .Select(c => c.Id);
            requests = requests.Where(x => x.Title.ToLower().Contains(q) || x.Description.ToLower().Contains(q) || coopIds.Contains(x.CooperativeId));
        }

        if (r.Status is { } status) requests = requests.Where(x => x.Status == status);
        if (r.OpenOnly) requests = requests.Where(x => x.Status != AssistanceStatus.Resolved && x.Status != AssistanceStatus.Closed && x.Status != AssistanceStatus.Declined);
        if (r.Category is { } category) requests = requests.Where(x => x.Category == category);
        if (r.Priority is { } priority) requests = requests.Where(x => x.Priority == priority);
        if (r.CoopId is { } coopId) requests = requests.Where(x => x.CooperativeId == coopId);
        if (r.ProviderId is { } providerId) requests = requests.Where(x => x.ProviderId == providerId);
        if (r.NeedsHoursApproval) requests = requests.Where(x => x.NeedsHoursApproval);
        if (r.DueSoonOrOverdue)
        {
            // "Due soon" is counted in business days; the latest day that is still due soon bounds the query.
            var dueSoonUpTo = policy.Calendar.AddBusinessDays(today, policy.WarnBusinessDays);
            requests = requests.Where(x => x.Status != AssistanceStatus.Resolved && x.Status != AssistanceStatus.Closed
                                           && x.Status != AssistanceStatus.Declined && x.ResolutionDueOn <= dueSoonUpTo);
        }

        var rows = from x in requests
                   join c in db.Cooperatives on x.CooperativeId equals c.Id
                   join p in db.Providers on x.ProviderId equals p.Id into ps
                   from p in ps.DefaultIfEmpty()
                   select new { x, Coop = c.TradeName ?? c.LegalName, Provider = p == null ? null : p.Name };

        rows = (r.Sort, r.Descending) switch
        {
            (AssistanceSort.ResolutionDue, false) => rows.OrderBy(v => v.x.ResolutionDueOn).ThenBy(v => v.x.Id),
            (AssistanceSort.ResolutionDue, true) => rows.OrderByDescending(v => v.x.ResolutionDueOn).ThenByDescending(v => v.x.Id),
            (AssistanceSort.Priority, false) => rows.OrderBy(v => v.x.Priority).ThenBy(v => v.x.Id),
            (AssistanceSort.Priority, true) => rows.OrderByDescending(v => v.x.Priority).ThenBy(v => v.x.Id),
            (AssistanceSort.Status, false) => rows.OrderBy(v => v.x.Status).ThenBy(v => v.x.Id),
            (AssistanceSort.Status, true) => rows.OrderByDescending(v => v.x.Status).ThenBy(v => v.x.Id),
            (AssistanceSort.Coop, false) => rows.OrderBy(v => v.Coop).ThenBy(v => v.x.Id),
            (AssistanceSort.Coop, true) => rows.OrderByDescending(v => v.Coop).ThenBy(v => v.x.Id),
            // Sent: when the request was sent (the id breaks ties, so paging is stable).
            (_, false) => rows.OrderBy(v => v.x.SubmittedAt).ThenBy(v => v.x.Id),
            _ => rows.OrderByDescending(v => v.x.SubmittedAt).ThenByDescending(v => v.x.Id),
        };

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((r.Page - 1) * r.PageSize).Take(r.PageSize).ToListAsync(cancellationToken);
        var items = page.Select(v => new AssistanceListItem
        {
            Id = v.x.Id,
            CooperativeId = v.x.CooperativeId,
            CoopName = v.Coop,
            Category = v.x.Category,
            Title = v.x.Title,
            Status = v.x.Status,
            Priority = v.x.Priority,
            SubmittedAt = v.x.SubmittedAt,
            ProviderId = v.x.ProviderId,
            ProviderName = v.Provider,
            FirstResponseDueOn = v.x.FirstResponseDueOn,
            ResolutionDueOn = v.x.ResolutionDueOn,
            FirstRespondedAt = v.x.FirstRespondedAt,
            ResolvedAt = v.x.ResolvedAt,
            NeedsHoursApproval = v.x.NeedsHoursApproval,
            FirstResponseSla = Sla.FirstResponse(v.x, policy, clock, today),
            ResolutionSla = Sla.Resolution(v.x, policy, clock, today),
        }).ToList();
        return new PagedList<AssistanceListItem>(items, total, r.Page, r.PageSize);
    }
}

/// <summary>Where a request stands against its two targets (declined requests count as answered, not resolved).</summary>
internal static class Sla
{
    public static SlaState FirstResponse(AssistanceRequest r, SlaPolicy policy, AllianceClock clock, DateOnly today) =>
        policy.Evaluate(r.FirstResponseDueOn, r.FirstRespondedAt is { } at ? clock.DateOf(at) : null, today);

    public static SlaState Resolution(AssistanceRequest r, SlaPolicy policy, AllianceClock clock, DateOnly today)
    {
        if (r.Status == AssistanceStatus.Declined)
        {
            return SlaState.Met;
        }

        return policy.Evaluate(r.ResolutionDueOn, r.ResolvedAt is { } at ? clock.DateOf(at) : null, today);
    }
}
