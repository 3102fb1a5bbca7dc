using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Assistance;

/// <summary>The co-op rates the help (1–5, with an optional comment) once the request is resolved.</summary>
[Authorize(Roles.CoopRep)]
public sealed record RateAssistance(int Id, int Stars, string? Comment) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Rate(Stars, Comment, by, at);
}

public sealed class RateAssistanceValidator : AbstractValidator<RateAssistance>
{
    public RateAssistanceValidator()
    {
        RuleFor(x => x.Stars).InclusiveBetween(1, 5).WithMessage("Choose a rating from 1 to 5.");
        RuleFor(x => x.Comment).MaximumLength(2000);
    }
}

public sealed class RateAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : AssistanceStepHandler<RateAssistance>(db, user, access, clock);
