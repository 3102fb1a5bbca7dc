using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>
/// A member co-op's public page at a stable, readable address (/directory/12/pioneer-valley-bakers): the id is the
/// key, the words follow the name, and an old or missing slug redirects permanently to the current one. Answers
/// conditional requests (ETag / Last-Modified) with 304 so crawlers and busy days cost little.
/// </summary>
public sealed class CoopModel(IMediator mediator) : AppPageModel(mediator)
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public PublicCoop Coop { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug)
    {
        try
        {
            Coop = await Mediator.Send(new GetPublicCoop(id), HttpContext.RequestAborted);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (slug != Coop.Slug)
        {
            return RedirectPermanent($"/directory/{Coop.Id}/{Coop.Slug}");
        }

        return HttpCaching.NotModifiedOr(this, Coop.LastModified, $"coop-{Coop.Id}-{Coop.LastModified.UtcTicks}-{Coop.Listings.Count}-{Coop.Stories.Count}", Page);
    }

    /// <summary>schema.org JSON-LD: the co-op as a LocalBusiness with what it offers (read by search engines).</summary>
    public string JsonLd(string origin)
    {
        var url = $"{origin}/directory/{Coop.Id}/{Coop.Slug}";
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new[] { "Organization", "LocalBusiness" },
            ["@id"] = url,
            ["name"] = Coop.Name,
            ["url"] = Coop.Website ?? url,
            ["description"] = Coop.Description,
            ["foundingDate"] = Coop.FoundedOn?.ToString("yyyy-MM-dd"),
            ["address"] = Coop.Town is null && Coop.State is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["addressLocality"] = Coop.Town,
                ["addressRegion"] = Coop.State,
                ["addressCountry"] = "US",
            },
            ["areaServed"] = Coop.Listings.SelectMany(l => l.Regions).Append(Coop.Region).Distinct().Select(r => r.Describe()).ToArray(),
            ["makesOffer"] = Coop.Listings.Select(l => new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["itemOffered"] = new Dictionary<string, object?>
                {
                    ["@type"] = l.Kind == ListingKind.Service ? "Service" : "Product",
                    ["name"] = l.Title,
                    ["description"] = PublicListings.Summarize(l.Description),
                    ["category"] = string.Join(", ", l.Categories),
                },
            }).ToArray(),
        };
        // Escaped so no text a member wrote can close the script element.
        return JsonSerializer.Serialize(data, Json).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
