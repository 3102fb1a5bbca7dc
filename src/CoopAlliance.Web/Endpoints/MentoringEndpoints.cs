using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record MentoringAvailabilityBody(DateOnly? PausedUntil);
public sealed record MentoringRepsBody(IReadOnlyList<int> UserIds);
public sealed record MentoringStageBody(DevelopmentStage Stage, string? Note);
public sealed record MentoringNewMilestoneBody(DevelopmentStage Stage, string Title);
public sealed record MentoringTickBody(bool Done = true, DateOnly? On = null);
public sealed record MentoringNoteBody(string? Note);
public sealed record MentoringReasonBody(string? Reason);
public sealed record MentoringSessionBody(DateOnly HeldOn, int Minutes, string Topics, string? Notes, string? NextSteps);
public sealed record MentoringTemplateBody(DevelopmentStage Stage, string Title, int SortOrder, bool IsActive = true, int Version = 0);
public sealed record MentoringPublishBody(IReadOnlyList<PairToPublish>? Pairs);

/// <summary>Query string of the pipeline list (strings, so a bad value is a field error, not a binding failure).</summary>
public sealed record DevelopingCoopListQuery(string? Q, string? Stage, string? Region, bool? IncludeGraduated, int? Page, int? PageSize, string? Sort, bool? Desc)
{
    public ListDevelopingCoops ToRequest() => new()
    {
        Q = Q,
        Stage = Api.ParseEnum<DevelopmentStage>("stage", Stage),
        Region = Api.ParseEnum<Region>("region", Region),
        IncludeGraduated = IncludeGraduated ?? false,
        Sort = Api.ParseEnum<DevelopingCoopSort>("sort", Sort) ?? DevelopingCoopSort.Stage,
        Descending = Desc ?? false,
        Page = Page ?? 1,
        PageSize = PageSize ?? Paging.DefaultPageSize,
    };
}

/// <summary>
/// Mentoring under /api/v1/mentoring: mentors, developing co-ops (the pipeline), checklist templates, matches
/// and sessions, and the suggestions staff publish. A mentor reaches only the co-ops offered to them or that
/// they mentor, a rep only their own; anything else is 404.
/// </summary>
public static class MentoringEndpoints
{
    public static void MapMentoring(this RouteGroupBuilder api)
    {
        var mentoring = api.MapGroup("/mentoring").WithTags("Mentoring");

        var mentors = mentoring.MapGroup("/mentors");
        mentors.MapGet("/", (IMediator m, string? q, CancellationToken ct) => m.Send(new ListMentors(q), ct))
            .Sends<ListMentors>().WithName("Mentors_List")
            .WithSummary("Mentors with their load (staff; a mentor sees their own profile).");
        mentors.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetMentor(id), ct))
            .Sends<GetMentor>().WithName("Mentors_Get").WithSummary("One mentor.");
        mentors.MapPost("/", async (IMediator m, CreateMentor body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Mentors_Get", new { id }, await m.Send(new GetMentor(id), ct));
            })
            .Sends<CreateMentor>().WithName("Mentors_Create")
            .WithSummary("Give a Mentor login its profile (staff).");
        mentors.MapPut("/{id:int}", async (IMediator m, int id, UpdateMentor body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetMentor(id), ct));
            })
            .Sends<UpdateMentor>().WithName("Mentors_Update")
            .WithSummary("Edit a profile; send the version you read (409 if someone saved since).");
        mentors.MapPost("/{id:int}/availability", async (IMediator m, int id, MentoringAvailabilityBody body, CancellationToken ct) =>
            {
                await m.Send(new SetMentorAvailability(id, body.PausedUntil), ct);
                return Results.Ok(await m.Send(new GetMentor(id), ct));
            })
            .Sends<SetMentorAvailability>().WithName("Mentors_SetAvailability")
            .WithSummary("Pause until a date (pausedUntil), or make available again (null).");

        var coops = mentoring.MapGroup("/developing-coops");
        coops.MapGet("/", (IMediator m, [AsParameters] DevelopingCoopListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListDevelopingCoops>().WithName("DevelopingCoops_List")
            .WithSummary("The pipeline: developing co-ops with stage, mentor and last session. pageSize ≤ 200; sort: Stage (default), Name, Region, StageSince, LastSession; desc=true reverses.");
        coops.MapGet("/mine", (IMediator m, CancellationToken ct) => m.Send(new GetMyDevelopingCoop(), ct))
            .Sends<GetMyDevelopingCoop>().WithName("DevelopingCoops_GetMine")
            .WithSummary("A rep's own developing co-op: stage, checklist, needs, timeline, and the mentor once the match is active (404 if none).");
        coops.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetDevelopingCoop(id), ct))
            .Sends<GetDevelopingCoop>().WithName("DevelopingCoops_Get").WithSummary("One developing co-op with its checklist, timeline and mentor.");
        coops.MapPost("/", async (IMediator m, CreateDevelopingCoop body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("DevelopingCoops_Get", new { id }, await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<CreateDevelopingCoop>().WithName("DevelopingCoops_Create")
            .WithSummary("Add a start-up group or conversion project (staff).");
        coops.MapPut("/{id:int}", async (IMediator m, int id, UpdateDevelopingCoop body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<UpdateDevelopingCoop>().WithName("DevelopingCoops_Update")
            .WithSummary("Edit the record and needs; send the version you read.");
        coops.MapPut("/{id:int}/reps", async (IMediator m, int id, MentoringRepsBody body, CancellationToken ct) =>
            {
                await m.Send(new SetDevelopingCoopReps(id, body.UserIds), ct);
                return Results.Ok(await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<SetDevelopingCoopReps>().WithName("DevelopingCoops_SetReps")
            .WithSummary("The logins that represent the group (staff).");
        coops.MapPost("/{id:int}/stage", async (IMediator m, int id, MentoringStageBody body, CancellationToken ct) =>
            {
                await m.Send(new ChangeStage(id, body.Stage, body.Note), ct);
                return Results.Ok(await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<ChangeStage>().WithName("DevelopingCoops_ChangeStage")
            .WithSummary("Move to another stage (staff or the active mentor).");
        coops.MapPost("/{id:int}/milestones", async (IMediator m, int id, MentoringNewMilestoneBody body, CancellationToken ct) =>
            {
                await m.Send(new AddMilestone(id, body.Stage, body.Title), ct);
                return Results.Ok(await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<AddMilestone>().WithName("DevelopingCoops_AddMilestone")
            .WithSummary("Add a milestone to this co-op's checklist (staff or the active mentor).");
        coops.MapPost("/{id:int}/milestones/{milestoneId:int}/tick", async (IMediator m, int id, int milestoneId, MentoringTickBody? body, CancellationToken ct) =>
            {
                await m.Send(new TickMilestone(id, milestoneId, body?.Done ?? true, body?.On), ct);
                return Results.Ok(await m.Send(new GetDevelopingCoop(id), ct));
            })
            .Sends<TickMilestone>().WithName("DevelopingCoops_TickMilestone")
            .WithSummary("Tick (done: true) or untick a milestone.");
        coops.MapPost("/{id:int}/graduate", async (IMediator m, int id, MentoringNoteBody? body, CancellationToken ct) =>
            {
                var coopId = await m.Send(new GraduateDevelopingCoop(id, body?.Note), ct);
                return Results.Created($"/api/v1/coops/{coopId}", new { cooperativeId = coopId });
            })
            .Sends<GraduateDevelopingCoop>().WithName("DevelopingCoops_Graduate")
            .WithSummary("An operating co-op becomes a membership application (staff); returns the registry co-op.");
        coops.MapGet("/{id:int}/sessions", (IMediator m, int id, CancellationToken ct) => m.Send(new ListSessions(id), ct))
            .Sends<ListSessions>().WithName("DevelopingCoops_ListSessions")
            .WithSummary("Sessions with this co-op, newest first.");

        var templates = mentoring.MapGroup("/milestone-templates");
        templates.MapGet("/", (IMediator m, bool? includeRetired, CancellationToken ct) => m.Send(new ListMilestoneTemplates(includeRetired ?? false), ct))
            .Sends<ListMilestoneTemplates>().WithName("MilestoneTemplates_List")
            .WithSummary("Checklist templates by stage (staff).");
        templates.MapPost("/", async (IMediator m, MentoringTemplateBody body, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new SaveMilestoneTemplate(null, 0, body.Stage, body.Title, body.SortOrder, body.IsActive), ct) }))
            .Sends<SaveMilestoneTemplate>().WithName("MilestoneTemplates_Create")
            .WithSummary("Add a template (staff).");
        templates.MapPut("/{id:int}", async (IMediator m, int id, MentoringTemplateBody body, CancellationToken ct) =>
                Results.Ok(new { id = await m.Send(new SaveMilestoneTemplate(id, body.Version, body.Stage, body.Title, body.SortOrder, body.IsActive), ct) }))
            .Sends<SaveMilestoneTemplate>().WithName("MilestoneTemplates_Update")
            .WithSummary("Edit or retire (isActive: false) a template; send the version you read.");

        var matches = mentoring.MapGroup("/matches");
        matches.MapGet("/", (IMediator m, string? status, int? mentorId, int? developingCoopId, string? q, CancellationToken ct) =>
                m.Send(new ListMatches(Api.ParseEnum<MatchStatus>("status", status), mentorId, developingCoopId, q), ct))
            .Sends<ListMatches>().WithName("Matches_List")
            .WithSummary("Matches (staff: all; a mentor: their own; a rep: their co-op's once active); q finds the co-op's or mentor's name.");
        matches.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetMatch(id), ct))
            .Sends<GetMatch>().WithName("Matches_Get").WithSummary("One match.");
        matches.MapPost("/{id:int}/accept", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new AcceptOffer(id), ct);
                return Results.Ok(await m.Send(new GetMatch(id), ct));
            })
            .Sends<AcceptOffer>().WithName("Matches_Accept")
            .WithSummary("The mentor accepts the offer (until its last day).");
        matches.MapPost("/{id:int}/decline", async (IMediator m, int id, MentoringReasonBody? body, CancellationToken ct) =>
            {
                await m.Send(new DeclineOffer(id, body?.Reason), ct);
                return Results.Ok(await m.Send(new GetMatch(id), ct));
            })
            .Sends<DeclineOffer>().WithName("Matches_Decline")
            .WithSummary("The mentor declines the offer; the co-op goes back into the suggestions.");
        matches.MapPost("/{id:int}/complete", async (IMediator m, int id, MentoringNoteBody? body, CancellationToken ct) =>
            {
                await m.Send(new CompleteMatch(id, body?.Note), ct);
                return Results.Ok(await m.Send(new GetMatch(id), ct));
            })
            .Sends<CompleteMatch>().WithName("Matches_Complete")
            .WithSummary("An active match reached its goals.");
        matches.MapPost("/{id:int}/end", async (IMediator m, int id, MentoringReasonBody body, CancellationToken ct) =>
            {
                await m.Send(new EndMatch(id, body.Reason ?? ""), ct);
                return Results.Ok(await m.Send(new GetMatch(id), ct));
            })
            .Sends<EndMatch>().WithName("Matches_End")
            .WithSummary("End a match (or withdraw an offer) with a reason.");
        matches.MapPost("/{id:int}/sessions", async (IMediator m, int id, MentoringSessionBody body, CancellationToken ct) =>
            {
                var sessionId = await m.Send(new LogSession(id, body.HeldOn, body.Minutes, body.Topics, body.Notes, body.NextSteps), ct);
                var match = await m.Send(new GetMatch(id), ct);
                return Results.Created($"/api/v1/mentoring/developing-coops/{match.DevelopingCoopId}/sessions", new { id = sessionId });
            })
            .Sends<LogSession>().WithName("Matches_LogSession")
            .WithSummary("Log a session on an active match (its mentor or staff).");

        mentoring.MapGet("/suggestions", (IMediator m, CancellationToken ct) => m.Send(new GetSuggestions(), ct))
            .Sends<GetSuggestions>().WithName("Suggestions_Get")
            .WithSummary("Suggested matches for the whole cohort (exact), each with its score parts, and the greedy total (staff).");
        mentoring.MapPost("/suggestions/publish", async (IMediator m, MentoringPublishBody? body, CancellationToken ct) =>
                Results.Ok(new { matchIds = await m.Send(new PublishSuggestions(body?.Pairs), ct) }))
            .Sends<PublishSuggestions>().WithName("Suggestions_Publish")
            .WithSummary("Offer the chosen pairs (or, with none, the whole suggestion) to their mentors (staff).");

        var reports = mentoring.MapGroup("/reports");
        reports.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListMentoringReports(), ct))
            .Sends<ListMentoringReports>().WithName("MentoringReports_List")
            .WithSummary("The monthly mentoring reports stored (and emailed) by the monthly job, newest first (staff).");
        reports.MapGet("/{month}", (IMediator m, string month, CancellationToken ct) =>
            {
                var first = Api.ParseMonth("month", month);
                return m.Send(new GetMentoringReportFigures(first.Year, first.Month), ct);
            })
            .Sends<GetMentoringReportFigures>().WithName("MentoringReports_GetFigures")
            .WithSummary("A month's figures (yyyy-MM) from today's data: active matches, sessions and hours, stage changes, launches, mentors' load (staff).");
        reports.MapGet("/{month}/pdf", async (IMediator m, string month, CancellationToken ct) =>
            {
                var first = Api.ParseMonth("month", month);
                var file = await m.Send(new DownloadMentoringReport(first.Year, first.Month), ct);
                return Results.File(file.Content, "application/pdf", file.FileName);
            })
            .Sends<DownloadMentoringReport>().WithName("MentoringReports_GetPdf")
            .WithSummary("A month's report as a PDF (yyyy-MM): the stored one as emailed, or one made now from today's data (staff).");
    }
}
