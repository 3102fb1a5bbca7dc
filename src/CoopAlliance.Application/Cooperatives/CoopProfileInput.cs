using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>The profile fields as they arrive from a form or the API (flat, so JSON bodies stay simple).</summary>
public interface ICoopProfileInput
{
    string LegalName { get; }
    string? TradeName { get; }
    CoopKind Kind { get; }
    string? Sector { get; }
    string? StreetAddress { get; }
    string? Town { get; }
    string? State { get; }
    string? PostalCode { get; }
    Region Region { get; }
    DateOnly? FoundedOn { get; }
    int WorkerOwners { get; }
    int OtherWorkers { get; }
    RevenueBand RevenueBand { get; }
    string? Website { get; }
    string? Email { get; }
    string? Phone { get; }
    string? Description { get; }
}

public static class CoopProfileInputExtensions
{
    public static CoopProfile ToProfile(this ICoopProfileInput i) => new(i.LegalName, i.TradeName, i.Kind, i.Sector,
        i.StreetAddress, i.Town, i.State, i.PostalCode, i.Region, i.FoundedOn, i.WorkerOwners, i.OtherWorkers,
        i.RevenueBand, i.Website, i.Email, i.Phone, i.Description);
}

/// <summary>The rules every profile obeys, shared by create, edit and the public application.</summary>
public sealed class CoopProfileRules : AbstractValidator<ICoopProfileInput>
{
    public CoopProfileRules(AllianceClock clock)
    {
        RuleFor(x => x.LegalName).NotEmpty().WithMessage("Enter the co-op's legal name.").MaximumLength(200);
        RuleFor(x => x.TradeName).MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what kind of co-op this is.");
        RuleFor(x => x.Region).IsInEnum().WithMessage("Choose a region.");
        RuleFor(x => x.RevenueBand).IsInEnum().WithMessage("Choose a revenue band.");
        RuleFor(x => x.Sector).MaximumLength(100);
        RuleFor(x => x.StreetAddress).MaximumLength(200);
        RuleFor(x => x.Town).MaximumLength(100);
        RuleFor(x => x.State).Matches("^[A-Za-z]{2}$").When(x => !string.IsNullOrWhiteSpace(x.State))
            .WithMessage("Use the two-letter state code, e.g. MA or VT.");
        RuleFor(x => x.PostalCode).Matches(@"^\d{5}(-\d{4})?$").When(x => !string.IsNullOrWhiteSpace(x.PostalCode))
            .WithMessage("Enter a ZIP code like 01060 or 01060-1234.");
        RuleFor(x => x.FoundedOn).LessThanOrEqualTo(_ => clock.Today)
            .When(x => x.FoundedOn is not null).WithMessage("The founding date cannot be in the future.");
        RuleFor(x => x.WorkerOwners).InclusiveBetween(0, 100_000).WithMessage("Worker-owners must be 0 or more.");
        RuleFor(x => x.OtherWorkers).InclusiveBetween(0, 100_000).WithMessage("Other workers must be 0 or more.");
        RuleFor(x => x.Website).Must(BeAWebAddress).When(x => !string.IsNullOrWhiteSpace(x.Website))
            .WithMessage("Enter a web address starting with http:// or https://.").MaximumLength(300);
        RuleFor(x => x.Email).EmailAddress().When(x => !string.IsNullOrWhiteSpace(x.Email))
            .WithMessage("Enter an email address like info@example.coop.").MaximumLength(200);
        RuleFor(x => x.Phone).Matches(@"^[0-9+().\- ]{7,25}$").When(x => !string.IsNullOrWhiteSpace(x.Phone))
            .WithMessage("Enter a phone number like 413-555-0123.");
        RuleFor(x => x.Description).MaximumLength(2000);
    }

    private static bool BeAWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
