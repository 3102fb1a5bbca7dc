using CoopAlliance.Application.Events.Partners;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

public sealed record InvitePartnerBody(int? CooperativeId, string? OrganisationName, string ContactName, string ContactEmail, string? Message);
public sealed record UpdatePartnerBody(IReadOnlyList<PartnerRoles>? Roles, string? ContactName, string? ContactEmail);
public sealed record TaskBody(string What, string? OwnerName, string? OwnerEmail, int? PartnerId, DateOnly DueOn);
public sealed record UpdateTaskBody(int Version, string What, string? OwnerName, string? OwnerEmail, int? PartnerId, DateOnly DueOn);
public sealed record InvitationAnswerBody(InvitationAnswer Answer);
public sealed record PartnerTaskBody(bool Done);

/// <summary>Planning partners and the shared planning task list (staff), and the partner's no-login link (anonymous, by token).</summary>
public static class EventPartnerEndpoints
{
    public static void MapEventPartners(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:int}").WithTags("Events");

        events.MapGet("/partners", (IMediator m, int id, CancellationToken ct) => m.Send(new ListPartners(id), ct))
            .Sends<ListPartners>().WithName("Events_ListPartners")
            .WithSummary("The event's planning partners with their answers (Pending, Interested, NotNow) and roles (staff).");
        events.MapPost("/partners", async (IMediator m, int id, InvitePartnerBody body, CancellationToken ct) =>
            {
                var partnerId = await m.Send(new InvitePartner(id, body.CooperativeId, body.OrganisationName, body.ContactName, body.ContactEmail, body.Message), ct);
                var partner = (await m.Send(new ListPartners(id), ct)).First(p => p.Id == partnerId);
                return Results.Created($"/api/v1/events/{id}/partners", partner);
            })
            .Sends<InvitePartner>().WithName("Events_InvitePartner")
            .WithSummary("Invite a planning partner: a member co-op (cooperativeId) or an allied organisation (organisationName), and its contact; " +
                         "the invitation email with the no-login link is queued once (staff).");
        events.MapPut("/partners/{partnerId:int}", async (IMediator m, int id, int partnerId, UpdatePartnerBody body, CancellationToken ct) =>
            {
                await m.Send(new UpdatePartner(id, partnerId, body.Roles, body.ContactName, body.ContactEmail), ct);
                return Results.Ok((await m.Send(new ListPartners(id), ct)).First(p => p.Id == partnerId));
            })
            .Sends<UpdatePartner>().WithName("Events_UpdatePartner")
            .WithSummary("Give a partner roles (Speaker, Sponsor, Venue, Food, Outreach, Volunteers; only once it said it is interested, else 422) " +
                         "and/or change its contact (both name and email); fields left out stay (staff).");

        events.MapGet("/tasks", (IMediator m, int id, string? status, CancellationToken ct) =>
                m.Send(new ListTasks(id, Api.ParseEnum<TaskFilter>("status", status)), ct))
            .Sends<ListTasks>().WithName("Events_ListTasks")
            .WithSummary("The planning task list by due date; status Open, Done or Overdue; dueSoon and overdue flagged (staff).");
        events.MapGet("/tasks.csv", async (IMediator m, int id, string? status, CancellationToken ct) =>
            {
                var file = await m.Send(new ExportTasks(id, Api.ParseEnum<TaskFilter>("status", status)), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<ExportTasks>().WithName("Events_ExportTasks")
            .WithSummary("The planning task list as CSV (staff).");
        events.MapPost("/tasks", async (IMediator m, int id, TaskBody body, CancellationToken ct) =>
            {
                var taskId = await m.Send(new AddTask(id, body.What, body.OwnerName, body.OwnerEmail, body.PartnerId, body.DueOn), ct);
                return Results.Created($"/api/v1/events/{id}/tasks", await TaskAsync(m, id, taskId, ct));
            })
            .Sends<AddTask>().WithName("Events_AddTask")
            .WithSummary("Add a task: what, owner (name, email) or the owning partner (its contact by default), due date (staff).");
        events.MapPut("/tasks/{taskId:int}", async (IMediator m, int id, int taskId, UpdateTaskBody body, CancellationToken ct) =>
            {
                await m.Send(new UpdateTask(id, taskId, body.Version, body.What, body.OwnerName, body.OwnerEmail, body.PartnerId, body.DueOn), ct);
                return Results.Ok(await TaskAsync(m, id, taskId, ct));
            })
            .Sends<UpdateTask>().WithName("Events_UpdateTask")
            .WithSummary("Change a task (send the version you read; 409 if it changed since). A new owner or date re-arms its reminder (staff).");
        events.MapPost("/tasks/{taskId:int}/done", async (IMediator m, int id, int taskId, CancellationToken ct) =>
            {
                await m.Send(new MarkTaskDone(id, taskId), ct);
                return Results.Ok(await TaskAsync(m, id, taskId, ct));
            })
            .Sends<MarkTaskDone>().WithName("Events_MarkTaskDone")
            .WithSummary("Mark a task done (staff).");
        events.MapPost("/tasks/{taskId:int}/reopen", async (IMediator m, int id, int taskId, CancellationToken ct) =>
            {
                await m.Send(new ReopenTask(id, taskId), ct);
                return Results.Ok(await TaskAsync(m, id, taskId, ct));
            })
            .Sends<ReopenTask>().WithName("Events_ReopenTask")
            .WithSummary("Reopen a task marked done (staff).");

        var invitation = api.MapGroup("/public/partner-invitations/{token}").WithTags("Events");
        invitation.MapGet("", (IMediator m, string token, CancellationToken ct) => m.Send(new GetPartnerPage(token), ct))
            .Sends<GetPartnerPage>().WithName("Events_GetPartnerInvitation")
            .WithSummary("The partner's view from the invitation link (no sign-in): the event, their answer and roles, and once joined the task list; " +
                         "an unknown link is 404.");
        invitation.MapPost("", async (IMediator m, string token, InvitationAnswerBody body, CancellationToken ct) =>
            {
                await m.Send(new AnswerInvitation(token, body.Answer), ct);
                return Results.Ok(await m.Send(new GetPartnerPage(token), ct));
            })
            .Sends<AnswerInvitation>().WithName("Events_AnswerPartnerInvitation").RequireRateLimiting(AbuseLimits.PublicForm)
            .WithSummary("Answer the invitation (no sign-in): Interested or NotNow; answering again changes the answer.");
        invitation.MapPost("/tasks/{taskId:int}", async (IMediator m, string token, int taskId, PartnerTaskBody body, CancellationToken ct) =>
            {
                await m.Send(new MarkPartnerTask(token, taskId, body.Done), ct);
                return Results.Ok(await m.Send(new GetPartnerPage(token), ct));
            })
            .Sends<MarkPartnerTask>().WithName("Events_MarkPartnerTask").RequireRateLimiting(AbuseLimits.PublicForm)
            .WithSummary("The partner marks a task its organisation owns done (done=true) or open again (no sign-in); any other task is 404.");
    }

    private static async Task<PlanningTaskDto> TaskAsync(IMediator m, int id, int taskId, CancellationToken ct) =>
        (await m.Send(new ListTasks(id), ct)).First(t => t.Id == taskId);
}
