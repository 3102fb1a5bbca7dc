using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Assistance;

/// <summary>In progress → waiting on co-op, saying what the co-op needs to do; the co-op is told by email.</summary>
[Authorize(Roles.Staff)]
public sealed record WaitOnCoop(int Id, string Reason) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.WaitOnCoop(Reason, by, at);
}

public sealed class WaitOnCoopValidator : AbstractValidator<WaitOnCoop>
{
    public WaitOnCoopValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say what the co-op needs to do or send; they will see it.").MaximumLength(2000);
}

public sealed class WaitOnCoopHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock, AssistanceNotifier notifier)
    : AssistanceStepHandler<WaitOnCoop>(db, user, access, clock)
{
    protected override Task AfterAsync(WaitOnCoop request, AssistanceRequest ta, CancellationToken ct) =>
        notifier.ToCoopAsync(ta.CooperativeId, t => (t["We need something from your co-op: {0}", ta.Title],
            $"{t["To move your request \"{0}\" forward, we need:", ta.Title]}\n\n{request.Reason.Trim()}\n\n{t["Reply or upload it here:"]}\n{notifier.CoopLink(ta.Id)}\n\n" +
            notifier.SignOff(t)), ct);
}
