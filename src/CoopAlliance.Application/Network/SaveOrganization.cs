using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Network;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Network;

/// <summary>The rules on an organisation's form, shared by create and edit.</summary>
public sealed class OrganizationInputValidator : AbstractValidator<OrganizationInput>
{
    public OrganizationInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Give the organisation's name.").MaximumLength(200);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose what kind of organisation it is.");
        RuleFor(x => x.Region).IsInEnum().WithMessage("Choose a region.");
        RuleFor(x => x.Offers).MaximumLength(2000);
        RuleFor(x => x.Website).MaximumLength(300)
            .Must(w => w is null || w.Trim().Length == 0 || Uri.TryCreate(w.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps))
            .WithMessage("Enter the website's full address, starting with https://.");
        RuleFor(x => x.Contacts).Must(c => c.Count <= 10).WithMessage("At most 10 contacts.");
        RuleForEach(x => x.Contacts).ChildRules(c =>
        {
            c.RuleFor(x => x.Name).NotEmpty().WithMessage("Give each contact's name.").MaximumLength(200);
            c.RuleFor(x => x.Email).EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256);
            c.RuleFor(x => x.Phone).MaximumLength(40);
        });
    }
}

internal static class OrganizationNames
{
    public static async Task EnsureFreeAsync(IAppDbContext db, string name, int? exceptId, string field, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.AlliedOrganizations.AnyAsync(o => o.Name == trimmed && o.Id != exceptId, ct))
        {
            throw new ValidationException(field, $"{trimmed} is already in the directory.");
        }
    }

    public static AlliedOrganization New(OrganizationInput i) => new(i.Name, i.Kind, i.Region, i.Offers, i.Website, i.Contacts);
}
