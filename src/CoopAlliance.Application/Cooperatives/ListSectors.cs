using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>
/// The sectors to offer in a "Sector" filter: those of active members for the public directory; staff asking
/// for <see cref="AllCoops"/> get every co-op's sectors.
/// </summary>
[PublicRequest]
public sealed record ListSectors(bool AllCoops = false) : IRequest<IReadOnlyList<string>>;

public sealed class ListSectorsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListSectors, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(ListSectors request, CancellationToken cancellationToken)
    {
        var coops = request.AllCoops && access.IsStaff
            ? db.Cooperatives.AsNoTracking()
            : db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active);
        return await coops.Where(c => c.Sector != null && c.Sector != "").Select(c => c.Sector!).Distinct()
            .OrderBy(s => s).ToListAsync(cancellationToken);
    }
}
