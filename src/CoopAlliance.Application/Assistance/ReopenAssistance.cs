using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Resolved or closed → in progress. A rep may reopen their co-op's request within 30 days of its resolution;
/// staff at any time. Staff and the provider are told.
/// </summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record ReopenAssistance(int Id, string Reason) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Reopen(Reason, byStaff, by, at);
}

public sealed class ReopenAssistanceValidator : AbstractValidator<ReopenAssistance>
{
    public ReopenAssistanceValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the request needs more work.").MaximumLength(2000);
}

public sealed class ReopenAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock, AssistanceNotifier notifier)
    : AssistanceStepHandler<ReopenAssistance>(db, user, access, clock)
{
    private readonly IAppDbContext _db = db;
    private readonly ICurrentUser _user = user;

    protected override async Task AfterAsync(ReopenAssistance request, AssistanceRequest ta, CancellationToken ct)
    {
        var provider = ta.ProviderId is { } id ? await _db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        var to = (await notifier.StaffAddressesAsync(ct)).ToList();
        if (provider is not null)
        {
            to.Add(await notifier.ProviderAddressAsync(provider, ct) ?? "");
        }

        notifier.Send(to, $"Reopened: {ta.Title}",
            $"{_user.Name} reopened the request \"{ta.Title}\":\n\n{request.Reason.Trim()}\n\n{notifier.Link(ta.Id)}\n");
    }
}
