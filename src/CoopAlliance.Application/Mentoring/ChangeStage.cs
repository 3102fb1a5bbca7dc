using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Move a developing co-op to another stage (staff or its active mentor); it goes on the timeline.</summary>
[Authorize(Roles.Staff, Roles.Mentor)]
public sealed record ChangeStage(int DevelopingCoopId, DevelopmentStage Stage, string? Note) : ICommand;

public sealed class ChangeStageValidator : AbstractValidator<ChangeStage>
{
    public ChangeStageValidator()
    {
        RuleFor(x => x.Stage).IsInEnum().WithMessage("Choose a stage of the pipeline.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}

public sealed class ChangeStageHandler(MentoringAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<ChangeStage, Unit>
{
    public async Task<Unit> Handle(ChangeStage request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopToWorkOnAsync(request.DevelopingCoopId, cancellationToken);
        coop.MoveTo(request.Stage, user.AsActor(), clock.GetUtcNow(), request.Note);
        return Unit.Value;
    }
}
