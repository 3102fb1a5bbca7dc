using CoopAlliance.Application.Events.Day;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>On the day: check-in at the door, and the printed badges, programme and post-event report.</summary>
public static class EventDayEndpoints
{
    public static void MapEventDay(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet("/{id:int}/check-in", (IMediator m, int id, string? q, CancellationToken ct) => m.Send(new FindForCheckIn(id, q), ct))
            .Sends<FindForCheckIn>().WithName("Events_FindForCheckIn")
            .WithSummary("Find registrants at the door by the short code from their confirmation (any case, spaces ignored) or part of their name; " +
                         "with how many of the confirmed are checked in. Never their needs (staff).");
        events.MapPost("/{id:int}/check-in/{registrationId:int}", (IMediator m, int id, int registrationId, CancellationToken ct) =>
                m.Send(new CheckInRegistration(id, registrationId), ct))
            .Sends<CheckInRegistration>().WithName("Events_CheckIn")
            .WithSummary("Check a registrant in; doing it twice changes nothing. 422 for someone without a confirmed place (waitlisted, cancelled) (staff).");
        events.MapDelete("/{id:int}/check-in/{registrationId:int}", (IMediator m, int id, int registrationId, CancellationToken ct) =>
                m.Send(new UndoCheckIn(id, registrationId), ct))
            .Sends<UndoCheckIn>().WithName("Events_UndoCheckIn")
            .WithSummary("Take a check-in back (staff).");

        events.MapGet("/{id:int}/badges.pdf", async (IMediator m, int id, CancellationToken ct) => Pdf(await m.Send(new GetBadgesPdf(id), ct)))
            .Sends<GetBadgesPdf>().WithName("Events_BadgesPdf")
            .WithSummary("Name badges for everyone with a confirmed place, eight to a page: name, organisation, ticket and short code (staff).");
        events.MapGet("/{id:int}/programme.pdf", async (IMediator m, int id, CancellationToken ct) => Pdf(await m.Send(new GetProgrammePdf(id), ct)))
            .Sends<GetProgrammePdf>().WithName("Events_ProgrammePdf")
            .WithSummary("The printed programme: sessions by time and room with themes and presenters, venue and accessibility notes. " +
                         "Anyone for a published public event; staff only otherwise (404 to others).");
        events.MapGet("/{id:int}/report.pdf", async (IMediator m, int id, CancellationToken ct) => Pdf(await m.Send(new GetEventReportPdf(id), ct)))
            .Sends<GetEventReportPdf>().WithName("Events_ReportPdf")
            .WithSummary("The post-event report, made afresh on each request: attendance by ticket type and organisation, session turnout, " +
                         "proposals with their dot totals by theme, and commitments with their latest status (staff).");
    }

    private static IResult Pdf(EventPdfFile file) => Results.File(file.Content, "application/pdf", file.FileName);
}
