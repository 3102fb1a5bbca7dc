using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Assistance;

/// <summary>Submitted or triaged → declined, with a reason the co-op sees.</summary>
[Authorize(Roles.Staff)]
public sealed record DeclineAssistance(int Id, string Reason) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Decline(Reason, by, at);
}

public sealed class DeclineAssistanceValidator : AbstractValidator<DeclineAssistance>
{
    public DeclineAssistanceValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason for declining; the co-op will see it.").MaximumLength(2000);
}

public sealed class DeclineAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock, AssistanceNotifier notifier)
    : AssistanceStepHandler<DeclineAssistance>(db, user, access, clock)
{
    protected override Task AfterAsync(DeclineAssistance request, AssistanceRequest ta, CancellationToken ct) =>
        notifier.ToCoopAsync(ta.CooperativeId, t => (t["About your request: {0}", ta.Title],
            $"{t["We cannot take on your request \"{0}\":", ta.Title]}\n\n{ta.DeclineReason}\n\n{t["Details:"]}\n{notifier.CoopLink(ta.Id)}\n\n{notifier.SignOff(t)}"), ct);
}
