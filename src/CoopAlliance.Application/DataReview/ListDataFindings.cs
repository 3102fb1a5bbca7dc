using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.DataReview;

public sealed record DataFindingItem(int CooperativeId, string CoopName, string MissingFields, DateOnly FirstFlaggedOn,
    DateOnly LastReviewedOn, DateOnly? ResolvedOn);

/// <summary>Co-ops whose records need completing: what staff follow up after the nightly review.</summary>
[Authorize(Roles.Staff)]
public sealed record ListDataFindings(bool OpenOnly = true) : IRequest<IReadOnlyList<DataFindingItem>>;

public sealed class ListDataFindingsHandler(IAppDbContext db) : IRequestHandler<ListDataFindings, IReadOnlyList<DataFindingItem>>
{
    public async Task<IReadOnlyList<DataFindingItem>> Handle(ListDataFindings request, CancellationToken cancellationToken)
    {
        var query = from f in db.DataReviewFindings.AsNoTracking()
                    join c in db.Cooperatives on f.CooperativeId equals c.Id
                    where !request.OpenOnly || f.ResolvedOn == null
                    orderby f.FirstFlaggedOn, c.LegalName, c.Id
                    select new DataFindingItem(c.Id, c.TradeName ?? c.LegalName, f.MissingFields, f.FirstFlaggedOn,
                        f.LastReviewedOn, f.ResolvedOn);
        return await query.ToListAsync(cancellationToken);
    }
}
