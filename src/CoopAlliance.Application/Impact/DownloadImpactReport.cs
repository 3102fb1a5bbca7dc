using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Impact;

/// <summary>The year's impact report as a PDF (staff): cover, narrative, figures with last year's, charts and stories.</summary>
[Authorize(Roles.Staff)]
public sealed record DownloadImpactReport(int Year) : IRequest<ReportFile>;

public sealed class DownloadImpactReportValidator : AbstractValidator<DownloadImpactReport>
{
    public DownloadImpactReportValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
}

public sealed class DownloadImpactReportHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<DownloadImpactReport, ReportFile>
{
    public async Task<ReportFile> Handle(DownloadImpactReport request, CancellationToken cancellationToken)
    {
        var data = await ImpactReport.LoadAsync(db, clock, request.Year, cancellationToken);
        return new ReportFile(ImpactReport.FileName(request.Year), renderer.Render(ImpactReport.Document(data, app.Value.AllianceName, clock.Now)), false);
    }
}
