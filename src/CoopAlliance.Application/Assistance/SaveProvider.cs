using AutoMapper;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Adds a provider to the roster (no <see cref="Id"/>) or edits one (with its <see cref="Version"/>: 409 if someone
/// saved since). A staff provider is a staff login; an external one needs an email.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SaveProvider : ICommand<ProviderDto>
{
    public int? Id { get; init; }
    public ProviderKind Kind { get; init; } = ProviderKind.External;
    public int? UserId { get; init; }
    public string Name { get; init; } = "";
    public string? Organization { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Specialties { get; init; }
    public decimal HourlyRate { get; init; }
    public Billing Billing { get; init; } = Billing.Subsidized;
    public bool IsActive { get; init; } = true;
    public int? Version { get; init; }
}

public sealed class SaveProviderValidator : AbstractValidator<SaveProvider>
{
    public SaveProviderValidator(IIdentityService identity)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Billing).IsInEnum();
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the provider's name.").MaximumLength(200);
        RuleFor(x => x.Organization).MaximumLength(200);
        RuleFor(x => x.Email).EmailAddress().WithMessage("Enter an email address like dana@example.coop.").MaximumLength(200)
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Email).NotEmpty().When(x => x.Kind == ProviderKind.External)
            .WithMessage("An external provider needs an email address: that is how they hear about their assignments.");
        RuleFor(x => x.Phone).MaximumLength(25);
        RuleFor(x => x.Specialties).MaximumLength(1000);
        RuleFor(x => x.HourlyRate).InclusiveBetween(0, 10000).WithMessage("Enter an hourly rate from $0 to $10,000.");
        RuleFor(x => x.UserId).NotNull().When(x => x.Kind == ProviderKind.Staff).WithMessage("Choose the staff member's login.")
            .MustAsync(async (id, ct) => (await identity.FindAsync(id!.Value, ct))?.Roles.Contains(Roles.Staff) == true)
            .When(x => x.Kind == ProviderKind.Staff && x.UserId is not null).WithMessage("That login is not a staff member.");
    }
}

public sealed class SaveProviderHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<SaveProvider, ProviderDto>
{
    public async Task<ProviderDto> Handle(SaveProvider request, CancellationToken cancellationToken)
    {
        var details = new ProviderDetails(request.Kind, request.UserId, request.Name, request.Organization, request.Email, request.Phone,
            request.Specialties, request.HourlyRate, request.Billing);
        Provider provider;
        if (request.Id is { } id)
        {
            provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("Provider", id);
            if (request.Version is { } version)
            {
                db.ExpectVersion(provider, version);
            }

            provider.Update(details);
        }
        else
        {
            provider = new Provider(details);
            db.Providers.Add(provider);
        }

        provider.SetActive(request.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ProviderDto>(provider);
    }
}
