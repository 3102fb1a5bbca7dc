using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Elections;

public enum ElectionAction
{
    Enroll = 1,
    Waive = 2,
}

/// <summary>
/// A co-op's rep (their own co-op) or staff enroll a worker in a plan year — the tier follows from the dependents
/// covered — or record that the worker waives it. Outside open enrollment this needs an approved life event, or the
/// worker being newly eligible. The election is a new row; the worker (only them) is emailed a confirmation.
/// </summary>
[AnySignedInUser]
public sealed record MakeElection(int CoopId, int MemberId, int PlanYearId, ElectionAction Choice, IReadOnlyList<int>? DependentIds, WaiveReason? WaiveReason,
    DateOnly? EffectiveOn) : ICommand<int>;

public sealed class MakeElectionValidator : AbstractValidator<MakeElection>
{
    public MakeElectionValidator()
    {
        RuleFor(x => x.Choice).IsInEnum().WithMessage("Choose enroll or waive.");
        RuleFor(x => x.WaiveReason).NotNull().WithMessage("Say why the worker waives the coverage.").IsInEnum().When(x => x.Choice == ElectionAction.Waive);
    }
}

public sealed class MakeElectionHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, TimeProvider time, AllianceClock clock)
    : IRequestHandler<MakeElection, int>
{
    public async Task<int> Handle(MakeElection request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var member = await db.BenefitMembers.Include(m => m.Dependents).FirstOrDefaultAsync(m => m.Id == request.MemberId && m.CooperativeId == coop.Id, cancellationToken)
                     ?? throw new NotFoundException("Worker", request.MemberId);
        var year = await db.PlanYears.Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == request.PlanYearId, cancellationToken)
                   ?? throw new NotFoundException("Plan year", request.PlanYearId);
        var participation = await db.CoopParticipations.AsNoTracking().FirstOrDefaultAsync(p => p.CooperativeId == coop.Id && p.PlanYearId == year.Id, cancellationToken);
        var lifeEvent = await db.LifeEvents.AsNoTracking().Where(e => e.MemberId == member.Id && e.Status == LifeEventStatus.Approved)
            .OrderByDescending(e => e.DecidedOn).FirstOrDefaultAsync(cancellationToken);
        var today = clock.Today;
        var inWindow = year.IsWindowOpen(today);
        var context = new EnrollmentContext(year.Plan, year, participation, member, coop.Status, EnrollmentContext.MayChange(year.Plan, year, member, today, lifeEvent));
        var (reason, lifeEventId, defaultStart) = inWindow
            ? (ElectionReason.OpenEnrollment, (int?)null, year.StartsOn)
            : lifeEvent is not null && lifeEvent.AllowsChangesOn(today, year.Plan.LifeEventDays)
                ? (ElectionReason.LifeEvent, lifeEvent.Id, lifeEvent.ChangeEffectiveOn)
                : (ElectionReason.NewlyEligible, null, Eligibility.Check(year.Plan.Rules, member.Facts(coop.Status)).EligibleFrom ?? year.StartsOn);
        var effectiveOn = request.EffectiveOn ?? (defaultStart < year.StartsOn ? year.StartsOn : defaultStart);
        var actor = user.AsActor();
        Election election;
        if (request.Choice == ElectionAction.Enroll)
        {
            var ids = request.DependentIds ?? [];
            var dependents = member.Dependents.Where(d => ids.Contains(d.Id)).ToList();
            if (dependents.Count != ids.Distinct().Count())
            {
                throw new DomainRuleException("Only the worker's own current dependents can be covered.");
            }

            election = Election.Enroll(context, dependents, effectiveOn, reason, lifeEventId, actor, time.GetUtcNow());
        }
        else
        {
            election = Election.Waive(context, request.WaiveReason!.Value, effectiveOn, reason, lifeEventId, actor, time.GetUtcNow());
        }

        db.Elections.Add(election);
        if (member.Email is not null)
        {
            db.OutboxMessages.Add(new OutboxMessage(member.Email, $"Your {year.Plan.Name} election", Confirmation(member, year, participation, election), time.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return election.Id;
    }

    /// <summary>The worker's own election in plain words: what, who is covered, from when, their monthly share.</summary>
    private static string Confirmation(BenefitMember member, PlanYear year, CoopParticipation? participation, Election election)
    {
        if (!election.IsEnrolled)
        {
            return $"Dear {member.FirstName},\n\nYour co-op recorded that you waive {year.Plan.Name} from {election.EffectiveOn:MMMM d, yyyy}. " +
                   "If your other coverage ends, tell your co-op's rep within the plan's days so you can enroll.\n\nThe alliance's benefits office";
        }

        var covered = member.Dependents.Where(d => election.DependentIds.Contains(d.Id)).Select(d => d.FullName).ToList();
        var who = covered.Count == 0 ? "you" : "you and " + string.Join(", ", covered);
        var share = election.Tier is { } tier && participation is not null
            ? $" Your share is {Money.Format(participation.Split(year.PremiumFor(tier), tier).WorkerShare)} a month ({tier.Describe().ToLowerInvariant()})."
            : "";
        return $"Dear {member.FirstName},\n\nYou are enrolled in {year.Plan.Name}, covering {who}, from {election.EffectiveOn:MMMM d, yyyy}.{share}\n\n" +
               "If something here is wrong, tell your co-op's rep.\n\nThe alliance's benefits office";
    }
}

public sealed record WorkerElectionDto(int MemberId, string Name, int PlanYearId, string PlanName, string Status, CoverageTier? Tier, string? TierName,
    IReadOnlyList<string> Covered, DateOnly? EffectiveOn, DateOnly? EndsOn, decimal Premium, decimal CoopShare, decimal WorkerShare, string? MaskedTaxpayerId,
    IReadOnlyList<DependentChoiceDto> Dependents, bool WindowOpen);

/// <summary>A dependent a worker may cover.</summary>
public sealed record DependentChoiceDto(int Id, string Name, DependentRelationship Relationship);

public sealed record CoopBenefitsDto(int CoopId, string CoopName, IReadOnlyList<WorkerElectionDto> Workers, decimal CoopMonthlyShare, decimal WorkersMonthlyShare,
    int Undecided);

/// <summary>
/// What a co-op has (staff, or its rep; else 404): each worker's election per plan year the co-op takes part in — enrolled
/// with tier, who is covered and the monthly split; waived; or not decided yet — and what the co-op pays a month.
/// </summary>
[AnySignedInUser]
public sealed record GetCoopBenefits(int CoopId) : IRequest<CoopBenefitsDto>;

public sealed class GetCoopBenefitsHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetCoopBenefits, CoopBenefitsDto>
{
    public async Task<CoopBenefitsDto> Handle(GetCoopBenefits request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        var today = clock.Today;
        var participations = await db.CoopParticipations.AsNoTracking().Where(p => p.CooperativeId == coop.Id && p.Status == ParticipationStatus.Approved).ToListAsync(cancellationToken);
        var yearIds = participations.Select(p => p.PlanYearId).ToList();
        var years = await db.PlanYears.AsNoTracking().Include(y => y.Plan).Where(y => yearIds.Contains(y.Id) && y.EndsOn >= today).ToListAsync(cancellationToken);
        var members = await db.BenefitMembers.AsNoTracking().Include(m => m.Dependents).Where(m => m.CooperativeId == coop.Id && m.LeftRosterOn == null)
            .OrderBy(m => m.LastName).ThenBy(m => m.FirstName).ToListAsync(cancellationToken);
        var elections = (await db.Elections.AsNoTracking().Where(e => e.CooperativeId == coop.Id && yearIds.Contains(e.PlanYearId)).ToListAsync(cancellationToken))
            .ToLookup(e => (e.MemberId, e.PlanYearId));
        var rows = new List<WorkerElectionDto>();
        foreach (var year in years.OrderBy(y => y.StartsOn).ThenBy(y => y.Plan.Name))
        {
            var participation = participations.Single(p => p.PlanYearId == year.Id);
            foreach (var m in members)
            {
                var latest = Election.Latest(elections[(m.Id, year.Id)]);
                var covered = latest is { IsEnrolled: true } ? m.Dependents.Where(d => latest.DependentIds.Contains(d.Id)).Select(d => d.FullName).ToList() : [];
                var split = latest is { IsEnrolled: true, Tier: { } tier } && (latest.EndsOn is null || latest.EndsOn >= today)
                    ? participation.Split(year.PremiumFor(tier), tier) : new PremiumSplit(0, 0, 0);
                var status = latest switch
                {
                    null => "Not decided",
                    { IsEnrolled: true, EndsOn: { } end } => $"Enrolled until {end:MMM d, yyyy}",
                    { IsEnrolled: true } => "Enrolled",
                    _ => "Waived",
                };
                rows.Add(new WorkerElectionDto(m.Id, m.FullName, year.Id, $"{year.Plan.Name} {year.StartsOn:yyyy}", status, latest?.Tier, latest?.Tier?.Describe(), covered,
                    latest?.EffectiveOn, latest?.EndsOn, split.Premium, split.CoopShare, split.WorkerShare, m.MaskedTaxpayerId,
                    m.Dependents.Where(d => d.RemovedOn is null).Select(d => new DependentChoiceDto(d.Id, d.FullName, d.Relationship)).ToList(), year.IsWindowOpen(today)));
            }
        }

        // What the co-op pays a month now: the plan years in force today.
        var now = rows.Where(r => years.Any(y => y.Id == r.PlanYearId && y.Covers(today))).ToList();
        return new CoopBenefitsDto(coop.Id, coop.DisplayName, rows, now.Sum(r => r.CoopShare), now.Sum(r => r.WorkerShare), rows.Count(r => r.Status == "Not decided"));
    }
}
