using System.Text;
using CoopAlliance.Application.Events.Deliberation;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Endpoints;

/// <summary>A participant's proposal: the registration token (from the confirmation link) travels in the body.</summary>
public sealed record ProposalBody(string Token, string What, string? Why, int? ThemeId, string? WhoItNeeds, string? WhoOffers, string? Fax);

public sealed record DotsBody(string Token, int Dots);

public sealed record HideBody(bool Hidden);

public sealed record FollowUpBody(string Status, string? Note, string? Fax);

public sealed record CommitmentStatusBody(string Status, string? Note);

/// <summary>The afternoon's deliberative planning: proposals, dot votes, commitments and their follow-ups.</summary>
public static class DeliberationEndpoints
{
    /// <summary>The header a participant's client sends its registration token in on GETs (kept out of URLs and logs).</summary>
    public const string RegistrationTokenHeader = "X-Registration-Token";
    /// <summary>The header a partner's client sends its invitation token in to read a partners-only tracker.</summary>
    public const string PartnerTokenHeader = "X-Partner-Token";

    public static void MapDeliberation(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet("/{id:int}/proposals", (IMediator m, int id, [FromHeader(Name = RegistrationTokenHeader)] string? token, CancellationToken ct) =>
                m.Send(new ListProposals(id, token), ct))
            .Sends<ListProposals>().WithName("Events_ListProposals")
            .WithSummary($"The proposals by theme. Staff see live totals and hidden proposals; a participant (registration token in the {RegistrationTokenHeader} " +
                         "header) sees their own dots and dots left; totals are null for everyone else until the vote closes. " +
                         "Without a token only a published public event's board is shown (404 otherwise; 404 for a wrong token).");
        events.MapPost("/{id:int}/proposals", async (IMediator m, int id, ProposalBody body, CancellationToken ct) =>
            {
                var proposalId = await m.Send(new PutProposal
                {
                    EventId = id,
                    Token = body.Token,
                    What = body.What,
                    Why = body.Why,
                    ThemeId = body.ThemeId,
                    WhoItNeeds = body.WhoItNeeds,
                    WhoOffers = body.WhoOffers,
                    Fax = body.Fax,
                }, ct);
                return Results.Created($"/api/v1/events/{id}/proposals", new { id = proposalId });
            })
            .Sends<PutProposal>().WithName("Events_PutProposal").RequireRateLimiting(AbuseLimits.PublicForm)
            .WithSummary("A participant puts forward an action (no sign-in: the registration token from the confirmation link in the body; " +
                         "404 for a wrong or cancelled registration; 422 once the vote has closed; limited per client address, 429).");
        events.MapPost("/{id:int}/proposals/{proposalId:int}/votes", (IMediator m, int id, int proposalId, DotsBody body, CancellationToken ct) =>
                m.Send(new CastDots(id, proposalId, body.Token, body.Dots), ct))
            .Sends<CastDots>().WithName("Events_CastDots")
            .WithSummary("A participant sets how many of their dots are on a proposal (0 takes them back): token in the body. 422 when the vote " +
                         "is not open, the proposal is hidden, or the dots exceed what is left (the message says how many); 409 on a simultaneous change.");
        events.MapPost("/{id:int}/proposals/{proposalId:int}/hide", async (IMediator m, int id, int proposalId, HideBody body, CancellationToken ct) =>
            {
                await m.Send(new HideProposal(id, proposalId, body.Hidden), ct);
                return Results.NoContent();
            })
            .Sends<HideProposal>().WithName("Events_HideProposal")
            .WithSummary("Hide a proposal from the board (a duplicate, off-topic) or show it again (staff); dots on it go back to the participants.");
        events.MapPost("/{id:int}/voting/open", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new OpenVoting(id), ct);
                return Results.NoContent();
            })
            .Sends<OpenVoting>().WithName("Events_OpenVoting")
            .WithSummary("Open the dot vote (staff); 422 once it has closed (a closed vote cannot reopen).");
        events.MapPost("/{id:int}/voting/close", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CloseVoting(id), ct);
                return Results.NoContent();
            })
            .Sends<CloseVoting>().WithName("Events_CloseVoting")
            .WithSummary("Close the dot vote (staff): totals become public and no vote changes after.");

        events.MapGet("/{id:int}/commitments", (IMediator m, int id, [FromHeader(Name = PartnerTokenHeader)] string? partner, CancellationToken ct) =>
                m.Send(new GetTracker(id, partner), ct))
            .Sends<GetTracker>().WithName("Events_Tracker")
            .WithSummary($"The actions tracker: every commitment, organisation, owner's first name, latest status and date (no emails). Public trackers " +
                         $"are open to anyone; partners-only ones to staff and partners (invitation token in {PartnerTokenHeader}); 404 otherwise.");
        events.MapGet("/{id:int}/commitments/all", (IMediator m, int id, CancellationToken ct) => m.Send(new ListCommitments(id), ct))
            .Sends<ListCommitments>().WithName("Events_ListCommitments")
            .WithSummary("The commitments with owners' emails and follow-up dates (staff).");
        events.MapGet("/{id:int}/commitments.csv", async (IMediator m, int id, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(new ExportCommitments(id), ct)), "text/csv", $"event-{id}-commitments.csv"))
            .Sends<ExportCommitments>().WithName("Events_ExportCommitments")
            .WithSummary("The commitments as CSV (staff; carries owners' email addresses).");
        events.MapPost("/{id:int}/commitments", async (IMediator m, int id, RecordCommitment body, CancellationToken ct) =>
            {
                var commitmentId = await m.Send(body with { EventId = id }, ct);
                var created = (await m.Send(new ListCommitments(id), ct)).First(c => c.Id == commitmentId);
                return Results.Created($"/api/v1/events/{id}/commitments", created);
            })
            .Sends<RecordCommitment>().WithName("Events_RecordCommitment")
            .WithSummary("Record a commitment (staff): organisation (cooperativeId, partnerId or a name), action, owner's name and email, optional " +
                         "proposalId; follow-up dates come from the event's follow-up days after its last day.");
        events.MapPost("/{id:int}/commitments/{commitmentId:int}/status", async (IMediator m, int id, int commitmentId, CommitmentStatusBody body, CancellationToken ct) =>
            {
                await m.Send(new UpdateCommitmentStatus(id, commitmentId, ParseStatus(body.Status), body.Note), ct);
                return Results.NoContent();
            })
            .Sends<UpdateCommitmentStatus>().WithName("Events_UpdateCommitmentStatus")
            .WithSummary("Staff record a commitment's status (NotStarted, InProgress, Done, Stalled, Dropped) with a note; kept in its history.");

        api.MapPost("/commitments/follow-ups/{token}", async (IMediator m, string token, FollowUpBody body, CancellationToken ct) =>
            {
                await m.Send(new ReportCommitmentStatus { Token = token, Status = ParseStatus(body.Status), Note = body.Note, Fax = body.Fax }, ct);
                return Results.NoContent();
            })
            .Sends<ReportCommitmentStatus>().WithName("Events_ReportFollowUp").WithTags("Events").RequireRateLimiting(AbuseLimits.PublicForm)
            .WithSummary("The commitment's owner reports its status from the follow-up link (no sign-in; 404 for an unknown token): " +
                         "status NotStarted, InProgress, Done, Stalled or Dropped, and a note.");
    }

    private static CommitmentStatus ParseStatus(string? status) =>
        Api.ParseEnum<CommitmentStatus>("status", status)
        ?? throw new Application.Common.Exceptions.ValidationException("status", "Choose how it is going.");
}
