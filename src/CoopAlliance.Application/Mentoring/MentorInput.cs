using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The editable part of a mentor's profile, shared by create and update.</summary>
public interface IMentorInput
{
    string? HomeCoop { get; }
    IReadOnlyList<MentorSkill> Skills { get; }
    IReadOnlyList<string> Sectors { get; }
    IReadOnlyList<string> Languages { get; }
    Region Region { get; }
    int Capacity { get; }
    string? Bio { get; }
    IReadOnlyList<int> ConflictCoopIds { get; }
}

public sealed class MentorInputRules : AbstractValidator<IMentorInput>
{
    public MentorInputRules()
    {
        RuleFor(x => x.HomeCoop).MaximumLength(200);
        RuleFor(x => x.Bio).MaximumLength(2000);
        RuleFor(x => x.Region).IsInEnum().WithMessage("Choose a region.");
        RuleFor(x => x.Capacity).InclusiveBetween(0, Mentor.MaxCapacity)
            .WithMessage(_ => Messages.Format("Capacity is how many co-ops at a time: between 0 and {0}.", Mentor.MaxCapacity));
        RuleFor(x => x.Skills).NotEmpty().WithMessage("Choose at least one skill the mentor can help with.");
        RuleForEach(x => x.Skills).ChildRules(s =>
        {
            s.RuleFor(x => x.Skill).IsInEnum().WithMessage("Choose a skill from the list.");
            s.RuleFor(x => x.Level).IsInEnum().WithMessage("Choose a level: some, experienced or expert.");
        });
        RuleFor(x => x.Languages).NotEmpty().WithMessage("List at least one language the mentor works in.");
        RuleForEach(x => x.Languages).NotEmpty().MaximumLength(50);
        RuleForEach(x => x.Sectors).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Sectors.Count).LessThanOrEqualTo(20).OverridePropertyName(nameof(IMentorInput.Sectors));
    }
}
