using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Plans;

public sealed record TierContributionInput(CoverageTier Tier, decimal MonthlyAmount);

public sealed record ParticipationDto(int Id, int CoopId, string CoopName, int PlanId, string PlanName, int PlanYearId, DateOnly YearStartsOn, DateOnly YearEndsOn,
    ContributionKind ContributionKind, decimal? Percent, IReadOnlyList<TierContributionInput> FixedAmounts, DateOnly From, ParticipationStatus Status,
    string? GroupNumber, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, string? DecisionNote, int Version);

/// <summary>A co-op's rep (for their own co-op) or staff ask for the co-op to join a plan year with its contribution.</summary>
[AnySignedInUser]
public sealed record RequestParticipation(int CoopId, int PlanYearId, ContributionKind ContributionKind, decimal? Percent,
    IReadOnlyList<TierContributionInput>? FixedAmounts, DateOnly? From) : ICommand<int>;

public sealed class RequestParticipationValidator : AbstractValidator<RequestParticipation>
{
    public RequestParticipationValidator()
    {
        RuleFor(x => x.ContributionKind).IsInEnum().WithMessage("Choose how the co-op contributes.");
        RuleFor(x => x.Percent).NotNull().WithMessage("Give the co-op's share of each premium.").InclusiveBetween(0, 100)
            .WithMessage("The co-op's share is a percent from 0 to 100.").When(x => x.ContributionKind == ContributionKind.PercentOfPremium);
        RuleFor(x => x.FixedAmounts).NotEmpty().WithMessage("Give the co-op's monthly amount for at least one tier.")
            .When(x => x.ContributionKind == ContributionKind.FixedPerTier);
        RuleForEach(x => x.FixedAmounts).ChildRules(a => a.RuleFor(x => x.MonthlyAmount).GreaterThanOrEqualTo(0).WithMessage("An amount cannot be negative."));
    }
}

public sealed class RequestParticipationHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RequestParticipation, int>
{
    public async Task<int> Handle(RequestParticipation request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives, request.CoopId, cancellationToken);
        var year = await db.PlanYears.Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == request.PlanYearId, cancellationToken)
                   ?? throw new NotFoundException("Plan year", request.PlanYearId);
        if (await db.CoopParticipations.AnyAsync(p => p.CooperativeId == coop.Id && p.PlanYearId == year.Id, cancellationToken))
        {
            throw DomainRuleException.Format("{0} has already asked to take part in {1} for {2}.", coop.DisplayName, year.Plan.Name, year.StartsOn.Year);
        }

        var participation = new CoopParticipation(coop.Id, year, coop.Status, year.Plan.Rules, request.ContributionKind, request.Percent,
            (request.FixedAmounts ?? []).Select(a => new TierContribution(a.Tier, a.MonthlyAmount)).ToList(), request.From ?? year.StartsOn, user.AsActor(), clock.GetUtcNow());
        db.CoopParticipations.Add(participation);
        await db.SaveChangesAsync(cancellationToken);
        return participation.Id;
    }
}

/// <summary>Staff approve a co-op's participation with the carrier's group number; its workers can then enroll.</summary>
[Authorize(Roles.Staff)]
public sealed record ApproveParticipation(int Id, string GroupNumber, string? Note, int Version) : ICommand<Unit>;

public sealed class ApproveParticipationValidator : AbstractValidator<ApproveParticipation>
{
    public ApproveParticipationValidator() =>
        RuleFor(x => x.GroupNumber).NotEmpty().WithMessage("Give the carrier's group number for this co-op.").MaximumLength(50);
}

public sealed class ApproveParticipationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ApproveParticipation, Unit>
{
    public async Task<Unit> Handle(ApproveParticipation request, CancellationToken cancellationToken)
    {
        var participation = await db.CoopParticipations.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                            ?? throw new NotFoundException("Participation", request.Id);
        db.ExpectVersion(participation, request.Version);
        participation.Approve(request.GroupNumber, user.AsActor(), clock.GetUtcNow(), request.Note);
        return Unit.Value;
    }
}

/// <summary>Staff decline a participation request; the reason is shown to the co-op's rep.</summary>
[Authorize(Roles.Staff)]
public sealed record DeclineParticipation(int Id, string Reason, int Version) : ICommand<Unit>;

public sealed class DeclineParticipationValidator : AbstractValidator<DeclineParticipation>
{
    public DeclineParticipationValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason; the co-op's rep sees it.").MaximumLength(1000);
}

public sealed class DeclineParticipationHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<DeclineParticipation, Unit>
{
    public async Task<Unit> Handle(DeclineParticipation request, CancellationToken cancellationToken)
    {
        var participation = await db.CoopParticipations.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                            ?? throw new NotFoundException("Participation", request.Id);
        db.ExpectVersion(participation, request.Version);
        participation.Decline(request.Reason, user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}

/// <summary>
/// Participations, requests first then by co-op: staff see all (filter by status, plan year or a co-op's name), a rep
/// only their own co-op's (any other <paramref name="CoopId"/> is 404).
/// </summary>
[AnySignedInUser]
public sealed record ListParticipations(int? CoopId = null, ParticipationStatus? Status = null, int? PlanYearId = null, string? Q = null, int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IRequest<PagedList<ParticipationDto>>;

public sealed class ListParticipationsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListParticipations, PagedList<ParticipationDto>>
{
    private sealed record Row(CoopParticipation P, string CoopName, DateOnly StartsOn, DateOnly EndsOn, string PlanName, int PlanId);

    public async Task<PagedList<ParticipationDto>> Handle(ListParticipations request, CancellationToken cancellationToken)
    {
        if (request.CoopId is { } id)
        {
            access.EnsureCanSee(id);
        }

        var coops = access.Visible(db.Cooperatives.AsNoTracking());
        var query =
            from p in db.CoopParticipations.AsNoTracking()
            join c in coops on p.CooperativeId equals c.Id
            join y in db.PlanYears.AsNoTracking() on p.PlanYearId equals y.Id
            join plan in db.Plans.AsNoTracking() on y.PlanId equals plan.Id
            select new { p, c.LegalName, c.TradeName, y, plan.Name, PlanId = plan.Id };
        if (request.CoopId is { } coopId)
        {
            query = query.Where(x => x.p.CooperativeId == coopId);
        }

        if (request.Status is { } status)
        {
            query = query.Where(x => x.p.Status == status);
        }

        if (request.PlanYearId is { } yearId)
        {
            query = query.Where(x => x.p.PlanYearId == yearId);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim();
            query = query.Where(x => x.LegalName.Contains(q) || (x.TradeName != null && x.TradeName.Contains(q)) || x.Name.Contains(q));
        }

        var rows = await PagedList<Row>.CreateAsync(query.OrderBy(x => x.p.Status == ParticipationStatus.Requested ? 0 : 1).ThenBy(x => x.TradeName ?? x.LegalName)
            .ThenByDescending(x => x.y.StartsOn).ThenBy(x => x.p.Id)
            .Select(x => new Row(x.p, x.TradeName ?? x.LegalName, x.y.StartsOn, x.y.EndsOn, x.Name, x.PlanId)),
            Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, Paging.MaxPageSize), cancellationToken);
        var items = rows.Items.Select(x => new ParticipationDto(x.P.Id, x.P.CooperativeId, x.CoopName, x.PlanId, x.PlanName, x.P.PlanYearId, x.StartsOn, x.EndsOn,
            x.P.ContributionKind, x.P.Percent, x.P.FixedAmounts.Select(a => new TierContributionInput(a.Tier, a.MonthlyAmount)).ToList(), x.P.From, x.P.Status,
            x.P.GroupNumber, x.P.RequestedByName, x.P.RequestedAt, x.P.DecidedByName, x.P.DecisionNote, x.P.Version)).ToList();
        return new PagedList<ParticipationDto>(items, rows.Total, rows.Page, rows.PageSize);
    }
}

public sealed record ParticipationRateDto(int CoopId, int PlanYearId, int Eligible, int Enrolled, int WaivedWithOtherCoverage, decimal Percent,
    decimal MinimumPercent, bool MeetsMinimum);

/// <summary>
/// How many of a co-op's eligible workers have enrolled or waived because they have other coverage, against the plan's
/// minimum participation (a carrier may refuse a group below it). Eligible: workers with a benefits record who pass the
/// plan's rules.
/// </summary>
[AnySignedInUser]
public sealed record GetParticipationRate(int CoopId, int PlanYearId) : IRequest<ParticipationRateDto>;

public sealed class GetParticipationRateHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<GetParticipationRate, ParticipationRateDto>
{
    public async Task<ParticipationRateDto> Handle(GetParticipationRate request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var year = await db.PlanYears.AsNoTracking().Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == request.PlanYearId, cancellationToken)
                   ?? throw new NotFoundException("Plan year", request.PlanYearId);
        var members = await db.BenefitMembers.AsNoTracking().Where(m => m.CooperativeId == coop.Id && m.LeftRosterOn == null).ToListAsync(cancellationToken);
        var eligible = members.Where(m => Eligibility.Check(year.Plan.Rules, m.Facts(coop.Status) with { CoopStanding = MembershipStatus.Active }).IsEligible)
            .Select(m => m.Id).ToHashSet();
        var elections = await db.Elections.AsNoTracking().Where(e => e.PlanYearId == year.Id && e.CooperativeId == coop.Id).ToListAsync(cancellationToken);
        var latest = elections.GroupBy(e => e.MemberId).Where(g => eligible.Contains(g.Key)).Select(g => Election.Latest(g)!).ToList();
        var enrolled = latest.Count(e => e.IsEnrolled && e.EndsOn is null);
        var waived = latest.Count(e => e.WaiveReason is { } r && Eligibility.CountsForParticipation(r));
        var percent = Eligibility.ParticipationPercent(eligible.Count, enrolled, waived);
        var minimum = year.Plan.Rules.MinimumParticipationPercent;
        return new ParticipationRateDto(coop.Id, year.Id, eligible.Count, enrolled, waived, percent, minimum, percent >= minimum);
    }
}
