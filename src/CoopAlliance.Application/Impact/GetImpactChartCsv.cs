using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Impact;

public sealed record ChartCsv(string FileName, string Content);

/// <summary>
/// The numbers behind one chart of the year's impact report, as CSV (staff); <paramref name="Chart"/> is the chart's
/// name: members, workers, jobs or assistance.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetImpactChartCsv(int Year, string Chart) : IRequest<ChartCsv>;

public sealed class GetImpactChartCsvValidator : AbstractValidator<GetImpactChartCsv>
{
    public GetImpactChartCsvValidator() => RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
}

public sealed class GetImpactChartCsvHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetImpactChartCsv, ChartCsv>
{
    public async Task<ChartCsv> Handle(GetImpactChartCsv request, CancellationToken cancellationToken)
    {
        var data = await ImpactReport.LoadAsync(db, clock, request.Year, cancellationToken);
        var chart = data.Charts().FirstOrDefault(c => string.Equals(c.Slug, request.Chart, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException("chart", request.Chart);
        return new ChartCsv($"impact-{request.Year}-{chart.Slug}.csv", chart.Csv());
    }
}
