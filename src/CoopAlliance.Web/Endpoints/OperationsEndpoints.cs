using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dashboard;
using CoopAlliance.Application.DataReview;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public static class OperationsEndpoints
{
    public static void MapOperations(this RouteGroupBuilder api)
    {
        var ops = api.MapGroup("/").WithTags("Operations");
        ops.MapGet("/dashboard", (IMediator m, CancellationToken ct) => m.Send(new GetStaffDashboard(), ct))
            .Sends<GetStaffDashboard>().WithName("Operations_Dashboard")
            .WithSummary("What needs attention today (staff).");
        ops.MapGet("/data-review/findings", (IMediator m, bool? all, CancellationToken ct) => m.Send(new ListDataFindings(!(all ?? false)), ct))
            .Sends<ListDataFindings>().WithName("DataReview_ListFindings")
            .WithSummary("Co-ops whose records are incomplete (staff).");
        ops.MapPost("/data-review/runs", (IMediator m, AllianceClock clock, CancellationToken ct) =>
                m.Send(new RunDataReview(clock.Today, Force: true), ct))
            .Sends<RunDataReview>().WithName("DataReview_Run")
            .WithSummary("Run the data review now (staff).");
    }
}
