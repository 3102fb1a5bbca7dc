using CoopAlliance.Application.Impact;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public static class ReportEndpoints
{
    /// <summary>The alliance's own reports: the impact report (figures, PDF, chart data) and the monthly board report.</summary>
    public static void MapReports(this IEndpointRouteBuilder v1)
    {
        var reports = v1.MapGroup("/reports").WithTags("Reports");

        reports.MapGet("/impact", (IMediator m, DateOnly from, DateOnly to, CancellationToken ct) => m.Send(new GetImpactFiguresForPeriod(from, to), ct))
            .Sends<GetImpactFiguresForPeriod>().WithName("Impact_GetForPeriod")
            .WithSummary("The impact figures for any period, ?from=yyyy-MM-dd&to=yyyy-MM-dd, both days included, as one flat object (staff).");
        reports.MapGet("/impact/{year:int}", (IMediator m, int year, CancellationToken ct) => m.Send(new GetImpactFigures(year), ct))
            .Sends<GetImpactFigures>().WithName("Impact_Get")
            .WithSummary("A calendar year's impact figures drawn from the records, as one flat object: memberCoops, workerOwners, workers, jobsCreated, assistanceHours… (staff).");
        reports.MapGet("/impact/{year:int}/pdf", async (IMediator m, int year, CancellationToken ct) =>
            {
                var file = await m.Send(new DownloadImpactReport(year), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<DownloadImpactReport>().WithName("Impact_GetPdf")
            .WithSummary("The year's impact report as a PDF: cover, narrative, figures beside last year's, charts and member stories (staff).");
        reports.MapGet("/impact/{year:int}/charts/{chart}", async (IMediator m, int year, string chart, CancellationToken ct) =>
            {
                var csv = await m.Send(new GetImpactChartCsv(year, chart.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? chart[..^4] : chart), ct);
                return Results.File(System.Text.Encoding.UTF8.GetBytes(csv.Content), "text/csv", csv.FileName);
            })
            .Sends<GetImpactChartCsv>().WithName("Impact_GetChartCsv")
            .WithSummary("The numbers behind one chart of the year's report as CSV: members, workers, jobs or assistance (staff).");

        reports.MapGet("/board", (IMediator m, CancellationToken ct) => m.Send(new ListBoardReports(), ct))
            .Sends<ListBoardReports>().WithName("BoardReports_List")
            .WithSummary("The monthly board reports stored (and emailed) by the monthly job, newest first (staff).");
        reports.MapGet("/board/{month}/pdf", async (IMediator m, string month, CancellationToken ct) =>
            {
                var first = Api.ParseMonth("month", month);
                var file = await m.Send(new DownloadBoardReport(first.Year, first.Month), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<DownloadBoardReport>().WithName("BoardReports_GetPdf")
            .WithSummary("A month's board report (yyyy-MM) as a PDF: the stored one as the board received it, or one made now from today's data (staff).");
    }
}
