using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the staff list of events (strings, so a bad status is a field error, not a binding failure).</summary>
public sealed record EventListQuery(string? Status, string? Q, int? Page, int? PageSize)
{
    public ListEvents ToRequest() => new(Api.ParseEnum<EventStatus>("status", Status), Q, Page ?? 1, PageSize ?? Application.Common.Models.Paging.DefaultPageSize);

    public ExportEvents ToExport() => new(Api.ParseEnum<EventStatus>("status", Status), Q);
}

public sealed record EventScheduleBody(int RoomId, int SlotId);

/// <summary>What the call for sessions answers: the proposal waits for staff.</summary>
public sealed record SessionProposalReceived(int Id, string Status, string Message);

public static class EventEndpoints
{
    public static void MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet("", (IMediator m, [AsParameters] EventListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListEvents>().WithName("Events_List")
            .WithSummary("Events, latest first (staff): status=Planning|Published|Cancelled, q searches title, venue and town. pageSize ≤ 200.");
        events.MapGet("/export.csv", async (IMediator m, [AsParameters] EventListQuery q, CancellationToken ct) =>
            {
                var file = await m.Send(q.ToExport(), ct);
                return Results.File(file.Content, "text/csv", file.FileName);
            })
            .Sends<ExportEvents>().WithName("Events_Export")
            .WithSummary("The list of events as filtered, all pages, as CSV (staff).");
        events.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetEvent(id), ct))
            .Sends<GetEvent>().WithName("Events_Get")
            .WithSummary("One event with its themes, rooms, time slots, ticket types and counts of sessions and registrations (staff).");
        events.MapPost("", async (IMediator m, CreateEvent body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Events_Get", new { id }, await m.Send(new GetEvent(id), ct));
            })
            .Sends<CreateEvent>().WithName("Events_Create")
            .WithSummary("Create an event (staff). startsAt/endsAt are wall-clock times in the alliance's zone, e.g. 2027-07-23T09:00. " +
                         "It starts in Planning; add a ticket type, then publish.");
        events.MapPut("/{id:int}", async (IMediator m, int id, UpdateEvent body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetEvent(id), ct));
            })
            .Sends<UpdateEvent>().WithName("Events_Update")
            .WithSummary("Change an event (staff); send the version you read (409 if someone saved since); 422 for a cancelled event, " +
                         "a capacity below the places taken or dates that leave time slots outside.");
        events.MapPost("/{id:int}/publish", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new PublishEvent(id), ct);
                return Results.Ok(await m.Send(new GetEvent(id), ct));
            })
            .Sends<PublishEvent>().WithName("Events_Publish")
            .WithSummary("Announce the event (staff): a public one appears on the public site and opens registration. 422 without a ticket type.");
        events.MapPost("/{id:int}/cancel", async (IMediator m, int id, CancellationToken ct) =>
            {
                await m.Send(new CancelEvent(id), ct);
                return Results.Ok(await m.Send(new GetEvent(id), ct));
            })
            .Sends<CancelEvent>().WithName("Events_Cancel")
            .WithSummary("Call the event off (staff); it cannot be undone.");

        SetupPart<AddEventTheme, RemoveEventTheme>(events, "themes", "Theme", (id, b) => b with { EventId = id }, (id, part) => new RemoveEventTheme(id, part),
            "Add a theme (staff); 422 if the name is already there.", "Remove a theme no session or proposal uses (staff; 422 otherwise).");
        SetupPart<AddEventRoom, RemoveEventRoom>(events, "rooms", "Room", (id, b) => b with { EventId = id }, (id, part) => new RemoveEventRoom(id, part),
            "Add a room with its seats and accessibility notes (staff).", "Remove a room no session is scheduled in (staff; 422 otherwise).");
        SetupPart<AddEventTimeSlot, RemoveEventTimeSlot>(events, "slots", "Slot", (id, b) => b with { EventId = id },
            (id, part) => new RemoveEventTimeSlot(id, part),
            "Add a time slot of the programme (staff); wall-clock times within the event (422 otherwise).",
            "Remove a time slot no session is scheduled in (staff; 422 otherwise).");
        SetupPart<AddTicketType, RemoveTicketType>(events, "ticket-types", "TicketType", (id, b) => b with { EventId = id },
            (id, part) => new RemoveTicketType(id, part),
            "Add a ticket type: kind MemberWorkerOwner|PartnerOrganisation|Community|Solidarity (a solidarity ticket needs suggestedPrice) (staff).",
            "Remove a ticket type nobody registered with (staff; 422 otherwise).");

        events.MapGet("/{id:int}/sessions", (IMediator m, int id, string? status, CancellationToken ct) =>
                m.Send(new ListSessions(id, Api.ParseEnum<SessionStatus>("status", status)), ct))
            .Sends<ListSessions>().WithName("Events_ListSessions")
            .WithSummary("All of an event's sessions with proposers' contacts and needs (staff): status=Proposed|ChangesRequested|Accepted|Declined|Withdrawn.");
        events.MapPost("/{id:int}/sessions", async (IMediator m, int id, ProposeSession body, CancellationToken ct) =>
            {
                var sessionId = await m.Send(body with { EventId = id }, ct);
                return Results.Created($"/api/v1/public/events/{id}",
                    new SessionProposalReceived(sessionId, nameof(SessionStatus.Proposed), "Thank you: staff read every proposal and will write to you."));
            })
            .Sends<ProposeSession>().WithName("Events_ProposeSession").RequireRateLimiting(AbuseLimits.PublicForm)
            .Produces<SessionProposalReceived>(StatusCodes.Status201Created)
            .WithSummary("The call for sessions (no sign-in; limited per client address, 429 with Retry-After): propose a session for a published public " +
                         "event that is not over (404 otherwise); a planning partner may send partnerToken to propose for an event still in planning.");
        events.MapPost("/{id:int}/sessions/by-staff", async (IMediator m, int id, AddSessionByStaff body, CancellationToken ct) =>
            {
                var sessionId = await m.Send(body with { EventId = id }, ct);
                var session = (await m.Send(new ListSessions(id), ct)).First(s => s.Id == sessionId);
                return Results.Created($"/api/v1/events/{id}/sessions", session);
            })
            .Sends<AddSessionByStaff>().WithName("Events_AddSession")
            .WithSummary("Staff put a session on the programme themselves (accepted at once; schedule it next).");
        events.MapPost("/{id:int}/sessions/{sessionId:int}/decision", (IMediator m, int id, int sessionId, DecideSession body, CancellationToken ct) =>
                SendThenSession(m, id, sessionId, body with { EventId = id, SessionId = sessionId }, ct))
            .Sends<DecideSession>().WithName("Events_DecideSession")
            .WithSummary("Decide on a proposal (staff): decision Accept|Decline|AskForChanges, a note for the last two; the proposer is told by email. " +
                         "422 to decline or send back a session still on the programme.");
        events.MapPut("/{id:int}/sessions/{sessionId:int}/schedule", (IMediator m, int id, int sessionId, EventScheduleBody body, CancellationToken ct) =>
                SendThenSession(m, id, sessionId, new ScheduleSession(id, sessionId, body.RoomId, body.SlotId), ct))
            .Sends<ScheduleSession>().WithName("Events_ScheduleSession")
            .WithSummary("Put an accepted session into a room and time slot (staff). 422 on a clash: the room taken, a presenter elsewhere then, " +
                         "the session longer than the slot, or more places than the room seats.");
        events.MapDelete("/{id:int}/sessions/{sessionId:int}/schedule", (IMediator m, int id, int sessionId, CancellationToken ct) =>
                SendThenSession(m, id, sessionId, new UnscheduleSession(id, sessionId), ct))
            .Sends<UnscheduleSession>().WithName("Events_UnscheduleSession")
            .WithSummary("Take a session off the programme (staff); it stays accepted.");

        var open = api.MapGroup("/public/events").WithTags("Events");
        open.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListUpcomingEvents(), ct))
            .Sends<ListUpcomingEvents>().WithName("Events_Upcoming")
            .WithSummary("Published public events that are not over, soonest first (no sign-in).");
        open.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetPublicEvent(id), ct))
            .Sends<GetPublicEvent>().WithName("Events_GetPublic")
            .WithSummary("A published public event with its venue, accessibility notes, themes, tickets and programme by slot and room (no sign-in; 404 otherwise).");
    }

    private static async Task<IResult> SendThenSession<TCommand>(IMediator m, int id, int sessionId, TCommand command, CancellationToken ct)
        where TCommand : IRequest<Unit>
    {
        await m.Send(command, ct);
        return Results.Ok((await m.Send(new ListSessions(id), ct)).First(s => s.Id == sessionId));
    }

    /// <summary>POST adds a part of the event's setup (answering the event as it now stands); DELETE removes one.</summary>
    private static void SetupPart<TAdd, TRemove>(RouteGroupBuilder events, string segment, string operation, Func<int, TAdd, TAdd> add,
        Func<int, int, TRemove> remove, string addSummary, string removeSummary)
        where TAdd : IRequest<int>
        where TRemove : IRequest<Unit>
    {
        events.MapPost($"/{{id:int}}/{segment}", async (IMediator m, int id, TAdd body, CancellationToken ct) =>
            {
                await m.Send(add(id, body), ct);
                return Results.Created($"/api/v1/events/{id}", await m.Send(new GetEvent(id), ct));
            })
            .Sends<TAdd>().WithName($"Events_Add{operation}").WithSummary(addSummary);
        // One route parameter name for every part, so the OpenAPI document declares it (a name read from the route values is not).
        events.MapDelete($"/{{id:int}}/{segment}/{{partId:int}}", async (IMediator m, int id, int partId, CancellationToken ct) =>
            {
                await m.Send(remove(id, partId), ct);
                return Results.NoContent();
            })
            .Sends<TRemove>().WithName($"Events_Remove{operation}").WithSummary(removeSummary);
    }
}
