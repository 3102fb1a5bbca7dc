using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Assistance;

/// <summary>Resolved → closed: nothing more to do (the co-op can still reopen within 30 days of the resolution).</summary>
[Authorize(Roles.Staff)]
public sealed record CloseAssistance(int Id, string? Note) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Close(by, at, Note);
}

public sealed class CloseAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : AssistanceStepHandler<CloseAssistance>(db, user, access, clock);
