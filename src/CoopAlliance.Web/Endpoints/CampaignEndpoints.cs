using CoopAlliance.Application.Marketing.Campaigns;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record CampaignParticipantBody(int CooperativeId);

public static class CampaignEndpoints
{
    public static void MapCampaigns(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");

        campaigns.MapGet("", (IMediator m, string? status, int? page, int? pageSize, CancellationToken ct) =>
                m.Send(new ListCampaigns(Api.ParseEnum<Domain.Marketing.CampaignStatus>("status", status), page ?? 1, pageSize ?? 25), ct))
            .Sends<ListCampaigns>().WithName("Campaigns_List")
            .WithSummary("Joint campaigns, newest first; status Open, Charged or Cancelled (staff and reps).");
        campaigns.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetCampaign(id), ct))
            .Sends<GetCampaign>().WithName("Campaigns_Get")
            .WithSummary("One campaign with its participants and their shares: estimated from today's worker counts until it is charged, " +
                         "then the share charged and (for staff, or a rep's own co-op) its invoice.");
        campaigns.MapPost("", async (IMediator m, CreateCampaign body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Campaigns_Get", new { id }, await m.Send(new GetCampaign(id), ct));
            })
            .Sends<CreateCampaign>().WithName("Campaigns_Create")
            .WithSummary("Create a campaign: dates, joining deadline (joinBy), budget and sharing (Equally or ByWorkerCount) (staff).");
        campaigns.MapPut("/{id:int}", async (IMediator m, int id, UpdateCampaign body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetCampaign(id), ct));
            })
            .Sends<UpdateCampaign>().WithName("Campaigns_Update")
            .WithSummary("Change an open campaign (staff); 409 if someone changed it since your version, 422 once charged or cancelled.");
        campaigns.MapPost("/{id:int}/cancel", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CancelCampaign(id), ct);
                return Results.Ok(await m.Send(new GetCampaign(id), ct));
            })
            .Sends<CancelCampaign>().WithName("Campaigns_Cancel")
            .WithSummary("Cancel an open campaign; nobody is charged for it (staff).");
        campaigns.MapPost("/{id:int}/participants", async (IMediator m, int id, CampaignParticipantBody body, CancellationToken ct) =>
            {
                var share = await m.Send(new JoinCampaign(id, body.CooperativeId), ct);
                return Results.Created($"/api/v1/campaigns/{id}", new { campaignId = id, body.CooperativeId, estimatedShare = share });
            })
            .Sends<JoinCampaign>().WithName("Campaigns_Join")
            .WithSummary("A co-op joins the campaign before its deadline: a rep for their own co-op (another co-op: 404), staff for any. " +
                         "Only a co-op in good standing (422 otherwise). Returns the share estimated from today's worker counts.");
        campaigns.MapDelete("/{id:int}/participants/{coopId:int}", async (IMediator m, int id, int coopId, CancellationToken ct) =>
            {
                await m.Send(new LeaveCampaign(id, coopId), ct);
                return Results.NoContent();
            })
            .Sends<LeaveCampaign>().WithName("Campaigns_Leave")
            .WithSummary("A co-op leaves the campaign before its deadline (same access as joining).");
        campaigns.MapGet("/{id:int}/participants.csv", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new ExportCampaignParticipants(id), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<ExportCampaignParticipants>().WithName("Campaigns_ExportParticipants")
            .WithSummary("The participants as CSV with worker counts and shares (estimated or charged) and invoice ids (staff).");

        campaigns.MapGet("/{id:int}/guide.pdf", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new GetCampaignGuidePdf(id), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetCampaignGuidePdf>().WithName("Campaigns_GuidePdf")
            .WithSummary("The print-ready guide: a cover, contents by category, one entry per participating co-op with its photo, listings and contact.");
    }
}
