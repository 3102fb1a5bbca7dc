using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Elections;

/// <summary>Where a worker stands in a plan year by their latest election: enrolled, waived, or coverage ended.</summary>
public enum ElectionListStatus
{
    Enrolled = 1,
    Waived = 2,
    Ended = 3,
}

/// <summary>A worker's latest election in a plan year, for staff. Never a birth date or taxpayer id.</summary>
public sealed record ElectionListItem(int ElectionId, int MemberId, string WorkerName, string MemberNumber, int CoopId, string CoopName, int PlanYearId,
    string PlanName, DateOnly YearStartsOn, ElectionListStatus Status, string StatusName, CoverageTier? Tier, string? TierName, int Dependents,
    DateOnly EffectiveOn, DateOnly? EndsOn, string ReasonName, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>
/// Every worker's latest election (staff), by co-op and worker name, filtered by plan year, co-op, status and part of a
/// worker's or co-op's name (any case). The latest row of each worker and plan year is found in the database ("no later
/// row"), so a page reads only its own rows.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ListElections(int? PlanYearId = null, int? CoopId = null, ElectionListStatus? Status = null, string? Q = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<ElectionListItem>>;

public sealed class ListElectionsValidator : AbstractValidator<ListElections>
{
    public ListElectionsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
        RuleFor(x => x.Status).IsInEnum().When(x => x.Status is not null).WithMessage("Choose enrolled, waived or ended.");
    }
}

public sealed class ListElectionsHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ListElections, PagedList<ElectionListItem>>
{
    public async Task<PagedList<ElectionListItem>> Handle(ListElections request, CancellationToken cancellationToken)
    {
        var query = ElectionLists.Filter(db, request, clock.Today);
        var total = await query.CountAsync(cancellationToken);
        var rows = await ElectionLists.Ordered(query).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<ElectionListItem>(rows.Select(r => ElectionLists.ToItem(r, clock.Today)).ToList(), total, request.Page, request.PageSize);
    }
}

/// <summary>The same list as CSV (every matching row): names, plan, tier, dates — no birth dates, no taxpayer ids.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportElections(ListElections Filter) : IRequest<string>;

public sealed class ExportElectionsHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ExportElections, string>
{
    public async Task<string> Handle(ExportElections request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Co-op", "Worker", "Member number", "Plan", "Plan year", "Status", "Tier", "Dependents covered", "Effective",
            "Ends", "Reason", "Recorded", "Recorded by");
        await foreach (var row in ElectionLists.Ordered(ElectionLists.Filter(db, request.Filter, clock.Today)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var i = ElectionLists.ToItem(row, clock.Today);
            csv.Row(i.CoopName, i.WorkerName, i.MemberNumber, i.PlanName, i.YearStartsOn.Year, i.StatusName, i.TierName ?? "", i.Dependents, i.EffectiveOn,
                i.EndsOn?.ToString("yyyy-MM-dd") ?? "", i.ReasonName, clock.ToLocal(i.RecordedAt).ToString("yyyy-MM-dd HH:mm"), i.RecordedBy);
        }

        return csv.ToString();
    }
}

/// <summary>A row of the list's query (a class with init properties, so EF can filter and sort on what it projects).</summary>
public sealed class ElectionRow
{
    public required Election Election { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public required string CoopName { get; init; }
    public required string PlanName { get; init; }
    public DateOnly YearStartsOn { get; init; }
}

public static class ElectionLists
{
    public static string Words(ElectionListStatus status) => status switch
    {
        ElectionListStatus.Enrolled => "Enrolled",
        ElectionListStatus.Waived => "Waived",
        _ => "Coverage ended",
    };

    public static string Words(ElectionReason reason) => reason switch
    {
        ElectionReason.OpenEnrollment => "Open enrollment",
        ElectionReason.NewlyEligible => "Newly eligible",
        ElectionReason.LifeEvent => "Life event",
        ElectionReason.LeftRoster => "Left the roster",
        ElectionReason.HoursBelowMinimum => "Hours below the plan's minimum",
        ElectionReason.CoopLapsed => "Co-op's membership lapsed",
        _ => "Staff correction",
    };

    public static IQueryable<ElectionRow> Filter(IAppDbContext db, ListElections r, DateOnly today)
    {
        var latest = db.Elections.AsNoTracking().Where(e => !db.Elections.Any(l => l.MemberId == e.MemberId && l.PlanYearId == e.PlanYearId
                                                                                   && (l.RecordedAt > e.RecordedAt || (l.RecordedAt == e.RecordedAt && l.Id > e.Id))));
        if (r.PlanYearId is { } year)
        {
            latest = latest.Where(e => e.PlanYearId == year);
        }

        if (r.CoopId is { } coop)
        {
            latest = latest.Where(e => e.CooperativeId == coop);
        }

        latest = r.Status switch
        {
            ElectionListStatus.Enrolled => latest.Where(e => e.Choice == ElectionChoice.Enroll && (e.EndsOn == null || e.EndsOn >= today)),
            ElectionListStatus.Ended => latest.Where(e => e.Choice == ElectionChoice.Enroll && e.EndsOn < today),
            ElectionListStatus.Waived => latest.Where(e => e.Choice == ElectionChoice.Waive),
            _ => latest,
        };
        var rows =
            from e in latest
            join m in db.BenefitMembers on e.MemberId equals m.Id
            join c in db.Cooperatives on e.CooperativeId equals c.Id
            join y in db.PlanYears on e.PlanYearId equals y.Id
            select new ElectionRow
            {
                Election = e,
                FirstName = m.FirstName,
                LastName = m.LastName,
                CoopName = c.TradeName ?? c.LegalName,
                PlanName = y.Plan.Name,
                YearStartsOn = y.StartsOn,
            };
        if (!string.IsNullOrWhiteSpace(r.Q))
        {
            var text = r.Q.Trim().ToLower();
            rows = rows.Where(x => (x.FirstName + " " + x.LastName).ToLower().Contains(text) || x.CoopName.ToLower().Contains(text));
        }

        return rows;
    }

    public static IQueryable<ElectionRow> Ordered(IQueryable<ElectionRow> rows) =>
        rows.OrderBy(x => x.CoopName).ThenBy(x => x.LastName).ThenBy(x => x.FirstName).ThenBy(x => x.PlanName).ThenBy(x => x.Election.Id);

    public static ElectionListItem ToItem(ElectionRow row, DateOnly today)
    {
        var e = row.Election;
        var status = e.Choice == ElectionChoice.Waive ? ElectionListStatus.Waived
            : e.EndsOn is { } end && end < today ? ElectionListStatus.Ended : ElectionListStatus.Enrolled;
        return new ElectionListItem(e.Id, e.MemberId, $"{row.FirstName} {row.LastName}".Trim(), BenefitMember.MemberNumberOf(e.MemberId), e.CooperativeId,
            row.CoopName, e.PlanYearId, row.PlanName, row.YearStartsOn, status, Words(status), e.Tier, e.Tier?.Describe(),
            e.Choice == ElectionChoice.Enroll ? e.DependentIds.Count : 0, e.EffectiveOn, e.EndsOn, Words(e.Reason), e.RecordedAt, e.RecordedByName);
    }
}

/// <summary>A coverage end found by the daily round and not yet in effect: staff see every one before it takes effect.</summary>
public sealed record PendingTerminationDto(int Id, int MemberId, string WorkerName, int CoopId, string CoopName, int PlanYearId, string PlanName,
    string ReasonName, DateOnly LastCoveredDay, DateTimeOffset DetectedAt, DateTimeOffset? NoticeSentAt);

/// <summary>Every pending termination (staff), the soonest first.</summary>
[Authorize(Roles.Staff)]
public sealed record ListPendingTerminations : IRequest<IReadOnlyList<PendingTerminationDto>>;

public sealed class ListPendingTerminationsHandler(IAppDbContext db) : IRequestHandler<ListPendingTerminations, IReadOnlyList<PendingTerminationDto>>
{
    public async Task<IReadOnlyList<PendingTerminationDto>> Handle(ListPendingTerminations request, CancellationToken cancellationToken)
    {
        var rows = await (
            from t in db.CoverageTerminations.AsNoTracking()
            where t.Status == TerminationStatus.Pending
            join m in db.BenefitMembers on t.MemberId equals m.Id
            join c in db.Cooperatives on t.CooperativeId equals c.Id
            join y in db.PlanYears on t.PlanYearId equals y.Id
            orderby t.LastCoveredDay, c.LegalName, m.LastName
            select new { t, m.FirstName, m.LastName, Coop = c.TradeName ?? c.LegalName, Plan = y.Plan.Name }).Take(1000).ToListAsync(cancellationToken);
        return rows.Select(r => new PendingTerminationDto(r.t.Id, r.t.MemberId, $"{r.FirstName} {r.LastName}".Trim(), r.t.CooperativeId, r.Coop, r.t.PlanYearId,
            r.Plan, ElectionLists.Words(r.t.Reason), r.t.LastCoveredDay, r.t.DetectedAt, r.t.NoticeSentAt)).ToList();
    }
}

/// <summary>
/// Staff stop a pending termination found in error (the worker is back on the roster, the hours were mistyped): the
/// termination is cancelled and the worker's coverage continues as a new election row, so the history shows both. The
/// cancellation is one guarded UPDATE (pending → cancelled), so a double click or two staff at once continue it once.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record CancelCoverageTermination(int Id) : ICommand<Unit>;

public sealed class CancelCoverageTerminationHandler(IAppDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<CancelCoverageTermination, Unit>
{
    public async Task<Unit> Handle(CancelCoverageTermination request, CancellationToken cancellationToken)
    {
        var termination = await db.CoverageTerminations.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                          ?? throw new NotFoundException("Pending termination", request.Id);
        termination.Cancel(user.AsActor()); // the domain's rule: only a pending one (else 422)
        var actor = user.AsActor();
        var taken = await db.CoverageTerminations.Where(t => t.Id == termination.Id && t.Status == TerminationStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, TerminationStatus.Cancelled).SetProperty(t => t.CancelledByName, actor.Name), cancellationToken);
        if (taken == 0)
        {
            throw new Domain.Common.DomainRuleException("This termination was already cancelled or has taken effect.");
        }

        var history = await db.Elections.Where(e => e.MemberId == termination.MemberId && e.PlanYearId == termination.PlanYearId).ToListAsync(cancellationToken);
        if (Election.Latest(history) is { EndsOn: not null } latest)
        {
            db.Elections.Add(latest.Continue(actor, time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
