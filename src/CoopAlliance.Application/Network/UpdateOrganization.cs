using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Network;

/// <summary>Staff change an organisation's details; send the version you read (409 if someone saved since).</summary>
[Authorize(Roles.Staff)]
public sealed record UpdateOrganization(int Id, int Version, OrganizationInput Input) : ICommand;

public sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganization>
{
    public UpdateOrganizationValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new OrganizationInputValidator());
}

public sealed class UpdateOrganizationHandler(IAppDbContext db) : IRequestHandler<UpdateOrganization, Unit>
{
    public async Task<Unit> Handle(UpdateOrganization request, CancellationToken cancellationToken)
    {
        var org = await db.AlliedOrganizations.FindAsync([request.Id], cancellationToken) ?? throw new NotFoundException("Organization", request.Id);
        db.ExpectVersion(org, request.Version);
        await OrganizationNames.EnsureFreeAsync(db, request.Input.Name, org.Id, nameof(OrganizationInput.Name), cancellationToken);
        var i = request.Input;
        org.Change(i.Name, i.Kind, i.Region, i.Offers, i.Website, i.Contacts);
        return Unit.Value;
    }
}
