using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>Staff give a partner that joined its roles (speaker, sponsor, venue, food, outreach, volunteers); none clears them.</summary>
// The property Roles hides the Roles constants here.
[Authorize(Common.Security.Roles.Staff)]
public sealed record AssignPartnerRoles(int EventId, int PartnerId, IReadOnlyList<PartnerRoles>? Roles) : ICommand;

public sealed class AssignPartnerRolesValidator : AbstractValidator<AssignPartnerRoles>
{
    public AssignPartnerRolesValidator() =>
        RuleForEach(x => x.Roles).Must(r => r != PartnerRoles.None && Enum.IsDefined(r)).WithMessage("Choose roles from the list.");
}

public sealed class AssignPartnerRolesHandler(IAppDbContext db) : IRequestHandler<AssignPartnerRoles, Unit>
{
    public async Task<Unit> Handle(AssignPartnerRoles request, CancellationToken cancellationToken)
    {
        var partner = await Partners.PartnerAsync(db, request.EventId, request.PartnerId, cancellationToken);
        partner.AssignRoles(Partners.Join(request.Roles));
        return Unit.Value;
    }
}

/// <summary>Staff change the partner's contact person (the link stays the same; the new contact gets no new email).</summary>
[Authorize(Roles.Staff)]
public sealed record ChangePartnerContact(int EventId, int PartnerId, string ContactName, string ContactEmail) : ICommand;

public sealed class ChangePartnerContactValidator : AbstractValidator<ChangePartnerContact>
{
    public ChangePartnerContactValidator()
    {
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Give the contact person's name.").MaximumLength(200);
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Give the contact person's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256);
    }
}

public sealed class ChangePartnerContactHandler(IAppDbContext db) : IRequestHandler<ChangePartnerContact, Unit>
{
    public async Task<Unit> Handle(ChangePartnerContact request, CancellationToken cancellationToken)
    {
        var partner = await Partners.PartnerAsync(db, request.EventId, request.PartnerId, cancellationToken);
        partner.ChangeContact(request.ContactName, request.ContactEmail);
        return Unit.Value;
    }
}

/// <summary>
/// The API's PUT on a partner: roles and/or contact in one transaction (a field left out stays as it was; a broken
/// rule changes nothing).
/// </summary>
[Authorize(Common.Security.Roles.Staff)]
public sealed record UpdatePartner(int EventId, int PartnerId, IReadOnlyList<PartnerRoles>? Roles, string? ContactName, string? ContactEmail) : ICommand;

public sealed class UpdatePartnerValidator : AbstractValidator<UpdatePartner>
{
    public UpdatePartnerValidator()
    {
        RuleForEach(x => x.Roles).Must(r => r != PartnerRoles.None && Enum.IsDefined(r)).WithMessage("Choose roles from the list.");
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Give the contact person's name.").MaximumLength(200).When(x => x.ContactName is not null || x.ContactEmail is not null);
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Give the contact person's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256)
            .When(x => x.ContactName is not null || x.ContactEmail is not null);
    }
}

public sealed class UpdatePartnerHandler(IAppDbContext db) : IRequestHandler<UpdatePartner, Unit>
{
    public async Task<Unit> Handle(UpdatePartner request, CancellationToken cancellationToken)
    {
        var partner = await Partners.PartnerAsync(db, request.EventId, request.PartnerId, cancellationToken);
        if (request.ContactName is not null && request.ContactEmail is not null)
        {
            partner.ChangeContact(request.ContactName, request.ContactEmail);
        }

        if (request.Roles is not null)
        {
            partner.AssignRoles(Partners.Join(request.Roles));
        }

        return Unit.Value;
    }
}
