using System.Text;
using System.Text.Json;
using System.Xml;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Endpoints;

/// <summary>
/// What machines read about the public directory: <c>/sitemap.xml</c> for search engines, and the data commons —
/// each co-op in good standing as a Murmurations "organizations" profile at a stable URL, with an index of them all —
/// so solidarity-economy maps can aggregate the alliance's members. Co-ops that lapse drop out of both. Open to any
/// site (CORS GET) and answered with ETag/Last-Modified (304 when unchanged).
/// </summary>
public static class PublicFeedEndpoints
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public static void MapPublicFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (IMediator m, HttpContext http, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                var entries = await m.Send(new ListSitemapEntries(), ct);
                var last = entries.Select(e => e.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
                if (HttpCaching.IsNotModified(http, last, $"sitemap-{entries.Count}-{last.UtcTicks}"))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                var origin = options.Value.PublicBaseUrl.TrimEnd('/');
                var text = new StringBuilder();
                using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
                {
                    xml.WriteStartDocument();
                    xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                    foreach (var e in entries)
                    {
                        xml.WriteStartElement("url");
                        xml.WriteElementString("loc", origin + e.Path);
                        xml.WriteElementString("lastmod", e.LastModified.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                return Results.Text(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml", Encoding.UTF8);
            })
            .Sends<ListSitemapEntries>().WithName("Public_Sitemap").ExcludeFromDescription();

        app.MapGet("/murmurations/index.json", async (IMediator m, HttpContext http, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                var profiles = await m.Send(new ListMurmurationsProfiles(), ct);
                var last = profiles.Select(p => p.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
                if (HttpCaching.IsNotModified(http, last, $"murmurations-{profiles.Count}-{last.UtcTicks}"))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                var origin = options.Value.PublicBaseUrl.TrimEnd('/');
                return Results.Json(new
                {
                    schema = GetMurmurationsProfileHandler.Schema,
                    profiles = profiles.Select(p => new
                    {
                        profile_url = $"{origin}/murmurations/coops/{p.Id}.json",
                        page_url = $"{origin}/directory/{p.Id}/{p.Name}",
                        last_updated = p.LastModified.ToUnixTimeSeconds(),
                    }),
                }, SnakeCase);
            })
            .Sends<ListMurmurationsProfiles>().WithName("Public_MurmurationsIndex").RequireCors(ListingEndpoints.PublicFeedCors).ExcludeFromDescription();

        app.MapGet("/murmurations/coops/{id:int}.json", async (IMediator m, int id, IOptions<AppOptions> options, CancellationToken ct) =>
            {
                try
                {
                    return Results.Json(await m.Send(new GetMurmurationsProfile(id, options.Value.PublicBaseUrl), ct), SnakeCase);
                }
                catch (NotFoundException)
                {
                    return Results.NotFound();
                }
            })
            .Sends<GetMurmurationsProfile>().WithName("Public_MurmurationsProfile").RequireCors(ListingEndpoints.PublicFeedCors).ExcludeFromDescription();
    }
}
