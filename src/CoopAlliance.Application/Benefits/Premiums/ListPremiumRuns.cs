using AutoMapper;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Premiums;

/// <summary>Every premium run's log, the latest first (the dues runs are listed by <see cref="ListInvoiceRuns"/>).</summary>
[Authorize(Roles.Staff)]
public sealed record ListPremiumRuns : IRequest<IReadOnlyList<InvoiceRunDto>>;

public sealed class ListPremiumRunsHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<ListPremiumRuns, IReadOnlyList<InvoiceRunDto>>
{
    public async Task<IReadOnlyList<InvoiceRunDto>> Handle(ListPremiumRuns request, CancellationToken cancellationToken)
    {
        var runs = await db.InvoiceRuns.AsNoTracking().Where(r => r.Kind == InvoiceKind.BenefitPremium).ToListAsync(cancellationToken);
        return runs.OrderByDescending(r => r.PeriodKey, StringComparer.Ordinal).ThenByDescending(r => r.Id).Select(mapper.Map<InvoiceRunDto>).ToList();
    }
}
