using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Marketing.Stories;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the moderation list (strings, so a bad status is a field error, not a binding failure).</summary>
public sealed record StoryListQuery(string? Status, string? Q, int? Page, int? PageSize)
{
    public ListStories ToRequest() => new(Api.ParseEnum<StoryStatus>("status", Status), Q, Page ?? 1, PageSize ?? Paging.DefaultPageSize);

    public ExportStories ToExport() => new(Api.ParseEnum<StoryStatus>("status", Status), Q);
}

public sealed record StoryVersionBody(int? Version);
public sealed record StoryRejectBody(string Reason, int? Version);
public sealed record StoryFeatureBody(bool Featured, int? Version);

/// <summary>What the public form's API answers: the story waits for staff, nothing more is said (not even its id).</summary>
public sealed record StoryReceived(string Status, string Message);

public static class StoryEndpoints
{
    public static void MapStories(this RouteGroupBuilder api)
    {
        api.MapPost("/public/stories", async (IMediator m, SubmitStory body, CancellationToken ct) =>
            {
                await m.Send(body, ct);
                return Results.Accepted(value: new StoryReceived("Pending", "Thank you: staff read every story before it is published."));
            })
            .Sends<SubmitStory>().WithName("Stories_Submit").RequireRateLimiting(AbuseLimits.PublicForm).WithTags("Stories")
            .Produces<StoryReceived>(StatusCodes.Status202Accepted)
            .WithSummary("Tell a co-op's story (no sign-in; consent required; limited per client address, 429 with Retry-After). " +
                         "It is published only when staff approve it.");

        var stories = api.MapGroup("/stories").WithTags("Stories");

        stories.MapGet("/", (IMediator m, [AsParameters] StoryListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListStories>().WithName("Stories_List")
            .WithSummary("The moderation queue (staff): status=Pending|Published|Rejected|Unpublished, q searches title, co-op, storyteller and email. pageSize ≤ 200.");

        stories.MapGet("/export.csv", async (IMediator m, [AsParameters] StoryListQuery q, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await m.Send(q.ToExport(), ct)), "text/csv", "stories.csv"))
            .Sends<ExportStories>().WithName("Stories_Export")
            .WithSummary("The moderation list as filtered, all pages, as CSV (staff; carries email addresses).");

        stories.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetStory(id), ct))
            .Sends<GetStory>().WithName("Stories_Get")
            .WithSummary("One story with everything staff need to moderate it.");

        stories.MapPut("/{id:int}", async (IMediator m, int id, EditStory body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetStory(id), ct));
            })
            .Sends<EditStory>().WithName("Stories_Edit")
            .WithSummary("Edit the title and text and link the story to a member co-op; send the version you read (409 if someone saved since).");

        Action<StoryVersionBody, ApproveStory>(stories, "approve", "Approve", (id, b) => new ApproveStory(id, b?.Version),
            "Publish the story (staff; 422 if it is already published).");
        Action<StoryRejectBody, RejectStory>(stories, "reject", "Reject", (id, b) => new RejectStory(id, b?.Reason ?? "", b?.Version),
            "Reject a story waiting for moderation, with a reason kept beside it (staff).");
        Action<StoryVersionBody, UnpublishStory>(stories, "unpublish", "Unpublish", (id, b) => new UnpublishStory(id, b?.Version),
            "Take a published story off the public pages and the feed (staff).");
        Action<StoryFeatureBody, FeatureStory>(stories, "feature", "Feature", (id, b) => new FeatureStory(id, b?.Featured ?? true, b?.Version),
            "Feature a published story on the front page, or stop featuring it (staff).");
    }

    /// <summary>One POST per moderation action (the body may be left out where nothing is needed); the answer is the story as it now stands.</summary>
    private static void Action<TBody, TCommand>(RouteGroupBuilder group, string name, string operation, Func<int, TBody?, TCommand> command, string summary)
        where TBody : class
        where TCommand : IRequest<Unit> =>
        group.MapPost($"/{{id:int}}/{name}", async (IMediator m, int id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TBody? body, CancellationToken ct) =>
            {
                await m.Send(command(id, body), ct);
                return Results.Ok(await m.Send(new GetStory(id), ct));
            })
            .Sends<TCommand>().WithName($"Stories_{operation}").WithSummary(summary);
}
