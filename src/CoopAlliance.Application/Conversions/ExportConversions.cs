using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Conversions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff: the conversions list as CSV (the same filter and search as the page, every page).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportConversions(string? Q = null, ConversionStage? Stage = null) : IRequest<CsvFile>;

public sealed class ExportConversionsHandler(IAppDbContext db) : IRequestHandler<ExportConversions, CsvFile>
{
    public async Task<CsvFile> Handle(ExportConversions request, CancellationToken cancellationToken)
    {
        var rows = await ListConversionsHandler.Filter(db.Conversions.AsNoTracking(), request.Q, request.Stage)
            .OrderBy(c => c.Stage).ThenBy(c => c.BusinessName).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.BusinessName,
                c.Sector,
                c.Region,
                c.Town,
                c.State,
                c.OwnerName,
                c.OwnerEmail,
                c.Reason,
                c.TargetSaleOn,
                c.Valuation,
                c.Stage,
                c.StageChangedAt,
                c.NotConvertedReason,
                c.DevelopingCoopId,
                Workers = c.Workers.Count(),
                Interested = c.Workers.Count(w => w.InterestedInOwnership),
            }).ToListAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Conversion id", "Business", "Sector", "Region", "Town", "State", "Owner", "Owner email", "Reason",
            "Target sale date", "Valuation", "Stage", "Stage since", "Workers", "Interested in ownership", "Why not converted", "Developing co-op id");
        foreach (var c in rows)
        {
            csv.Row(c.Id, c.BusinessName, c.Sector, c.Region.ToString(), c.Town, c.State, c.OwnerName, c.OwnerEmail, c.Reason.Describe(), c.TargetSaleOn,
                c.Valuation, c.Stage.Describe(), c.StageChangedAt, c.Workers, c.Interested, c.NotConvertedReason, c.DevelopingCoopId);
        }

        return new CsvFile("conversions.csv", System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
