using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Assistance;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Security;

/// <summary>
/// The one place that answers "may this caller see that assistance request, and all of it?". Staff see every
/// request and its internal comments; a rep sees only their own co-op's requests and never an internal comment;
/// anyone else sees nothing. A request the caller may not see is simply not found (404).
/// </summary>
public sealed class AssistanceAccess(ICurrentUser user)
{
    public bool IsStaff => user.IsInRole(Roles.Staff);

    /// <summary>Internal comments are for staff (and the system, which writes staff emails) only.</summary>
    public bool SeesInternal => IsStaff;

    public IQueryable<AssistanceRequest> Visible(IQueryable<AssistanceRequest> requests)
    {
        if (IsStaff)
        {
            return requests;
        }

        if (user.IsInRole(Roles.CoopRep) && user.CooperativeId is { } own)
        {
            return requests.Where(r => r.CooperativeId == own);
        }

        return requests.Where(r => false);
    }

    public bool CanSeeCoop(int coopId) => IsStaff || (user.IsInRole(Roles.CoopRep) && user.CooperativeId == coopId);

    public void EnsureCanSeeCoop(int coopId)
    {
        if (!CanSeeCoop(coopId))
        {
            throw new NotFoundException("Co-op", coopId);
        }
    }

    /// <summary>Loads a request the caller may see (tracked, for a change), or throws not-found.</summary>
    public async Task<AssistanceRequest> GetAsync(IQueryable<AssistanceRequest> requests, int id, CancellationToken ct) =>
        await Visible(requests).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("Assistance request", id);
}
