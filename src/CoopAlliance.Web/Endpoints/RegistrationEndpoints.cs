using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoopAlliance.Web.Endpoints;

/// <summary>
/// What the public registration form sends. <c>ticketType</c> is the id of one of the event's ticket types (see the
/// event's <c>ticketTypes</c>); <c>joinWaitlist</c> asks to wait when the event is full instead of being refused with 409.
/// </summary>
public sealed record RegistrationBody(
    string Name,
    string Email,
    int TicketType,
    string? Organisation = null,
    int? CooperativeId = null,
    decimal? PayWhatYouCan = null,
    bool ChargeToCoop = false,
    string? AccessibilityNeeds = null,
    string? InterpretationLanguage = null,
    string? DietaryNeeds = null,
    bool JoinWaitlist = false,
    string? Fax = null)
{
    public Register ToCommand(int eventId) => new()
    {
        EventId = eventId,
        Name = Name,
        Email = Email,
        TicketType = TicketType,
        Organisation = Organisation,
        CooperativeId = CooperativeId,
        PayWhatYouCan = PayWhatYouCan,
        ChargeToCoop = ChargeToCoop,
        AccessibilityNeeds = AccessibilityNeeds,
        InterpretationLanguage = InterpretationLanguage,
        DietaryNeeds = DietaryNeeds,
        JoinWaitlist = JoinWaitlist,
        Fax = Fax,
    };
}

/// <summary>Query string of the staff list (strings, so a bad status is a field error, not a binding failure).</summary>
public sealed record RegistrationListQuery(string? Q, int? TicketTypeId, string? Status, int? Page, int? PageSize)
{
    public ListRegistrations ToRequest(int eventId) =>
        new(eventId, Q, TicketTypeId, Api.ParseEnum<PlaceStatus>("status", Status), Page ?? 1, PageSize ?? Paging.DefaultPageSize);

    public ExportRegistrations ToExport(int eventId) => new(eventId, Q, TicketTypeId, Api.ParseEnum<PlaceStatus>("status", Status));
}

public sealed record RegistrationPaymentBody(decimal Amount, DateOnly PaidOn, string? Reference, int? Version);
public sealed record AcceptOfferBody(int? SessionId);
public sealed record SessionSignupBody(bool JoinWaitlist);
public sealed record SessionSignupAnswer(int SessionId, PlaceStatus Status);

public static class RegistrationEndpoints
{
    public const string WaitlistExtension = "waitlist";

    public static void MapRegistrations(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapPost("/{id:int}/registrations", async (IMediator m, int id, RegistrationBody body, CancellationToken ct) =>
            {
                try
                {
                    var receipt = await m.Send(body.ToCommand(id), ct);
                    return receipt is null
                        ? Results.Accepted()
                        : Results.Created($"/api/v1/events/registrations/{receipt.Token}", receipt);
                }
                catch (NoPlaceLeftException full)
                {
                    return Full(full);
                }
            })
            .Sends<Register>().WithName("Events_Register").RequireRateLimiting(AbuseLimits.PublicForm)
            .Produces<RegistrationReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Register for a public, published event (no sign-in; limited per client address, 429 with Retry-After). " +
                         "ticketType is the id of one of the event's ticket types. Member pricing needs cooperativeId of a co-op in good standing now; " +
                         "payWhatYouCan is the amount for a solidarity ticket. When the event is full: 409 problem+json with \"waitlist\": true, " +
                         "unless joinWaitlist is true — then 201 with status Waitlisted. The token in the answer is the registrant's secret link.");

        events.MapGet("/{id:int}/registrations", (IMediator m, int id, [AsParameters] RegistrationListQuery q, CancellationToken ct) => m.Send(q.ToRequest(id), ct))
            .Sends<ListRegistrations>().WithName("Events_ListRegistrations")
            .WithSummary("The event's registrations (staff), with needs: q searches name, email, organisation and code; " +
                         "ticketTypeId and status=Confirmed|Waitlisted|Offered|OfferExpired|Cancelled filter. pageSize ≤ 200.");

        events.MapGet("/{id:int}/registrations/export.csv", async (IMediator m, int id, [AsParameters] RegistrationListQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(q.ToExport(id), ct)), "text/csv", $"event-{id}-registrations.csv"))
            .Sends<ExportRegistrations>().WithName("Events_ExportRegistrations")
            .WithSummary("The registrations as filtered, all pages, as CSV (staff; carries emails and needs).");

        events.MapPost("/{id:int}/registrations/{registrationId:int}/payment", async (IMediator m, int id, int registrationId, RegistrationPaymentBody body,
                CancellationToken ct) =>
            {
                await m.Send(new RecordRegistrationPayment(id, registrationId, body.Amount, body.PaidOn, body.Reference, body.Version), ct);
                return Results.NoContent();
            })
            .Sends<RecordRegistrationPayment>().WithName("Events_RecordPayment")
            .WithSummary("Record a payment received for a registration (staff; no card processing). 422 for one charged to a co-op's account.");

        events.MapPost("/{id:int}/registrations/{registrationId:int}/cancel", async (IMediator m, int id, int registrationId, CancellationToken ct) =>
            {
                await m.Send(new CancelRegistrationByStaff(id, registrationId), ct);
                return Results.NoContent();
            })
            .Sends<CancelRegistrationByStaff>().WithName("Events_CancelRegistration")
            .WithSummary("Cancel a registration (staff); the freed place is offered to the next person waiting.");

        events.MapGet("/{id:int}/calendar.ics", async (IMediator m, int id, CancellationToken ct) => Calendar(await m.Send(new GetEventCalendar(id), ct)))
            .Sends<GetEventCalendar>().WithName("Events_Calendar")
            .Produces(StatusCodes.Status200OK, contentType: EventCalendar.ContentType)
            .WithSummary("The iCalendar (RFC 5545) of a public, published event and its scheduled sessions, in the alliance's time zone (no sign-in).");

        var mine = events.MapGroup("/registrations/{token}");

        mine.MapGet("/", (IMediator m, string token, CancellationToken ct) => m.Send(new GetMyRegistration(token), ct))
            .Sends<GetMyRegistration>().WithName("Events_MyRegistration")
            .WithSummary("A registrant's own registration, by the secret token of their confirmation link (no sign-in): place, code, price, workshops.");

        mine.MapGet("/calendar.ics", async (IMediator m, string token, CancellationToken ct) => Calendar(await m.Send(new GetRegistrantCalendar(token), ct)))
            .Sends<GetRegistrantCalendar>().WithName("Events_MyCalendar")
            .Produces(StatusCodes.Status200OK, contentType: EventCalendar.ContentType)
            .WithSummary("The registrant's iCalendar: the event and the workshops they hold a place in.");

        mine.MapPost("/cancel", async (IMediator m, string token, CancellationToken ct) =>
            {
                await m.Send(new CancelRegistration(token), ct);
                return Results.Ok(await m.Send(new GetMyRegistration(token), ct));
            })
            .Sends<CancelRegistration>().WithName("Events_CancelMyRegistration")
            .WithSummary("The registrant gives up their place or leaves the waitlist; the place is offered to the next person waiting.");

        mine.MapPost("/accept-offer", async (IMediator m, string token, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] AcceptOfferBody? body,
                CancellationToken ct) =>
            {
                await m.Send(new AcceptOffer(token, body?.SessionId), ct);
                return Results.Ok(await m.Send(new GetMyRegistration(token), ct));
            })
            .Sends<AcceptOffer>().WithName("Events_AcceptOffer")
            .WithSummary("Take the place offered from the waitlist (or, with sessionId, a workshop place); 422 once the offer has expired.");

        mine.MapPost("/sessions/{sessionId:int}", async (IMediator m, string token, int sessionId,
                [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SessionSignupBody? body, CancellationToken ct) =>
            {
                try
                {
                    var status = await m.Send(new SignUpForSession(token, sessionId, body?.JoinWaitlist ?? false), ct);
                    return Results.Ok(new SessionSignupAnswer(sessionId, status));
                }
                catch (NoPlaceLeftException full)
                {
                    return Full(full);
                }
            })
            .Sends<SignUpForSession>().WithName("Events_SignUpForSession")
            .Produces<SessionSignupAnswer>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Sign up for a workshop with its own capacity (a confirmed registration only). Full: 409 with \"waitlist\": true unless joinWaitlist.");

        mine.MapPost("/sessions/{sessionId:int}/leave", async (IMediator m, string token, int sessionId, CancellationToken ct) =>
            {
                await m.Send(new LeaveSession(token, sessionId), ct);
                return Results.NoContent();
            })
            .Sends<LeaveSession>().WithName("Events_LeaveSession")
            .WithSummary("Leave a workshop or its waitlist; the place is offered to the next person waiting.");
    }

    /// <summary>409: no place left, and the waitlist is there to join.</summary>
    private static IResult Full(NoPlaceLeftException full) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No place left", detail: full.Message,
            extensions: new Dictionary<string, object?> { [WaitlistExtension] = true });

    private static IResult Calendar(CalendarFile file) =>
        Results.File(Encoding.UTF8.GetBytes(file.Content), $"{EventCalendar.ContentType}; charset=utf-8", file.FileName);
}
