using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Impact;

public sealed record StoredBoardReportDto(string Month, DateTimeOffset CreatedAt, int Emailed, int Bytes);

/// <summary>The board reports stored (and sent) by the monthly job, newest first (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListBoardReports : IRequest<IReadOnlyList<StoredBoardReportDto>>;

public sealed class ListBoardReportsHandler(IAppDbContext db) : IRequestHandler<ListBoardReports, IReadOnlyList<StoredBoardReportDto>>
{
    public async Task<IReadOnlyList<StoredBoardReportDto>> Handle(ListBoardReports request, CancellationToken cancellationToken) =>
        (await db.BoardReports.AsNoTracking().OrderByDescending(r => r.Month)
            .Select(r => new { r.Month, r.CreatedAt, r.Emailed, r.Pdf.Length }).ToListAsync(cancellationToken))
        .Select(r => new StoredBoardReportDto(r.Month, r.CreatedAt, r.Emailed, r.Length)).ToList();
}
