using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Assistance;

/// <summary>Waiting on co-op → in progress: the co-op answered.</summary>
[Authorize(Roles.Staff)]
public sealed record ResumeAssistance(int Id, string? Note) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.Resume(by, at, Note);
}

public sealed class ResumeAssistanceHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : AssistanceStepHandler<ResumeAssistance>(db, user, access, clock);
