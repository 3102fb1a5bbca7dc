using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Assistance;

/// <summary>Assigned → in progress: the provider has started.</summary>
[Authorize(Roles.Staff)]
public sealed record StartAssistance(int Id, string? Note) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Start(by, at, Note);
}

public sealed class StartAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : AssistanceStepHandler<StartAssistance>(db, user, access, clock);
