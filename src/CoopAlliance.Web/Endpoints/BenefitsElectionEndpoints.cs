using System.Globalization;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Endpoints;

/// <summary>A worker's benefits record; leave the birth date and taxpayer id out to keep the ones on file.</summary>
public sealed record BenefitMemberBody(int PersonId, int? Version, string? FirstName, string? LastName, WorkerKind? Kind, decimal? HoursPerWeek,
    DateOnly? HiredOn, string? State, string? Gender, DateOnly? BirthDate, string? TaxpayerId);

public sealed record DependentBody(string? FirstName, string? LastName, DependentRelationship? Relationship, DateOnly? BirthDate, string? Gender);

/// <summary>An election: choice "enroll" (with the dependents to cover) or "waive" (with a reason).</summary>
public sealed record ElectionBody(int MemberId, int PlanYearId, string? Choice, IReadOnlyList<int>? DependentIds, WaiveReason? WaiveReason,
    DateOnly? EffectiveOn);

public sealed record LifeEventDecisionBody(int? Version, string? Note);

public static class BenefitsElectionEndpoints
{
    public static void MapBenefitsElections(this RouteGroupBuilder api)
    {
        var benefits = api.MapGroup("/benefits").WithTags("Benefits");

        benefits.MapGet("/coops/{coopId:int}/members", (IMediator m, int coopId, CancellationToken ct) => m.Send(new ListBenefitMembers(coopId), ct))
            .Sends<ListBenefitMembers>().WithName("Benefits_ListMembers")
            .WithSummary("A co-op's workers as benefits knows them (taxpayer id masked, birth date only as on file) and the roster people " +
                         "without a benefits record yet (the co-op's rep or staff).");
        benefits.MapPost("/coops/{coopId:int}/members", async (IMediator m, int coopId, BenefitMemberBody body, CancellationToken ct) =>
            {
                var id = await m.Send(new SaveBenefitMember(coopId, body.PersonId, body.Version, body.FirstName, body.LastName,
                    body.Kind ?? WorkerKind.WorkerOwner, body.HoursPerWeek ?? -1, body.HiredOn, body.State, body.Gender, body.BirthDate, body.TaxpayerId), ct);
                var member = (await m.Send(new ListBenefitMembers(coopId), ct)).Members.Single(x => x.Id == id);
                return Results.Ok(member);
            })
            .Sends<SaveBenefitMember>().WithName("Benefits_SaveMember")
            .WithSummary("Create or update the benefits record of a roster person (the co-op's rep or staff; send the version you read to " +
                         "update). The birth date and taxpayer id are encrypted at rest and never returned; leave them out to keep them.");
        benefits.MapPost("/coops/{coopId:int}/members/{memberId:int}/dependents",
                async (IMediator m, int coopId, int memberId, DependentBody body, CancellationToken ct) =>
                {
                    var id = await m.Send(new AddDependent(coopId, memberId, body.FirstName ?? "", body.LastName ?? "",
                        body.Relationship ?? 0, body.BirthDate, body.Gender), ct);
                    var member = (await m.Send(new ListBenefitMembers(coopId), ct)).Members.Single(x => x.Id == memberId);
                    return Results.Created($"/api/v1/benefits/coops/{coopId}/members", member.Dependents.Single(d => d.Id == id));
                })
            .Sends<AddDependent>().WithName("Benefits_AddDependent")
            .WithSummary("Add a spouse, domestic partner or child to a worker (the co-op's rep or staff).");

        benefits.MapGet("/coops/{coopId:int}/elections", (IMediator m, int coopId, CancellationToken ct) => m.Send(new GetCoopBenefits(coopId), ct))
            .Sends<GetCoopBenefits>().WithName("Benefits_ListCoopElections")
            .WithSummary("The plan years the co-op takes part in, each worker enrolled, waived or not yet decided with tier, dependents and " +
                         "monthly premium split, and the co-op's monthly total (the co-op's rep or staff).");
        benefits.MapPost("/coops/{coopId:int}/elections", async (IMediator m, int coopId, ElectionBody body, CancellationToken ct) =>
            {
                var effectiveOn = body.EffectiveOn ?? default;
                var id = body.Choice?.Trim().ToLowerInvariant() switch
                {
                    "enroll" => await m.Send(new EnrollWorker(coopId, body.MemberId, body.PlanYearId, body.DependentIds, effectiveOn), ct),
                    "waive" => await m.Send(new WaiveCoverage(coopId, body.MemberId, body.PlanYearId, body.WaiveReason, effectiveOn), ct),
                    _ => throw new ValidationException("choice", "Choose \"enroll\" or \"waive\"."),
                };
                var benefits = await m.Send(new GetCoopBenefits(coopId), ct);
                var worker = benefits.PlanYears.Where(y => y.PlanYearId == body.PlanYearId).SelectMany(y => y.Workers)
                    .FirstOrDefault(w => w.MemberId == body.MemberId);
                return Results.Created($"/api/v1/benefits/coops/{coopId}/elections", new { ElectionId = id, Worker = worker });
            })
            .Sends<EnrollWorker>().WithName("Benefits_Elect")
            .WithSummary("Enroll a worker (choice \"enroll\", dependentIds) or waive (choice \"waive\", waiveReason) for a plan year from " +
                         "effectiveOn (the co-op's rep or staff). Outside open enrollment only with an approved life event or when newly " +
                         "eligible (422 otherwise). Every change is a new history row; the worker is emailed a confirmation.");

        // Read by hand like assistance uploads: one or more files in fields named "file".
        benefits.MapPost("/life-events", async (IMediator m, HttpRequest http, IOptions<AssistanceOptions> options, CancellationToken ct) =>
            {
                if (UploadLimits.Exceeds(http.HttpContext, UploadLimits.ForFiles(options.Value, 5)))
                {
                    var message = $"The files are too large: send at most five of {UploadLimits.Size(options.Value.MaxAttachmentBytes)} each.";
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The files are too large.", detail: message,
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [message] } });
                }

                if (!http.HasFormContentType)
                {
                    throw new ValidationException("file", "Send the event as multipart/form-data with the evidence in fields named \"file\".");
                }

                var form = await http.ReadFormAsync(ct);
                var coopId = Int(form["coopId"], "coopId", "Give the co-op.");
                var memberId = Int(form["memberId"], "memberId", "Choose a worker.");
                var kind = Api.ParseEnum<LifeEventKind>("kind", form["kind"]) ?? throw new ValidationException("kind", "Choose what happened.");
                var happenedOn = DateOnly.TryParseExact(form["happenedOn"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw new ValidationException("happenedOn", "Give the day it happened as yyyy-MM-dd.");
                var files = new List<EvidenceFile>();
                foreach (var file in form.Files.GetFiles("file"))
                {
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, ct);
                    files.Add(new EvidenceFile(file.FileName, buffer.ToArray()));
                }

                var id = await m.Send(new ReportLifeEvent(coopId, memberId, kind, happenedOn, form["description"].ToString(), files), ct);
                var created = (await m.Send(new ListLifeEvents(coopId), ct)).Single(e => e.Id == id);
                return Results.Created($"/api/v1/benefits/life-events/{id}", created);
            })
            .Sends<ReportLifeEvent>().WithName("Benefits_ReportLifeEvent")
            .WithSummary("Report a qualifying life event (multipart: coopId, memberId, kind, happenedOn, description, and evidence in fields " +
                         "named \"file\": PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, TXT or CSV, 10 MB each). Staff approve it.");
        benefits.MapGet("/life-events", (IMediator m, int? coopId, string? status, CancellationToken ct) =>
                m.Send(new ListLifeEvents(coopId, Api.ParseEnum<LifeEventStatus>("status", status)), ct))
            .Sends<ListLifeEvents>().WithName("Benefits_ListLifeEvents")
            .WithSummary("Life events: staff see every co-op's, pending first; a rep sees their own co-op's.");
        benefits.MapPost("/life-events/{id:int}/approve", async (IMediator m, int id, LifeEventDecisionBody? body, CancellationToken ct) =>
            {
                await m.Send(new ApproveLifeEvent(id, body?.Version, body?.Note), ct);
                return Results.NoContent();
            })
            .Sends<ApproveLifeEvent>().WithName("Benefits_ApproveLifeEvent")
            .WithSummary("Approve a pending life event (staff; send the version you read).");
        benefits.MapPost("/life-events/{id:int}/decline", async (IMediator m, int id, LifeEventDecisionBody? body, CancellationToken ct) =>
            {
                await m.Send(new DeclineLifeEvent(id, body?.Version, body?.Note), ct);
                return Results.NoContent();
            })
            .Sends<DeclineLifeEvent>().WithName("Benefits_DeclineLifeEvent")
            .WithSummary("Decline a pending life event with a reason in note, which the rep sees (staff).");
    }

    private static int Int(string? value, string field, string message) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ValidationException(field, message);
}
