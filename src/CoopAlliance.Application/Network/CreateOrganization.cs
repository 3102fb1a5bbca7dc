using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Network;

/// <summary>Staff add an allied organisation to the directory.</summary>
[Authorize(Roles.Staff)]
public sealed record CreateOrganization(OrganizationInput Input) : ICommand<int>;

public sealed class CreateOrganizationValidator : AbstractValidator<CreateOrganization>
{
    public CreateOrganizationValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new OrganizationInputValidator());
}

public sealed class CreateOrganizationHandler(IAppDbContext db) : IRequestHandler<CreateOrganization, int>
{
    public async Task<int> Handle(CreateOrganization request, CancellationToken cancellationToken)
    {
        await OrganizationNames.EnsureFreeAsync(db, request.Input.Name, null, nameof(OrganizationInput.Name), cancellationToken);
        var org = OrganizationNames.New(request.Input);
        db.AlliedOrganizations.Add(org);
        await db.SaveChangesAsync(cancellationToken);
        return org.Id;
    }
}
