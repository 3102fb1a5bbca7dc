using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Tick (or untick) a milestone on a developing co-op's checklist: staff, its active mentor, or its reps.</summary>
[Authorize(Roles.Staff, Roles.Mentor, Roles.CoopRep)]
public sealed record TickMilestone(int DevelopingCoopId, int MilestoneId, bool Done = true, DateOnly? On = null) : ICommand;

public sealed class TickMilestoneValidator : AbstractValidator<TickMilestone>
{
    public TickMilestoneValidator(AllianceClock clock) =>
        RuleFor(x => x.On).LessThanOrEqualTo(_ => clock.Today)
            .When(x => x.On is not null).WithMessage("A milestone cannot be reached in the future.");
}

public sealed class TickMilestoneHandler(MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<TickMilestone, Unit>
{
    public async Task<Unit> Handle(TickMilestone request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopToWorkOnAsync(request.DevelopingCoopId, cancellationToken, repsToo: true);
        var now = clock.UtcNow;
        coop.TickMilestone(request.MilestoneId, request.Done, request.On ?? clock.DateOf(now), user.AsActor(), now);
        return Unit.Value;
    }
}

/// <summary>Add a milestone of its own to one developing co-op's checklist (staff or its active mentor).</summary>
[Authorize(Roles.Staff, Roles.Mentor)]
public sealed record AddMilestone(int DevelopingCoopId, DevelopmentStage Stage, string Title) : ICommand<int>;

public sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
{
    public AddMilestoneValidator()
    {
        RuleFor(x => x.Stage).IsInEnum().WithMessage("Choose a stage of the pipeline.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Describe the milestone.").MaximumLength(300);
    }
}

public sealed class AddMilestoneHandler(IAppDbContext db, MentoringAccess access) : IRequestHandler<AddMilestone, int>
{
    public async Task<int> Handle(AddMilestone request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopToWorkOnAsync(request.DevelopingCoopId, cancellationToken);
        var milestone = coop.AddMilestone(request.Stage, request.Title);
        await db.SaveChangesAsync(cancellationToken); // the id is the answer
        return milestone.Id;
    }
}
