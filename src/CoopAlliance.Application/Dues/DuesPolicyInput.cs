using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using FluentValidation;

namespace CoopAlliance.Application.Dues;

/// <summary>A worker-owner step: up to the Nth worker-owner (null: all the rest), this much each a year.</summary>
public sealed record StepInput(int? UpTo, decimal AmountEach);

/// <summary>One way of computing annual dues: Flat uses Amount; percentages use RatePercent, Floor, Cap; PerWorkerOwner uses Steps.</summary>
public sealed record ComponentInput(DuesScheme Scheme, decimal? Amount = null, decimal? RatePercent = null, decimal? Floor = null,
    decimal? Cap = null, IReadOnlyList<StepInput>? Steps = null)
{
    public DuesComponent ToComponent() => Scheme switch
    {
        DuesScheme.Flat => DuesComponent.Flat(Amount ?? 0),
        DuesScheme.PercentOfWages => DuesComponent.PercentOfWages(RatePercent ?? 0, Floor, Cap),
        DuesScheme.PercentOfRevenue => DuesComponent.PercentOfRevenue(RatePercent ?? 0, Floor, Cap),
        _ => DuesComponent.PerWorkerOwner((Steps ?? []).Select(s => new WorkerOwnerStep(s.UpTo, s.AmountEach))),
    };
}

/// <summary>A tier: the co-op kinds it covers (none listed: all), its components, and an optional introductory rate.</summary>
public sealed record TierInput(string Name, IReadOnlyList<CoopKind>? Kinds, IReadOnlyList<ComponentInput> Components,
    int IntroductoryYears = 0, decimal IntroductoryDiscountPercent = 0)
{
    public DuesTier ToTier() => new(Name, Kinds ?? [], Components.Select(c => c.ToComponent()), IntroductoryYears, IntroductoryDiscountPercent);
}

/// <summary>The fields of a dues policy, shared by creating and revising one.</summary>
public interface IDuesPolicyInput
{
    string Name { get; }
    DateOnly EffectiveFrom { get; }
    BillingFrequency Frequency { get; }
    int DueDays { get; }
    decimal LaborHourValue { get; }
    IReadOnlyList<TierInput> Tiers { get; }
}

public sealed class DuesPolicyInputValidator : AbstractValidator<IDuesPolicyInput>
{
    public DuesPolicyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Frequency).IsInEnum();
        RuleFor(x => x.DueDays).InclusiveBetween(0, 365);
        RuleFor(x => x.LaborHourValue).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Tiers).NotEmpty().WithMessage("Add at least one tier.");
        RuleForEach(x => x.Tiers).ChildRules(t =>
        {
            t.RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
            t.RuleFor(x => x.Components).NotEmpty().WithMessage("Add at least one way of computing dues.");
            t.RuleFor(x => x.IntroductoryYears).InclusiveBetween(0, 20);
            t.RuleFor(x => x.IntroductoryDiscountPercent).InclusiveBetween(0, 100);
            t.RuleForEach(x => x.Components).ChildRules(c =>
            {
                c.RuleFor(x => x.Scheme).IsInEnum();
                c.RuleFor(x => x.Amount).NotNull().GreaterThanOrEqualTo(0).When(x => x.Scheme == DuesScheme.Flat);
                c.RuleFor(x => x.RatePercent).NotNull().InclusiveBetween(0, 100)
                    .When(x => x.Scheme is DuesScheme.PercentOfWages or DuesScheme.PercentOfRevenue);
                c.RuleFor(x => x.Steps).NotEmpty().When(x => x.Scheme == DuesScheme.PerWorkerOwner);
            });
        });
    }
}
