using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Conversions;

/// <summary>The editable part of a conversion, shared by create and update.</summary>
public interface IConversionInput
{
    string BusinessName { get; }
    string? Sector { get; }
    Region Region { get; }
    string? Town { get; }
    string? State { get; }
    string OwnerName { get; }
    string? OwnerEmail { get; }
    string? OwnerPhone { get; }
    ConversionReason Reason { get; }
    DateOnly? TargetSaleOn { get; }
    string? TimelineNotes { get; }
    decimal? Valuation { get; }
    IReadOnlyList<ConversionWorkerDetails> Workers { get; }
}

public static class ConversionInputExtensions
{
    public static ConversionProfile ToProfile(this IConversionInput x) =>
        new(x.BusinessName, x.Sector, x.Region, x.Town, x.State, x.OwnerName, x.OwnerEmail, x.OwnerPhone, x.Reason, x.TargetSaleOn,
            x.TimelineNotes, x.Valuation, x.Workers ?? []);
}

public sealed class ConversionInputRules : AbstractValidator<IConversionInput>
{
    public ConversionInputRules()
    {
        RuleFor(x => x.BusinessName).NotEmpty().WithMessage("Enter the business's name.").MaximumLength(200);
        RuleFor(x => x.Sector).MaximumLength(100);
        RuleFor(x => x.Region).IsInEnum().WithMessage("Choose a region.");
        RuleFor(x => x.Town).MaximumLength(100);
        RuleFor(x => x.State).Length(2).When(x => !string.IsNullOrWhiteSpace(x.State)).WithMessage("Use the two-letter state code, e.g. MA.");
        RuleFor(x => x.OwnerName).NotEmpty().WithMessage("Enter the owner's name.").MaximumLength(200);
        RuleFor(x => x.OwnerEmail).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.OwnerEmail))
            .WithMessage("Enter an email address like ana@example.coop.").MaximumLength(200);
        RuleFor(x => x.OwnerPhone).MaximumLength(25);
        RuleFor(x => x.Reason).IsInEnum().WithMessage("Choose why the owner wants to sell: retiring, closing or other.");
        RuleFor(x => x.TimelineNotes).MaximumLength(2000);
        RuleFor(x => x.Valuation).GreaterThanOrEqualTo(0).When(x => x.Valuation is not null).WithMessage("The valuation cannot be negative.")
            .LessThan(1_000_000_000_000m).WithMessage("Enter the valuation in dollars.");
        RuleFor(x => x.Workers).Must(w => w is null || w.Count <= 500).WithMessage("List at most 500 workers.");
        RuleForEach(x => x.Workers).ChildRules(w =>
        {
            w.RuleFor(x => x.Name).NotEmpty().WithMessage("Give each worker a name.").MaximumLength(200);
            w.RuleFor(x => x.Role).MaximumLength(100);
            w.RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email))
                .WithMessage("Enter an email address like ana@example.coop.").MaximumLength(200);
        });
    }
}
