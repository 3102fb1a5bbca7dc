using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;
using FluentValidation;

namespace CoopAlliance.Application.Assistance;

/// <summary>Staff approve subsidized hours beyond the co-op's hours bank for this request.</summary>
[Authorize(Roles.Staff)]
public sealed record ApproveExtraHours(int Id, string? Note) : IAssistanceStep
{
    public void ApplyTo(AssistanceRequest request, Actor by, DateTimeOffset at, bool byStaff) => request.ApproveHours(by, at, Note);
}

public sealed class ApproveExtraHoursValidator : AbstractValidator<ApproveExtraHours>
{
    public ApproveExtraHoursValidator() => RuleFor(x => x.Note).MaximumLength(1000);
}

public sealed class ApproveExtraHoursHandler(IAppDbContext db, ICurrentUser user, AssistanceAccess access, TimeProvider clock)
    : AssistanceStepHandler<ApproveExtraHours>(db, user, access, clock);
