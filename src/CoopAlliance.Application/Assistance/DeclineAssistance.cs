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
        notifier.ToCoopAsync(ta.CooperativeId, $"About your request: {ta.Title}",
            $"We cannot take on your request \"{ta.Title}\":\n\n{ta.DeclineReason}\n\nDetails:\n{notifier.CoopLink(ta.Id)}\n\n" +
            $"In solidarity,\n{notifier.AllianceName}", ct);
}
