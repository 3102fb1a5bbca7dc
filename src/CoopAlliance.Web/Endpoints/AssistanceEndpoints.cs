using System.Text;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the request queue (strings, so a bad value is a field error, not a binding failure).</summary>
public sealed record AssistanceListQuery(string? Q, string? Status, bool? OpenOnly, string? Category, string? Priority, int? CoopId,
    int? ProviderId, bool? DueSoonOrOverdue, bool? NeedsHoursApproval, string? Sort, bool? Desc, int? Page, int? PageSize)
{
    public ListAssistanceRequests ToRequest() => new()
    {
        Q = Q,
        Status = Api.ParseEnum<AssistanceStatus>("status", Status),
        OpenOnly = OpenOnly ?? false,
        Category = Api.ParseEnum<AssistanceCategory>("category", Category),
        Priority = Api.ParseEnum<Priority>("priority", Priority),
        CoopId = CoopId,
        ProviderId = ProviderId,
        DueSoonOrOverdue = DueSoonOrOverdue ?? false,
        NeedsHoursApproval = NeedsHoursApproval ?? false,
        Sort = Api.ParseEnum<AssistanceSort>("sort", Sort) ?? AssistanceSort.Submitted,
        Descending = Desc ?? true,
        Page = Page ?? 1,
        PageSize = PageSize ?? Paging.DefaultPageSize,
    };
}

public sealed record TimeEntryExportQuery(DateOnly? From, DateOnly? To, string? GroupBy, int? CoopId, int? ProviderId, string? Category)
{
    public ExportTimeEntries ToRequest() => new()
    {
        From = From,
        To = To,
        GroupBy = Api.ParseEnum<TimeEntryGrouping>("groupBy", GroupBy) ?? TimeEntryGrouping.None,
        CoopId = CoopId,
        ProviderId = ProviderId,
        Category = Api.ParseEnum<AssistanceCategory>("category", Category),
    };
}

public sealed record AssignBody(int ProviderId, string? Note);
public sealed record ResolveBody(string Resolution);
public sealed record RatingBody(int Stars, string? Comment);
public sealed record CommentBody(string Body, bool IsInternal = false);

public static class AssistanceEndpoints
{
    public static void MapAssistance(this RouteGroupBuilder api)
    {
        var requests = api.MapGroup("/ta-requests").WithTags("Technical assistance");

        requests.MapGet("/", (IMediator m, [AsParameters] AssistanceListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListAssistanceRequests>().WithName("Assistance_List")
            .WithSummary("The request queue with filters and paging (a rep sees only their own co-op's). pageSize ≤ 200.");

        requests.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetAssistanceRequest(id), ct))
            .Sends<GetAssistanceRequest>().WithName("Assistance_Get")
            .WithSummary("One request with its timeline, comments (internal ones for staff only), files and hours.");

        requests.MapPost("/", async (IMediator m, SubmitAssistanceRequest body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Assistance_Get", new { id }, await m.Send(new GetAssistanceRequest(id), ct));
            })
            .Sends<SubmitAssistanceRequest>().WithName("Assistance_Submit")
            .WithSummary("Ask for help (a rep for their co-op; staff on a co-op's behalf with coopId).");

        requests.MapGet("/dashboard", (IMediator m, CancellationToken ct) => m.Send(new GetAssistanceDashboard(), ct))
            .Sends<GetAssistanceDashboard>().WithName("Assistance_Dashboard")
            .WithSummary("Open requests by status, age, assignee and SLA status (staff).");

        requests.MapPost("/{id:int}/triage", async (IMediator m, int id, TriageAssistance body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetAssistanceRequest(id), ct));
            })
            .Sends<TriageAssistance>().WithName("Assistance_Triage")
            .WithSummary("Set priority, category, target dates and an estimate (staff).");

        requests.MapPost("/{id:int}/assign", async (IMediator m, int id, AssignBody body, CancellationToken ct) =>
            {
                await m.Send(new AssignAssistance(id, body.ProviderId, body.Note), ct);
                return Results.Ok(await m.Send(new GetAssistanceRequest(id), ct));
            })
            .Sends<AssignAssistance>().WithName("Assistance_Assign")
            .WithSummary("Assign or reassign a provider (staff); the provider is emailed the request.");

        Step<NoteBody, StartAssistance>(requests, "start", "Start", (id, b) => new StartAssistance(id, b.Note));
        Step<ReasonBody, WaitOnCoop>(requests, "wait-on-coop", "WaitOnCoop", (id, b) => new WaitOnCoop(id, b.Reason));
        Step<NoteBody, ResumeAssistance>(requests, "resume", "Resume", (id, b) => new ResumeAssistance(id, b.Note));
        Step<ResolveBody, ResolveAssistance>(requests, "resolve", "Resolve", (id, b) => new ResolveAssistance(id, b.Resolution));
        Step<NoteBody, CloseAssistance>(requests, "close", "Close", (id, b) => new CloseAssistance(id, b.Note));
        Step<ReasonBody, DeclineAssistance>(requests, "decline", "Decline", (id, b) => new DeclineAssistance(id, b.Reason));
        Step<ReasonBody, ReopenAssistance>(requests, "reopen", "Reopen", (id, b) => new ReopenAssistance(id, b.Reason));
        Step<NoteBody, ApproveExtraHours>(requests, "approve-hours", "ApproveHours", (id, b) => new ApproveExtraHours(id, b.Note));
        Step<RatingBody, RateAssistance>(requests, "rating", "Rate", (id, b) => new RateAssistance(id, b.Stars, b.Comment));

        requests.MapGet("/{id:int}/comments", async (IMediator m, int id, CancellationToken ct) =>
                (await m.Send(new GetAssistanceRequest(id), ct)).Comments)
            .Sends<GetAssistanceRequest>().WithName("Assistance_ListComments")
            .WithSummary("The conversation (internal comments for staff only).");

        requests.MapPost("/{id:int}/comments", async (IMediator m, int id, CommentBody body, CancellationToken ct) =>
            {
                var commentId = await m.Send(new AddAssistanceComment(id, body.Body, body.IsInternal), ct);
                var comment = (await m.Send(new GetAssistanceRequest(id), ct)).Comments.Single(c => c.Id == commentId);
                return Results.Created($"/api/v1/ta-requests/{id}/comments", comment);
            })
            .Sends<AddAssistanceComment>().WithName("Assistance_AddComment")
            .WithSummary("Comment; staff may mark it internal (never shown or sent to the co-op).");

        requests.MapGet("/{id:int}/attachments", async (IMediator m, int id, CancellationToken ct) =>
                (await m.Send(new GetAssistanceRequest(id), ct)).Attachments)
            .Sends<GetAssistanceRequest>().WithName("Assistance_ListAttachments")
            .WithSummary("The files attached to the request.");

        // The form is read by hand rather than bound to IFormFile: the API is called with bearer tokens (and the
        // UI cookie is SameSite=Lax, so another site cannot post here with it).
        requests.MapPost("/{id:int}/attachments", async (IMediator m, int id, HttpRequest http, IOptions<AssistanceOptions> options,
                CancellationToken ct) =>
            {
                // Refused before a byte of the body is read; a body without a declared length is cut off at the limit.
                var maxBytes = options.Value.MaxAttachmentBytes;
                if (UploadLimits.Exceeds(http.HttpContext, UploadLimits.ForFiles(options.Value, 1)))
                {
                    var message = $"The file is too large: a file can be at most {UploadLimits.Size(maxBytes)}.";
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", detail: message,
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [message] } });
                }

                if (!http.HasFormContentType)
                {
                    throw new ValidationException("file", "Send the file as multipart/form-data in a field named \"file\".");
                }

                var form = await http.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new ValidationException("file", "Choose a file.");
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var attachmentId = await m.Send(new UploadAssistanceAttachment(id, file.FileName, buffer.ToArray()), ct);
                var attachment = (await m.Send(new GetAssistanceRequest(id), ct)).Attachments.Single(a => a.Id == attachmentId);
                return Results.Created($"/api/v1/ta-requests/{id}/attachments/{attachmentId}", attachment);
            })
            .Sends<UploadAssistanceAttachment>().WithName("Assistance_UploadAttachment")
            .WithSummary("Attach a file (multipart field \"file\"): PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT or CSV, 10 MB at most.");

        requests.MapGet("/{id:int}/attachments/{attachmentId:int}", async (IMediator m, int id, int attachmentId, HttpResponse response,
                CancellationToken ct) =>
            {
                var file = await m.Send(new GetAssistanceAttachment(id, attachmentId), ct);
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "private, no-store";
                return Results.File(file.Data, file.ContentType, file.FileName);
            })
            .Sends<GetAssistanceAttachment>().WithName("Assistance_DownloadAttachment")
            .WithSummary("Download a file of a request you may see (always as an attachment, with the type checked on upload).");

        requests.MapGet("/{id:int}/time-entries", async (IMediator m, int id, CancellationToken ct) =>
                (await m.Send(new GetAssistanceRequest(id), ct)).TimeEntries)
            .Sends<GetAssistanceRequest>().WithName("Assistance_ListTimeEntries")
            .WithSummary("The hours logged on the request.");

        requests.MapPost("/{id:int}/time-entries", async (IMediator m, int id, LogTime body, CancellationToken ct) =>
            {
                var entryId = await m.Send(body with { Id = id }, ct);
                var entry = (await m.Send(new GetAssistanceRequest(id), ct)).TimeEntries.Single(t => t.Id == entryId);
                return Results.Created($"/api/v1/ta-requests/{id}/time-entries", entry);
            })
            .Sends<LogTime>().WithName("Assistance_LogTime")
            .WithSummary("Log a provider's hours (staff); subsidized hours beyond the co-op's bank flag the request for approval.");

        api.MapGet("/ta-time-entries/export.csv", async (IMediator m, [AsParameters] TimeEntryExportQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(q.ToRequest(), ct)), "text/csv", "time-entries.csv"))
            .WithTags("Technical assistance")
            .Sends<ExportTimeEntries>().WithName("Assistance_ExportTimeEntriesCsv")
            .WithSummary("Time entries as CSV, one per row or grouped by Day, Provider, Coop or Category (staff).");

        api.MapGet("/hours-balance", (IMediator m, int? coopId, DateOnly? on, CancellationToken ct) =>
                m.Send(new GetHoursBalance(coopId, on), ct))
            .WithTags("Technical assistance")
            .Sends<GetHoursBalance>().WithName("Assistance_GetHoursBalance")
            .WithSummary("A co-op's subsidized hours this fiscal year (a rep: their own, without coopId).");

        var reports = api.MapGroup("/ta-reports").WithTags("Technical assistance");
        reports.MapGet("/", (IMediator m, CancellationToken ct) => m.Send(new ListAssistanceReports(), ct))
            .Sends<ListAssistanceReports>().WithName("Assistance_ListReports")
            .WithSummary("The monthly activity reports stored (and emailed) by the monthly job, newest first (staff).");
        reports.MapGet("/{month}/pdf", async (IMediator m, string month, CancellationToken ct) =>
            {
                var first = Api.ParseMonth("month", month);
                var key = first.ToString("yyyy-MM");
                var stored = (await m.Send(new ListAssistanceReports(), ct)).Any(r => r.Month == key);
                var pdf = stored
                    ? await m.Send(new GetStoredAssistanceReport(key), ct)
                    : await m.Send(new BuildAssistanceReport(first.Year, first.Month), ct);
                return Results.File(pdf.Data, "application/pdf", pdf.FileName);
            })
            .Sends<ListAssistanceReports>().Sends<GetStoredAssistanceReport>().Sends<BuildAssistanceReport>().WithName("Assistance_GetReportPdf")
            .WithSummary("A month's activity report as a PDF (yyyy-MM): the stored one as emailed, or one built now from today's data (staff).");

        var providers = api.MapGroup("/ta-providers").WithTags("Technical assistance");
        providers.MapGet("/", (IMediator m, bool? activeOnly, string? q, CancellationToken ct) => m.Send(new ListProviders(activeOnly ?? false, q), ct))
            .Sends<ListProviders>().WithName("Providers_List")
            .WithSummary("The provider roster (staff).");
        providers.MapPost("/", async (IMediator m, SaveProvider body, CancellationToken ct) =>
            {
                var provider = await m.Send(body with { Id = null }, ct);
                return Results.Created($"/api/v1/ta-providers/{provider.Id}", provider);
            })
            .Sends<SaveProvider>().WithName("Providers_Create")
            .WithSummary("Add a staff or external provider (staff).");
        providers.MapPut("/{id:int}", (IMediator m, int id, SaveProvider body, CancellationToken ct) => m.Send(body with { Id = id }, ct))
            .Sends<SaveProvider>().WithName("Providers_Update")
            .WithSummary("Edit a provider; send the version you read (409 if someone saved since).");
    }

    /// <summary>One POST per lifecycle step; the answer is the request as it now stands.</summary>
    private static void Step<TBody, TCommand>(RouteGroupBuilder group, string name, string operation, Func<int, TBody, TCommand> command)
        where TCommand : IAssistanceStep =>
        group.MapPost($"/{{id:int}}/{name}", async (IMediator m, int id, TBody body, CancellationToken ct) =>
            {
                await m.Send(command(id, body), ct);
                return Results.Ok(await m.Send(new GetAssistanceRequest(id), ct));
            })
            .Sends<TCommand>().WithName($"Assistance_{operation}")
            .WithSummary($"Request step: {name} (422 when the current status does not allow it).");
}
