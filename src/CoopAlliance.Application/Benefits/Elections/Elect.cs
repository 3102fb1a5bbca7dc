using System.Globalization;
using System.Text;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Elections;

/// <summary>
/// Enrolls a worker of the co-op in a plan year (rep of the co-op or staff), covering the chosen dependents; the tier
/// follows from them. Outside open enrollment only with a staff-approved life event reported in time, or when the
/// worker is newly eligible. A new election row is written (earlier ones are kept), and the worker — only the worker —
/// is sent a confirmation. Returns the election's id.
/// </summary>
[AnySignedInUser]
public sealed record EnrollWorker(int CoopId, int MemberId, int PlanYearId, IReadOnlyList<int>? DependentIds, DateOnly EffectiveOn) : ICommand<int>;

public sealed class EnrollWorkerValidator : AbstractValidator<EnrollWorker>
{
    public EnrollWorkerValidator()
    {
        RuleFor(x => x.MemberId).GreaterThan(0).WithMessage("Choose a worker.");
        RuleFor(x => x.PlanYearId).GreaterThan(0).WithMessage("Choose a plan year.");
        RuleFor(x => x.EffectiveOn).NotEmpty().WithMessage("Give the day coverage starts.");
        RuleFor(x => x.DependentIds).Must(ids => ids is null || ids.Count <= 20).WithMessage("At most 20 dependents.");
    }
}

/// <summary>Waives a plan year's coverage for a worker, with the reason (same rules on when as <see cref="EnrollWorker"/>).</summary>
[AnySignedInUser]
public sealed record WaiveCoverage(int CoopId, int MemberId, int PlanYearId, WaiveReason? Reason, DateOnly EffectiveOn) : ICommand<int>;

public sealed class WaiveCoverageValidator : AbstractValidator<WaiveCoverage>
{
    public WaiveCoverageValidator()
    {
        RuleFor(x => x.MemberId).GreaterThan(0).WithMessage("Choose a worker.");
        RuleFor(x => x.PlanYearId).GreaterThan(0).WithMessage("Choose a plan year.");
        RuleFor(x => x.Reason).NotNull().WithMessage("Give the reason for waiving.").IsInEnum().WithMessage("Give the reason for waiving.");
        RuleFor(x => x.EffectiveOn).NotEmpty().WithMessage("Give the day the waiver starts.");
    }
}

public sealed class EnrollWorkerHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock)
    : IRequestHandler<EnrollWorker, int>
{
    public async Task<int> Handle(EnrollWorker request, CancellationToken cancellationToken)
    {
        var c = await ElectionContext.LoadAsync(db, access, clock, request.CoopId, request.MemberId, request.PlanYearId, cancellationToken);
        var wanted = (request.DependentIds ?? []).Distinct().ToList();
        var dependents = c.Member.Dependents.Where(d => wanted.Contains(d.Id)).ToList();
        if (dependents.Count != wanted.Count)
        {
            throw new Common.Exceptions.ValidationException(nameof(EnrollWorker.DependentIds), "Choose the worker's own dependents.");
        }

        var election = Election.Enroll(c.Context, dependents, request.EffectiveOn, c.Reason, c.LifeEventId, user.AsActor(), clock.UtcNow);
        db.Elections.Add(election);
        var split = election.Tier is { } tier ? c.Participation!.Split(c.Year.PremiumFor(tier), tier) : null;
        ElectionEmails.Confirm(db, c.Member, c.Year.Plan, election, dependents, split, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return election.Id;
    }
}

public sealed class WaiveCoverageHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock)
    : IRequestHandler<WaiveCoverage, int>
{
    public async Task<int> Handle(WaiveCoverage request, CancellationToken cancellationToken)
    {
        var c = await ElectionContext.LoadAsync(db, access, clock, request.CoopId, request.MemberId, request.PlanYearId, cancellationToken);
        var election = Election.Waive(c.Context, request.Reason!.Value, request.EffectiveOn, c.Reason, c.LifeEventId, user.AsActor(), clock.UtcNow);
        db.Elections.Add(election);
        ElectionEmails.Confirm(db, c.Member, c.Year.Plan, election, [], null, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return election.Id;
    }
}

/// <summary>What an election needs loaded: the plan and year, the co-op's participation and standing, the worker's latest approved life event.</summary>
internal sealed record ElectionContext(EnrollmentContext Context, BenefitMember Member, PlanYear Year, CoopParticipation? Participation,
    ElectionReason Reason, int? LifeEventId)
{
    public static async Task<ElectionContext> LoadAsync(IAppDbContext db, CoopAccess access, AllianceClock clock, int coopId, int memberId,
        int planYearId, CancellationToken ct)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), coopId, ct);
        var member = await BenefitMemberMapping.GetMemberAsync(db, access, coopId, memberId, ct);
        var year = await db.PlanYears.Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == planYearId, ct)
                   ?? throw new NotFoundException("Plan year", planYearId);
        var participation = await db.CoopParticipations.AsNoTracking()
            .FirstOrDefaultAsync(p => p.CooperativeId == coop.Id && p.PlanYearId == year.Id, ct);
        var lifeEvent = (await db.LifeEvents.AsNoTracking()
                .Where(e => e.MemberId == member.Id && e.Status == LifeEventStatus.Approved).ToListAsync(ct))
            .OrderByDescending(e => e.DecidedOn).ThenByDescending(e => e.Id).FirstOrDefault();
        var today = clock.Today;
        var allowed = EnrollmentContext.MayChange(year.Plan, year, member, today, lifeEvent);
        // Why the row is written (kept with it; the carrier file's maintenance reason comes from it).
        var (reason, lifeEventId) = year.IsWindowOpen(today) ? (ElectionReason.OpenEnrollment, (int?)null)
            : EnrollmentContext.MayChange(year.Plan, year, member, today, null) ? (ElectionReason.NewlyEligible, null)
            : lifeEvent is not null ? (ElectionReason.LifeEvent, lifeEvent.Id)
            : (ElectionReason.OpenEnrollment, null);
        var context = new EnrollmentContext(year.Plan, year, participation, member, coop.Status, allowed);
        return new ElectionContext(context, member, year, participation, reason, lifeEventId);
    }
}

/// <summary>
/// The plain confirmation a worker gets of their own election: the plan, who is covered, from when and their monthly
/// share. Only to that worker's email; never another worker's, never sensitive values.
/// </summary>
public static class ElectionEmails
{
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    public static void Confirm(IAppDbContext db, BenefitMember member, Plan plan, Election election, IReadOnlyList<Dependent> dependents,
        PremiumSplit? split, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(member.Email))
        {
            return;
        }

        // Written in the co-op's language (the worker reads what their co-op chose).
        var language = db.Cooperatives.Where(c => c.Id == member.CooperativeId).Select(c => c.PreferredLanguage).FirstOrDefault();
        using var writing = AppCulture.Use(language);
        var body = new StringBuilder();
        body.AppendLine(BenefitsTexts.T("Dear {0},", member.FirstName)).AppendLine();
        if (election.IsEnrolled)
        {
            body.AppendLine(BenefitsTexts.T("You are enrolled in {0}.", plan.Name));
            if (election.Tier is { } tier)
            {
                body.AppendLine(BenefitsTexts.T("Coverage: {0}.", BenefitsTexts.T(tier.Describe())));
            }

            var covered = new[] { member.FullName }.Concat(dependents.Select(d => d.FullName));
            body.AppendLine(BenefitsTexts.T("Who is covered: {0}.", string.Join(", ", covered)));
            body.AppendLine(BenefitsTexts.T("From: {0}.", Formats.LongDay(election.EffectiveOn)));
            if (split is not null)
            {
                body.AppendLine(BenefitsTexts.T("Your monthly share: {0} (your co-op pays {1}).", split.WorkerShare.ToString("C", Dollars), split.CoopShare.ToString("C", Dollars)));
            }
        }
        else
        {
            body.AppendLine(BenefitsTexts.T("You waived {0} from {1}.", plan.Name, Formats.LongDay(election.EffectiveOn)));
            body.AppendLine(BenefitsTexts.T("Your monthly share: $0.00."));
        }

        body.AppendLine().AppendLine(BenefitsTexts.T("If this is not what you chose, tell your co-op's benefits contact."));
        db.OutboxMessages.Add(new OutboxMessage(member.Email, BenefitsTexts.T("Your {0} election", plan.Name), body.ToString(), at));
    }
}
