using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The editable part of a developing co-op's record, shared by create and update.</summary>
public interface IDevelopingCoopInput
{
    string Name { get; }
    DevelopingCoopKind Kind { get; }
    string? Sector { get; }
    Region Region { get; }
    string? Language { get; }
    string? Town { get; }
    string? State { get; }
    string? Description { get; }
    string ContactName { get; }
    string? ContactEmail { get; }
    string? ContactPhone { get; }
    IReadOnlyList<Need> Needs { get; }
}

public static class DevelopingCoopInputExtensions
{
    public static DevelopingCoopProfile ToProfile(this IDevelopingCoopInput x) =>
        new(x.Name, x.Kind, x.Sector, x.Region, x.Language, x.Town, x.State, x.Description, x.ContactName, x.ContactEmail, x.ContactPhone, x.Needs);
}

public sealed class DevelopingCoopInputRules : AbstractValidator<IDevelopingCoopInput>
{
    public DevelopingCoopInputRules()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the group's or project's name.").MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose start-up group or conversion project.");
        RuleFor(x => x.Region).IsInEnum().WithMessage("Choose a region.");
        RuleFor(x => x.Sector).MaximumLength(100);
        RuleFor(x => x.Language).MaximumLength(50);
        RuleFor(x => x.Town).MaximumLength(100);
        RuleFor(x => x.State).Length(2).When(x => !string.IsNullOrWhiteSpace(x.State)).WithMessage("Use the two-letter state code, e.g. MA.");
        RuleFor(x => x.Description).MaximumLength(2000);
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Enter the name of the group's contact person.").MaximumLength(200);
        RuleFor(x => x.ContactEmail).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.ContactEmail))
            .WithMessage("Enter an email address like ana@example.coop.").MaximumLength(200);
        RuleFor(x => x.ContactPhone).MaximumLength(25);
        RuleForEach(x => x.Needs).ChildRules(n =>
        {
            n.RuleFor(x => x.Skill).IsInEnum().WithMessage("Choose a skill from the list.");
            n.RuleFor(x => x.Importance).IsInEnum().WithMessage("Choose how important it is: nice to have, important or essential.");
        });
    }
}
