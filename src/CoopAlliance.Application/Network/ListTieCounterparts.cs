using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

/// <summary>
/// The tie form's picker: the other active member co-ops and the allied organisations, by name (only names — the
/// member co-ops are listed in the public directory anyway). Staff, or the rep of <see cref="CooperativeId"/>.
/// </summary>
[AnySignedInUser]
public sealed record ListTieCounterparts(int CooperativeId) : IRequest<IReadOnlyList<CounterpartOption>>;

public sealed class ListTieCounterpartsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListTieCounterparts, IReadOnlyList<CounterpartOption>>
{
    public async Task<IReadOnlyList<CounterpartOption>> Handle(ListTieCounterparts request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CooperativeId);
        var coops = await NetworkData.Members(db).Where(c => c.Id != request.CooperativeId)
            .Select(c => new { c.Id, c.LegalName, c.TradeName }).ToListAsync(cancellationToken);
        var orgs = await db.AlliedOrganizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return coops.Select(c => new CounterpartOption($"coop:{c.Id}", string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, true))
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)
            .Concat(orgs.Select(o => new CounterpartOption($"org:{o.Id}", o.Name, false)).OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase))
            .ToList();
    }
}
