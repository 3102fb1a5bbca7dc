using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Plans;

/// <summary>Staff add a carrier the alliance buys group coverage from.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateCarrier(string Name, string X12ReceiverId, string? Email) : ICommand<int>;

public sealed class CreateCarrierValidator : AbstractValidator<CreateCarrier>
{
    public CreateCarrierValidator(IAppDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the carrier's name.").MaximumLength(200)
            .MustAsync(async (name, ct) => !await db.Carriers.AnyAsync(c => c.Name == name.Trim(), ct)).WithMessage("There is already a carrier with this name.");
        RuleFor(x => x.X12ReceiverId).NotEmpty().WithMessage("Give the carrier's id for enrollment files (ask the carrier).").MaximumLength(15)
            .Matches("^[A-Za-z0-9 ]*$").WithMessage("Letters, digits and spaces only (it goes into fixed-width file headers).");
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email)).WithMessage("Enter an email address like groups@carrier.example.");
    }
}

public sealed class CreateCarrierHandler(IAppDbContext db) : IRequestHandler<CreateCarrier, int>
{
    public async Task<int> Handle(CreateCarrier request, CancellationToken cancellationToken)
    {
        var carrier = new Carrier(request.Name, request.X12ReceiverId, request.Email);
        db.Carriers.Add(carrier);
        await db.SaveChangesAsync(cancellationToken);
        return carrier.Id;
    }
}

/// <summary>What a plan says about itself: its kind, carrier, code and who may join.</summary>
public interface IPlanInput
{
    string Name { get; }
    PlanKind Kind { get; }
    string PlanCode { get; }
    EligibilityRulesDto Rules { get; }
    int LifeEventDays { get; }
    string? ContributionRule { get; }
}

public sealed class PlanInputValidator : AbstractValidator<IPlanInput>
{
    public PlanInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the plan's name.").MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of plan.");
        RuleFor(x => x.PlanCode).NotEmpty().WithMessage("Give the carrier's plan code (it goes into enrollment files).").MaximumLength(50);
        RuleFor(x => x.LifeEventDays).InclusiveBetween(1, 365).WithMessage("Give 1–365 days to report a life event.");
        RuleFor(x => x.ContributionRule).NotEmpty().When(x => x.Kind == PlanKind.Retirement)
            .WithMessage("A retirement plan has no tiers: describe its contribution rule instead.");
        RuleFor(x => x.Rules).NotNull().WithMessage("Give the eligibility rules.");
        When(x => x.Rules is not null, () =>
        {
            RuleFor(x => x.Rules.Standings).NotEmpty().WithMessage("Choose at least one membership standing that may join.");
            RuleFor(x => x.Rules.WorkerKinds).NotEmpty().WithMessage("Choose at least one kind of worker who may join.");
            RuleFor(x => x.Rules.MinimumHoursPerWeek).InclusiveBetween(0, 80).WithMessage("Minimum hours are 0–80 a week.");
            RuleFor(x => x.Rules.WaitingDays).InclusiveBetween(0, 365).WithMessage("The waiting period is 0–365 days.");
            RuleFor(x => x.Rules.MinimumParticipationPercent).InclusiveBetween(0, 100).WithMessage("Minimum participation is 0–100 %.");
            RuleForEach(x => x.Rules.States).Matches("^[A-Za-z]{2}$").WithMessage("Write states as two letters, like MA or VT.");
        });
    }
}

/// <summary>Staff add a group plan with its eligibility rules.</summary>
[Authorize(Roles.Staff)]
public sealed record CreatePlan(string Name, PlanKind Kind, int CarrierId, string PlanCode, EligibilityRulesDto Rules, int LifeEventDays, string? ContributionRule)
    : ICommand<int>, IPlanInput;

public sealed class CreatePlanValidator : AbstractValidator<CreatePlan>
{
    public CreatePlanValidator(IAppDbContext db)
    {
        Include(new PlanInputValidator());
        RuleFor(x => x.CarrierId).MustAsync((id, ct) => db.Carriers.AnyAsync(c => c.Id == id, ct)).WithMessage("Choose a carrier.");
        RuleFor(x => x.Name).MustAsync(async (name, ct) => !await db.Plans.AnyAsync(p => p.Name == (name ?? "").Trim(), ct))
            .WithMessage("There is already a plan with this name.");
    }
}

public sealed class CreatePlanHandler(IAppDbContext db) : IRequestHandler<CreatePlan, int>
{
    public async Task<int> Handle(CreatePlan request, CancellationToken cancellationToken)
    {
        var plan = new Plan(request.Name, request.Kind, request.CarrierId, request.PlanCode, request.Rules.ToRules(), request.LifeEventDays, request.ContributionRule);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan.Id;
    }
}

/// <summary>Staff change a plan's name, code or rules; <see cref="Version"/> is the version they saw (409 if stale).</summary>
[Authorize(Roles.Staff)]
public sealed record UpdatePlan(int Id, string Name, PlanKind Kind, string PlanCode, EligibilityRulesDto Rules, int LifeEventDays, string? ContributionRule, int Version)
    : ICommand<Unit>, IPlanInput;

public sealed class UpdatePlanValidator : AbstractValidator<UpdatePlan>
{
    public UpdatePlanValidator() => Include(new PlanInputValidator());
}

public sealed class UpdatePlanHandler(IAppDbContext db) : IRequestHandler<UpdatePlan, Unit>
{
    public async Task<Unit> Handle(UpdatePlan request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Years).FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Plan", request.Id);
        db.ExpectVersion(plan, request.Version);
        plan.Update(request.Name, request.Kind, request.PlanCode, request.Rules.ToRules(), request.LifeEventDays, request.ContributionRule);
        return Unit.Value;
    }
}

public sealed record TierRateInput(CoverageTier Tier, decimal MonthlyPremium);

/// <summary>Staff add a plan year: its dates, its open-enrollment window and the monthly premium of each tier.</summary>
[Authorize(Roles.Staff)]
public sealed record AddPlanYear(int PlanId, DateOnly StartsOn, DateOnly EndsOn, DateOnly EnrollmentOpensOn, DateOnly EnrollmentClosesOn,
    IReadOnlyList<TierRateInput> Rates) : ICommand<int>;

public sealed class AddPlanYearValidator : AbstractValidator<AddPlanYear>
{
    public AddPlanYearValidator()
    {
        RuleFor(x => x.EndsOn).GreaterThan(x => x.StartsOn).WithMessage("The plan year ends after it starts.");
        RuleFor(x => x.EnrollmentClosesOn).GreaterThanOrEqualTo(x => x.EnrollmentOpensOn).WithMessage("Open enrollment closes on or after the day it opens.")
            .LessThanOrEqualTo(x => x.EndsOn).WithMessage("Open enrollment closes before the plan year ends.");
        RuleFor(x => x.Rates).NotNull();
        RuleForEach(x => x.Rates).ChildRules(r =>
        {
            r.RuleFor(x => x.Tier).IsInEnum().WithMessage("Choose a coverage tier.");
            r.RuleFor(x => x.MonthlyPremium).GreaterThanOrEqualTo(0).WithMessage("A premium cannot be negative.");
        });
    }
}

public sealed class AddPlanYearHandler(IAppDbContext db) : IRequestHandler<AddPlanYear, int>
{
    public async Task<int> Handle(AddPlanYear request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Years).FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken)
                   ?? throw new NotFoundException("Plan", request.PlanId);
        var year = plan.AddYear(request.StartsOn, request.EndsOn, request.EnrollmentOpensOn, request.EnrollmentClosesOn,
            (request.Rates ?? []).Select(r => new TierRate(r.Tier, r.MonthlyPremium)).ToList());
        await db.SaveChangesAsync(cancellationToken);
        return year.Id;
    }
}
