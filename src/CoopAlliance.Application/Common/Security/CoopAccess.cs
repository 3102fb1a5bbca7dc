using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Security;

/// <summary>
/// The one place that answers "may this caller see or change that co-op?". Staff see every co-op, a rep
/// only their own; everything else is simply not there (404), so lists and lookups never leak.
/// </summary>
public sealed class CoopAccess(ICurrentUser user)
{
    public bool IsStaff => user.IsInRole(Roles.Staff);

    public IQueryable<Cooperative> Visible(IQueryable<Cooperative> coops)
    {
        if (IsStaff)
        {
            return coops;
        }

        if (user.IsInRole(Roles.CoopRep) && user.CooperativeId is { } own)
        {
            return coops.Where(c => c.Id == own);
        }

        return coops.Where(c => false);
    }

    public bool CanSee(int coopId) => IsStaff || (user.IsInRole(Roles.CoopRep) && user.CooperativeId == coopId);

    /// <summary>Throws not-found for a co-op the caller may not see.</summary>
    public void EnsureCanSee(int coopId)
    {
        if (!CanSee(coopId))
        {
            throw new NotFoundException("Co-op", coopId);
        }
    }

    public async Task<Cooperative> GetAsync(IQueryable<Cooperative> coops, int coopId, CancellationToken ct)
    {
        EnsureCanSee(coopId);
        return await coops.FirstOrDefaultAsync(c => c.Id == coopId, ct) ?? throw new NotFoundException("Co-op", coopId);
    }
}
