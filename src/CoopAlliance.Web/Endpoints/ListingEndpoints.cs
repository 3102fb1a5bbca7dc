using System.Text;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Endpoints;

/// <summary>Query string of the listings list (strings, so a bad value is a field error, not a binding failure).</summary>
public sealed record ListingListQuery(int? CoopId, string? Status, string? Q, int? Page, int? PageSize)
{
    public ListListings ToRequest() => new(CoopId, Api.ParseEnum<ListingStatus>("status", Status), Q, Page ?? 1, PageSize ?? Paging.DefaultPageSize);
}

/// <summary>Query string of the public search.</summary>
public sealed record PublicListingQuery(string? Q, string? Category, string? Region, int? Page, int? PageSize)
{
    public SearchDirectory ToRequest() => new(Q, Category, Api.ParseEnum<Region>("region", Region), Page ?? 1, PageSize ?? 20);
}

/// <summary>Query string of the public CSV feed: the search's filters, every matching listing (no pages).</summary>
public sealed record PublicFeedQuery(string? Q, string? Category, string? Region)
{
    public ExportPublicListings ToRequest(string publicBaseUrl) => new(Q, Category, Api.ParseEnum<Region>("region", Region), publicBaseUrl);
}

/// <summary>An optional note with a workflow step (required to send a listing back) and the version the caller read.</summary>
public sealed record ListingStepBody(string? Note, int? Version);

public static class ListingEndpoints
{
    /// <summary>
    /// Photos at readable addresses (/media/photos/12/large.jpg). A photo never changes once stored (a new upload is a
    /// new id), so a public one is cached for a year; one that is not public (a draft's) is only for staff and its co-op.
    /// </summary>
    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/photos/{id:int}/{rendition:regex(^(large|thumbnail)\\.jpg$)}", async (IMediator m, int id, string rendition, HttpContext http, CancellationToken ct) =>
            {
                var size = rendition.StartsWith("large", StringComparison.Ordinal) ? PhotoRendition.Large : PhotoRendition.Thumbnail;
                var photo = await m.Send(new GetPhoto(id, size), ct);
                var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{photo.Sha256[..16]}-{(int)size}\"");
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = photo.IsPublic ? "public, max-age=31536000, immutable" : "private, no-store";
                return Results.File(photo.Bytes, photo.ContentType, lastModified: photo.UploadedAt, entityTag: etag);
            })
            .Sends<GetPhoto>().WithName("Media_Photo").ExcludeFromDescription();
    }

    /// <summary>The CORS policy of the public feeds: any site may read them (GET only, no credentials).</summary>
    public const string PublicFeedCors = "public-feed";

    public static void MapListings(this RouteGroupBuilder api)
    {
        var listings = api.MapGroup("/listings").WithTags("Listings");

        listings.MapGet("/", (IMediator m, [AsParameters] ListingListQuery q, CancellationToken ct) => m.Send(q.ToRequest(), ct))
            .Sends<ListListings>().WithName("Listings_List")
            .WithSummary("Listings, waiting-for-review first (staff: every co-op; a rep: their own). pageSize ≤ 200.");

        listings.MapGet("/export.csv", async (IMediator m, [AsParameters] ListingListQuery q, CancellationToken ct) =>
            {
                var r = q.ToRequest();
                var csv = await m.Send(new ExportListings(r.CooperativeId, r.Status, r.Q), ct);
                return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv", "listings.csv");
            })
            .Sends<ExportListings>().WithName("Listings_ExportCsv").WithSummary("The filtered list, all pages, as CSV (staff).");

        listings.MapPost("/", async (IMediator m, CreateListing body, CancellationToken ct) =>
            {
                var id = await m.Send(body, ct);
                return Results.CreatedAtRoute("Listings_Get", new { id }, await m.Send(new GetListing(id), ct));
            })
            .Sends<CreateListing>().WithName("Listings_Create")
            .WithSummary("Write a listing for a co-op (a rep: their own). It starts as a draft unless submit is true.");

        listings.MapGet("/{id:int}", (IMediator m, int id, CancellationToken ct) => m.Send(new GetListing(id), ct))
            .Sends<GetListing>().WithName("Listings_Get").WithSummary("One listing with its categories, photos and history.");

        listings.MapPut("/{id:int}", async (IMediator m, int id, UpdateListing body, CancellationToken ct) =>
            {
                await m.Send(body with { Id = id }, ct);
                return Results.Ok(await m.Send(new GetListing(id), ct));
            })
            .Sends<UpdateListing>().WithName("Listings_Update")
            .WithSummary("Edit it; send the version you read (409 if someone saved since). A published listing goes back to review.");

        foreach (var (route, action, who) in new[]
        {
            ("submit", ListingAction.Submit, "Send it to staff for review (a rep)."),
            ("publish", ListingAction.Publish, "Publish it for the configured period (staff)."),
            ("return", ListingAction.Return, "Send it back to the rep with a note saying what to change (staff; note required)."),
            ("withdraw", ListingAction.Withdraw, "Take it down (a rep or staff); it is kept, never deleted."),
            ("renew", ListingAction.Renew, "Keep it public for another period (expired, or within 30 days of expiry)."),
        })
        {
            var name = char.ToUpperInvariant(route[0]) + route[1..];
            listings.MapPost($"/{{id:int}}/{route}", async (IMediator m, int id, ListingStepBody? body, CancellationToken ct) =>
                {
                    await m.Send(new ChangeListingStatus(id, action, body?.Note, body?.Version), ct);
                    return Results.Ok(await m.Send(new GetListing(id), ct));
                })
                .Sends<ChangeListingStatus>().WithName($"Listings_{name}").WithSummary(who);
        }

        // Read by hand (like assistance attachments): bearer-token API, size refused before the body is read.
        listings.MapPost("/{id:int}/photos", async (IMediator m, int id, HttpRequest http, IOptions<ImageOptions> options, CancellationToken ct) =>
            {
                var max = options.Value.MaxUploadBytes;
                if (UploadLimits.Exceeds(http.HttpContext, max + UploadLimits.FormOverheadBytes))
                {
                    var message = $"The photo is too large: it can be at most {UploadLimits.Size(max)}.";
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The photo is too large.", detail: message,
                        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [ImageOptions.Field] = [message] } });
                }

                if (!http.HasFormContentType)
                {
                    throw new ValidationException(ImageOptions.Field, "Send the photo as multipart/form-data in a field named \"file\", with \"altText\".");
                }

                var form = await http.ReadFormAsync(ct);
                var file = form.Files.GetFile(ImageOptions.Field) ?? throw new ValidationException(ImageOptions.Field, "Choose a photo.");
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var photoId = await m.Send(new AddListingPhoto(id, buffer.ToArray(), form["altText"].ToString()), ct);
                var photo = (await m.Send(new GetListing(id), ct)).Photos.Single(p => p.Id == photoId);
                return Results.Created($"/media/photos/{photoId}/large.jpg", photo);
            })
            .Sends<AddListingPhoto>().WithName("Listings_AddPhoto")
            .WithSummary("Add a photo (multipart: \"file\" and \"altText\"): JPEG, PNG or WebP, re-encoded without its metadata; 6 per listing.");

        listings.MapDelete("/{id:int}/photos/{photoId:int}", async (IMediator m, int id, int photoId, CancellationToken ct) =>
            {
                await m.Send(new RemoveListingPhoto(id, photoId), ct);
                return Results.NoContent();
            })
            .Sends<RemoveListingPhoto>().WithName("Listings_RemovePhoto").WithSummary("Remove a photo from a listing.");

        var categories = api.MapGroup("/listing-categories").WithTags("Listings");
        categories.MapGet("/", (IMediator m, bool? includeRetired, CancellationToken ct) => m.Send(new ListCategories(includeRetired ?? false), ct))
            .Sends<ListCategories>().WithName("ListingCategories_List").WithSummary("The directory's categories, in order (anyone).")
            .RequireCors(PublicFeedCors);
        categories.MapPost("/", async (IMediator m, SaveCategory body, CancellationToken ct) =>
                Results.Ok(await m.Send(body with { Id = 0 }, ct)))
            .Sends<SaveCategory>().WithName("ListingCategories_Create").WithSummary("Add a category (staff); answers its id.");
        categories.MapPut("/{id:int}", async (IMediator m, int id, SaveCategory body, CancellationToken ct) =>
                Results.Ok(await m.Send(body with { Id = id }, ct)))
            .Sends<SaveCategory>().WithName("ListingCategories_Update").WithSummary("Rename, reorder, retire or restore a category (staff).");

        var open = api.MapGroup("/public").WithTags("Public directory");
        // The JSON search doubles as the JSON feed. Both answer any site (CORS), carry ETag/Last-Modified (304 when the
        // directory has not changed since) and are rate limited per address, reads included.
        open.MapGet("/listings", async Task<Results<Ok<DirectorySearchResult>, StatusCodeHttpResult>> (IMediator m, [AsParameters] PublicListingQuery q, HttpContext http, CancellationToken ct) =>
            {
                var request = q.ToRequest();
                var version = await m.Send(new GetDirectoryVersion(), ct);
                if (HttpCaching.IsNotModified(http, version.LastModified, $"listings.json{http.Request.QueryString}-{version.Stamp}"))
                {
                    return TypedResults.StatusCode(StatusCodes.Status304NotModified);
                }

                return TypedResults.Ok(await m.Send(request, ct));
            })
            .Sends<SearchDirectory>().WithName("Public_SearchListings").RequireCors(PublicFeedCors).RequireRateLimiting(AbuseLimits.PublicRead)
            .WithSummary("Published listings of co-ops in good standing, by words, category (slug) and region, with facet counts (anyone; CORS; ETag).");

        open.MapGet("/listings.csv", async (IMediator m, [AsParameters] PublicFeedQuery q, HttpContext http, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                var request = q.ToRequest(options.Value.PublicBaseUrl);
                var version = await m.Send(new GetDirectoryVersion(), ct);
                if (HttpCaching.IsNotModified(http, version.LastModified, $"listings.csv{http.Request.QueryString}-{version.Stamp}"))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                var csv = await m.Send(request, ct);
                return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "coop-listings.csv");
            })
            .Sends<ExportPublicListings>().WithName("Public_ListingsCsv").RequireCors(PublicFeedCors).RequireRateLimiting(AbuseLimits.PublicRead)
            .WithSummary("Every published listing matching the filters (as the search; at most 2000) as CSV: co-op, listing, summary, categories, town, regions, website, page (anyone; CORS; ETag).");
    }
}
