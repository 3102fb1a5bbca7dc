using CoopAlliance.Application.Governance;
using CoopAlliance.Domain.Governance;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record MeetingBody(MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place, string? OnlineLink, DateOnly RecordDate, int? NoticeDays, string? Agenda);
public sealed record AttendanceBody(int CoopId, int PersonId);
public sealed record MotionBody(MotionKind Kind, string Title, string? Text, Threshold Threshold, bool Secret, DateTimeOffset OpensAt, DateTimeOffset ClosesAt,
    int? Seats, int? TermMonths, IReadOnlyList<CandidateDetails>? Candidates);
public sealed record BallotBody(int? CoopId, VoteChoice? Choice, IReadOnlyList<int>? CandidateIds);
public sealed record MinutesBody(string? Minutes, bool Publish);
public sealed record SeatWinnersBody(DateOnly TermStart);
public sealed record DelegateBody(int PersonId, int? AlternatePersonId, int? Version);

/// <summary>Meetings, attendance and quorum, motions and ballots, results and the board.</summary>
public static class GovernanceEndpoints
{
    public static void MapGovernance(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/governance").WithTags("Governance");

        g.MapGet("/meetings", (IMediator m, CancellationToken ct) => m.Send(new ListMeetings(), ct))
            .Sends<ListMeetings>().WithName("Governance_ListMeetings").WithSummary("Meetings, latest first (staff and reps).");
        g.MapPost("/meetings", async (IMediator m, MeetingBody b, CancellationToken ct) =>
            {
                var id = await m.Send(new PlanMeeting(b.Kind, b.Title, b.StartsAt, b.Place, b.OnlineLink, b.RecordDate, b.NoticeDays, b.Agenda), ct);
                return Results.Created($"/api/v1/governance/meetings/{id}", await m.Send(new GetMeeting(id), ct));
            })
            .Sends<PlanMeeting>().WithName("Governance_PlanMeeting")
            .WithSummary("Plan an Annual or Special meeting: when, where, record date, days of notice (default from options), agenda one item a line (staff).");
        g.MapGet("/meetings/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetMeeting(id), ct))
            .Sends<GetMeeting>().WithName("Governance_GetMeeting").WithSummary("A meeting with eligible co-ops, attendance and live quorum.");
        g.MapPost("/meetings/{id:int}/open", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new OpenMeeting(id), ct);
                return Results.Ok(await m.Send(new GetMeeting(id), ct));
            })
            .Sends<OpenMeeting>().WithName("Governance_OpenMeeting").WithSummary("Open the meeting: eligibility is settled from the record date (staff).");
        g.MapPost("/meetings/{id:int}/close", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CloseMeeting(id), ct);
                return Results.Ok(await m.Send(new GetMeeting(id), ct));
            })
            .Sends<CloseMeeting>().WithName("Governance_CloseMeeting").WithSummary("Close the meeting once no motion is open (staff).");
        g.MapPost("/meetings/{id:int}/attendance", async (IMediator m, int id, AttendanceBody b, CancellationToken ct) =>
            {
                await m.Send(new CheckIn(id, b.CoopId, b.PersonId), ct);
                return Results.Ok(await m.Send(new GetMeeting(id), ct));
            })
            .Sends<CheckIn>().WithName("Governance_CheckIn")
            .WithSummary("Check in a co-op's delegate or alternate (staff, or the co-op's rep); one presence per co-op; returns the meeting with its quorum.");
        g.MapPut("/meetings/{id:int}/minutes", async (IMediator m, int id, MinutesBody b, CancellationToken ct) =>
            {
                await m.Send(new WriteMinutes(id, b.Minutes, b.Publish), ct);
                return Results.Ok(await m.Send(new GetMeeting(id), ct));
            })
            .Sends<WriteMinutes>().WithName("Governance_WriteMinutes").WithSummary("Write the minutes; publish = true publishes them (closed meeting; then fixed) (staff).");
        g.MapGet("/meetings/{id:int}/minutes.pdf", async (IMediator m, int id, CancellationToken ct) =>
            {
                var file = await m.Send(new GetMinutesPdf(id), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<GetMinutesPdf>().WithName("Governance_MinutesPdf")
            .WithSummary("The minutes as a PDF: attendance, quorum, each motion and its result (open votes by co-op, secret ballots only totals); members once the meeting is closed, staff anytime.");
        g.MapGet("/meetings/{id:int}/motions", (IMediator m, int id, CancellationToken ct) => m.Send(new ListMotions(id), ct))
            .Sends<ListMotions>().WithName("Governance_ListMotions").WithSummary("The meeting's motions and elections.");
        g.MapPost("/meetings/{id:int}/motions", async (IMediator m, int id, MotionBody b, CancellationToken ct) =>
            {
                var motionId = await m.Send(new ProposeMotion(id, b.Kind, b.Title, b.Text, b.Threshold, b.Secret, b.OpensAt, b.ClosesAt, b.Seats, b.TermMonths, b.Candidates), ct);
                return Results.Created($"/api/v1/governance/motions/{motionId}/result", (await m.Send(new ListMotions(id), ct)).First(x => x.Id == motionId));
            })
            .Sends<ProposeMotion>().WithName("Governance_ProposeMotion")
            .WithSummary("Put a motion (Resolution, BylawAmendment, Budget; threshold Majority or TwoThirds) or an Election (seats, termMonths, candidates) to the meeting (staff).");
        g.MapPost("/motions/{id:int}/open", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new OpenMotionVoting(id), ct);
                return Results.NoContent();
            })
            .Sends<OpenMotionVoting>().WithName("Governance_OpenVoting").WithSummary("Open voting now (staff).");
        g.MapPost("/motions/{id:int}/close", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CloseMotionVoting(id), ct);
                return Results.Ok(await m.Send(new GetMotionResult(id), ct));
            })
            .Sends<CloseMotionVoting>().WithName("Governance_CloseVoting").WithSummary("Close voting now and compute the result; nothing changes after (staff).");
        g.MapPost("/motions/{id:int}/ballots", async (IMediator m, int id, BallotBody b, CancellationToken ct) =>
            {
                var recorded = await m.Send(new CastVote(id, b.CoopId, b.Choice, b.CandidateIds), ct);
                return Results.Created($"/api/v1/governance/motions/{id}/result", recorded);
            })
            .Sends<CastVote>().WithName("Governance_CastBallot")
            .WithSummary("Cast the co-op's ballot: choice For/Against/Abstain, or candidateIds (up to the seats). A rep votes for their own co-op; staff record a vote " +
                         "cast in the room (coopId). One per eligible co-op: 409 on a second.");
        g.MapGet("/motions/{id:int}/result", (IMediator m, int id, CancellationToken ct) => m.Send(new GetMotionResult(id), ct))
            .Sends<GetMotionResult>().WithName("Governance_GetResult")
            .WithSummary("The result once closed (ties stated, threshold applied); open votes list each co-op's vote, secret ones only totals and who voted.");
        g.MapPost("/motions/{id:int}/seat-winners", async (IMediator m, int id, SeatWinnersBody b, CancellationToken ct) =>
            {
                await m.Send(new SeatWinners(id, b.TermStart), ct);
                return Results.Ok(await m.Send(new GetBoard(), ct));
            })
            .Sends<SeatWinners>().WithName("Governance_SeatWinners").WithSummary("Seat a closed election's winners for its term (staff).");
        g.MapGet("/board", (IMediator m, CancellationToken ct) => m.Send(new GetBoard(), ct))
            .Sends<GetBoard>().WithName("Governance_GetBoard").WithSummary("Board seats, holders and terms.");
        g.MapGet("/delegates/{coopId:int}", async (IMediator m, int coopId, CancellationToken ct) =>
                await m.Send(new GetDelegate(coopId), ct) is { } d ? Results.Ok(d) : Results.NoContent())
            .Sends<GetDelegate>().WithName("Governance_GetDelegate").WithSummary("The co-op's delegate and alternate (staff or its rep).");
        g.MapPut("/delegates/{coopId:int}", async (IMediator m, int coopId, DelegateBody b, CancellationToken ct) =>
            {
                await m.Send(new SetDelegate(coopId, b.PersonId, b.AlternatePersonId, b.Version), ct);
                return Results.Ok(await m.Send(new GetDelegate(coopId), ct));
            })
            .Sends<SetDelegate>().WithName("Governance_SetDelegate").WithSummary("Name the co-op's delegate and alternate from its roster (staff or its rep).");
    }
}
