using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Impact;

/// <summary>The impact figures for any period, both days included (staff). See <see cref="ImpactFigures"/>.</summary>
[Authorize(Roles.Staff)]
public sealed record GetImpactFiguresForPeriod(DateOnly From, DateOnly To) : IRequest<ImpactFigures>;

public sealed class GetImpactFiguresForPeriodValidator : AbstractValidator<GetImpactFiguresForPeriod>
{
    public GetImpactFiguresForPeriodValidator()
    {
        RuleFor(x => x.From).GreaterThanOrEqualTo(new DateOnly(2000, 1, 1)).WithMessage("Choose a start date.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("The end date must not be before the start date.");
    }
}

public sealed class GetImpactFiguresForPeriodHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetImpactFiguresForPeriod, ImpactFigures>
{
    public Task<ImpactFigures> Handle(GetImpactFiguresForPeriod request, CancellationToken cancellationToken) =>
        ImpactData.LoadAsync(db, clock, request.From, request.To, cancellationToken);
}
