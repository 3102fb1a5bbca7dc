using CoopAlliance.Application.Benefits.Premiums;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Group benefit premium runs: one premium invoice per participating co-op and month, on the co-op's account.</summary>
public static class BenefitsPremiumEndpoints
{
    public static void MapBenefitsPremiums(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/benefits/premium-runs").WithTags("Benefits");

        runs.MapPost("/", async (IMediator m, RunBody body, CancellationToken ct) => Results.Ok(await m.Send(new RunPremiums(body.Period ?? ""), ct)))
            .Sends<RunPremiums>().WithName("Benefits_RunPremiums")
            .WithSummary("Bill a month's group benefit premiums now (staff; {\"period\":\"2027-01\"}) and answer the run's log. Idempotent: the month " +
                         "has one run and each co-op at most one premium invoice; co-ops already billed are skipped, a run in progress elsewhere " +
                         "is left alone (answered as it stands, Running). The invoices appear in GET /coops/{id}/invoices with kind BenefitPremium.");
        runs.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListPremiumRuns(), ct))
            .Sends<ListPremiumRuns>().WithName("Benefits_ListPremiumRuns")
            .WithSummary("Every premium run with its log, the latest month first (staff).");
    }
}
