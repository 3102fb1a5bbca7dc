using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Impact;

/// <summary>A calendar year's impact figures, from the records (staff). See <see cref="ImpactFigures"/>.</summary>
[Authorize(Roles.Staff)]
public sealed record GetImpactFigures(int Year) : IRequest<ImpactFigures>;

public sealed class GetImpactFiguresValidator : AbstractValidator<GetImpactFigures>
{
    public GetImpactFiguresValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
}

public sealed class GetImpactFiguresHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetImpactFigures, ImpactFigures>
{
    public Task<ImpactFigures> Handle(GetImpactFigures request, CancellationToken cancellationToken) =>
        ImpactData.LoadAsync(db, clock, ImpactData.FirstDay(request.Year), ImpactData.LastDay(request.Year), cancellationToken);
}
