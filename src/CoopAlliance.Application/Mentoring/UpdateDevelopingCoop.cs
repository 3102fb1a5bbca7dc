using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>Edit a developing co-op's record and needs (staff, or one of its reps). Send the version you read.</summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record UpdateDevelopingCoop : ICommand, IDevelopingCoopInput
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string Name { get; init; } = "";
    public DevelopingCoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public Region Region { get; init; }
    public string? Language { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? Description { get; init; }
    public string ContactName { get; init; } = "";
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyList<Need> Needs { get; init; } = [];
}

public sealed class UpdateDevelopingCoopValidator : AbstractValidator<UpdateDevelopingCoop>
{
    public UpdateDevelopingCoopValidator() => Include(new DevelopingCoopInputRules());
}

public sealed class UpdateDevelopingCoopHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateDevelopingCoop, Unit>
{
    public async Task<Unit> Handle(UpdateDevelopingCoop request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopToWorkOnAsync(request.Id, cancellationToken, repsToo: true);
        db.ExpectVersion(coop, request.Version);
        coop.Edit(request.ToProfile(), user.AsActor(), clock.GetUtcNow());
        return Unit.Value;
    }
}

/// <summary>
/// Staff name the logins (with the co-op rep role) that represent a developing co-op. A rep represents one co-op:
/// a login of a member co-op, or of another developing co-op still in the pipeline, is refused.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SetDevelopingCoopReps(int Id, IReadOnlyList<int> UserIds) : ICommand;

public sealed class SetDevelopingCoopRepsValidator : AbstractValidator<SetDevelopingCoopReps>
{
    public SetDevelopingCoopRepsValidator(IIdentityService identity, IAppDbContext db) =>
        RuleForEach(x => x.UserIds).CustomAsync(async (id, context, ct) =>
        {
            var login = await identity.FindAsync(id, ct);
            if (login?.Roles.Contains(Roles.CoopRep) != true)
            {
                context.AddFailure("Choose logins with the co-op rep role (invite the person as a rep first).");
                return;
            }

            if (login.CooperativeId is not null)
            {
                context.AddFailure($"{login.FullName} represents {login.CooperativeName ?? "a member co-op"}; a rep represents one co-op only.");
                return;
            }

            var developingCoopId = context.InstanceToValidate.Id;
            var other = await db.DevelopingCoops
                .Where(c => c.Id != developingCoopId && c.GraduatedCooperativeId == null && c.RepUserIds.Contains(id))
                .Select(c => c.Name).FirstOrDefaultAsync(ct);
            if (other is not null)
            {
                context.AddFailure($"{login.FullName} already represents {other}; a rep represents one co-op only.");
            }
        });
}

public sealed class SetDevelopingCoopRepsHandler(MentoringAccess access) : IRequestHandler<SetDevelopingCoopReps, Unit>
{
    public async Task<Unit> Handle(SetDevelopingCoopReps request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(request.Id, cancellationToken);
        foreach (var old in coop.RepUserIds.Except(request.UserIds).ToList())
        {
            coop.RemoveRep(old);
        }

        foreach (var id in request.UserIds)
        {
            coop.AddRep(id);
        }

        return Unit.Value;
    }
}
