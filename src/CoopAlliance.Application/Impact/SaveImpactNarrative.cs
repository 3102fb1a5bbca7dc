using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Impact;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Impact;

public sealed record ImpactNarrativeDto(int Year, string Text, string? UpdatedBy, DateTimeOffset? UpdatedAt, int Version);

/// <summary>The narrative staff wrote for a year's report (empty, version 0, until someone writes one).</summary>
[Authorize(Roles.Staff)]
public sealed record GetImpactNarrative(int Year) : IRequest<ImpactNarrativeDto>;

public sealed class GetImpactNarrativeHandler(IAppDbContext db) : IRequestHandler<GetImpactNarrative, ImpactNarrativeDto>
{
    public async Task<ImpactNarrativeDto> Handle(GetImpactNarrative request, CancellationToken cancellationToken) =>
        await db.ImpactNarratives.AsNoTracking().Where(n => n.Year == request.Year)
            .Select(n => new ImpactNarrativeDto(n.Year, n.Text, n.UpdatedBy, n.UpdatedAt, n.Version))
            .FirstOrDefaultAsync(cancellationToken)
        ?? new ImpactNarrativeDto(request.Year, "", null, null, 0);
}

/// <summary>
/// Staff write (or rewrite) the year's narrative. <paramref name="Version"/> is the version they edited (0 for the first
/// draft): if someone saved in between, the save is refused as a conflict rather than overwriting their words.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SaveImpactNarrative(int Year, string Text, int Version) : ICommand<int>;

public sealed class SaveImpactNarrativeValidator : AbstractValidator<SaveImpactNarrative>
{
    public SaveImpactNarrativeValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Text).NotNull().MaximumLength(ImpactNarrative.MaxLength)
            .WithMessage($"Keep the narrative to at most {ImpactNarrative.MaxLength} characters.");
    }
}

public sealed class SaveImpactNarrativeHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<SaveImpactNarrative, int>
{
    public async Task<int> Handle(SaveImpactNarrative request, CancellationToken cancellationToken)
    {
        var narrative = await db.ImpactNarratives.FirstOrDefaultAsync(n => n.Year == request.Year, cancellationToken);
        if (narrative is null)
        {
            // A new row starts at version 0 (the version counts edits), as the empty narrative did.
            db.ImpactNarratives.Add(new ImpactNarrative(request.Year, request.Text, user.AsActor(), clock.UtcNow));
            return 0;
        }

        db.ExpectVersion(narrative, request.Version);
        narrative.Edit(request.Text, user.AsActor(), clock.UtcNow);
        return request.Version + 1;
    }
}
