using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.People;

public interface IPersonInput
{
    int CoopId { get; }
    string FullName { get; }
    string? Role { get; }
    string? Email { get; }
    string? Phone { get; }
    bool IsWorkerOwner { get; }
    DateOnly? StartedOn { get; }
    bool IsPrimaryContact { get; }
}

public static class PersonInputExtensions
{
    public static PersonDetails ToDetails(this IPersonInput i) =>
        new(i.FullName, i.Role, i.Email, i.Phone, i.IsWorkerOwner, i.StartedOn, i.IsPrimaryContact);
}

public sealed class PersonRules : AbstractValidator<IPersonInput>
{
    public PersonRules(AllianceClock clock)
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(200);
        RuleFor(x => x.Role).MaximumLength(100);
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage("Enter an email address like maria@example.coop.").MaximumLength(200);
        RuleFor(x => x.Phone).Matches(@"^[0-9+().\- ]{7,25}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Enter a phone number like 413-555-0123.");
        RuleFor(x => x.StartedOn).LessThanOrEqualTo(_ => clock.Today.AddYears(1))
            .When(x => x.StartedOn is not null).WithMessage("The start date is too far in the future.");
    }
}
