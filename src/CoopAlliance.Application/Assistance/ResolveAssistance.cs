using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Assistance;

/// <summary>In progress or waiting → resolved, with a summary the co-op sees; the co-op is asked for a rating.</summary>
[Authorize(Roles.Staff)]
public sealed record ResolveAssistance(int Id, string Resolution) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Resolve(Resolution, by, at);
}

public sealed class ResolveAssistanceValidator : AbstractValidator<ResolveAssistance>
{
    public ResolveAssistanceValidator() =>
        RuleFor(x => x.Resolution).NotEmpty().WithMessage("Summarize how the request was resolved; the co-op will see it.").MaximumLength(4000);
}

public sealed class ResolveAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock, AssistanceNotifier notifier)
    : AssistanceStepHandler<ResolveAssistance>(db, user, access, clock)
{
    protected override Task AfterAsync(ResolveAssistance request, AssistanceRequest ta, CancellationToken ct) =>
        notifier.ToCoopAsync(ta.CooperativeId, t => (t["Resolved: {0}", ta.Title],
            $"{t["Your request \"{0}\" is resolved:", ta.Title]}\n\n{ta.Resolution}\n\n{t["How did we do? Rate the help (1 to 5) here:"]}\n{notifier.CoopLink(ta.Id)}\n\n" +
            $"{t["If something is still not right, you can reopen it there within {0} days.", AssistanceRequest.ReopenWindowDays]}\n\n{notifier.SignOff(t)}"), ct);
}
