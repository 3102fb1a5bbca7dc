using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>The current list (same search, filters and sort, all pages) as CSV.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportCoops(ListCoops Filter) : IRequest<string>;

public sealed class ExportCoopsHandler(IAppDbContext db) : IRequestHandler<ExportCoops, string>
{
    public async Task<string> Handle(ExportCoops request, CancellationToken cancellationToken)
    {
        var coops = await CoopFilter.Apply(db.Cooperatives.AsNoTracking(), request.Filter).ToListAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Id", "Legal name", "Trade name", "Kind", "Status", "Member since", "Sector",
            "Street address", "Town", "State", "Postal code", "Region", "Founded on", "Worker-owners", "Other workers",
            "Revenue band", "Website", "Email", "Phone");
        foreach (var c in coops)
        {
            csv.Row(c.Id, c.LegalName, c.TradeName, c.Kind.Describe(), c.Status.Describe(), c.MemberSince, c.Sector,
                c.StreetAddress, c.Town, c.State, c.PostalCode, c.Region.Describe(), c.FoundedOn, c.WorkerOwners,
                c.OtherWorkers, c.RevenueBand.Describe(), c.Website, c.Email, c.Phone);
        }

        return csv.ToString();
    }
}
