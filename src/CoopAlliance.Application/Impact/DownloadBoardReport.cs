using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Impact;

/// <summary>
/// A month's board report as a PDF (staff): the stored one, exactly as the board received it, when the monthly job
/// sent one; otherwise one made now from today's data.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DownloadBoardReport(int Year, int Month) : IRequest<ReportFile>;

public sealed class DownloadBoardReportValidator : AbstractValidator<DownloadBoardReport>
{
    public DownloadBoardReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month between 1 and 12.");
    }
}

public sealed class DownloadBoardReportHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<DownloadBoardReport, ReportFile>
{
    public async Task<ReportFile> Handle(DownloadBoardReport request, CancellationToken cancellationToken)
    {
        var key = $"{request.Year:D4}-{request.Month:D2}";
        var stored = await db.BoardReports.AsNoTracking().Where(r => r.Month == key).Select(r => r.Pdf).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return new ReportFile(BoardReportData.FileName(key), stored, true);
        }

        var figures = await BoardReportData.LoadAsync(db, clock, request.Year, request.Month, cancellationToken);
        return new ReportFile(BoardReportData.FileName(key), renderer.Render(BoardReportData.Document(figures, app.Value.AllianceName, clock.Now)), false);
    }
}
