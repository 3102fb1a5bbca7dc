using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The logins that represent a developing co-op, by name (staff), with whether they have signed in yet.</summary>
[Authorize(Roles.Staff)]
public sealed record ListDevelopingCoopReps(int Id) : IRequest<IReadOnlyList<UserSummary>>;

public sealed class ListDevelopingCoopRepsHandler(MentoringAccess access, IIdentityService identity)
    : IRequestHandler<ListDevelopingCoopReps, IReadOnlyList<UserSummary>>
{
    public async Task<IReadOnlyList<UserSummary>> Handle(ListDevelopingCoopReps request, CancellationToken cancellationToken)
    {
        var coop = await access.GetCoopAsync(request.Id, cancellationToken);
        var reps = new List<UserSummary>();
        foreach (var userId in coop.RepUserIds)
        {
            if (await identity.FindAsync(userId, cancellationToken) is { } login)
            {
                reps.Add(login);
            }
        }

        return reps.OrderBy(r => r.FullName).ToList();
    }
}
