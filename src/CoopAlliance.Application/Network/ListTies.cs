using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Network;

/// <summary>A co-op's ties inside the network — what it buys from and sells to other member co-ops and allied organisations (staff, or that co-op's rep).</summary>
[AnySignedInUser]
public sealed record ListTies(int CooperativeId) : IRequest<IReadOnlyList<TieDto>>;

public sealed class ListTiesHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListTies, IReadOnlyList<TieDto>>
{
    public async Task<IReadOnlyList<TieDto>> Handle(ListTies request, CancellationToken cancellationToken)
    {
        await access.GetAsync(db.Cooperatives, request.CooperativeId, cancellationToken);
        return await NetworkData.TiesAsync(db, db.Ties.Where(t => t.CooperativeId == request.CooperativeId), cancellationToken);
    }
}
