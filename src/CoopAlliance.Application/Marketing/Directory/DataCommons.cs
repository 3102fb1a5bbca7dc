using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Directory;

/// <summary>A public address for the sitemap, with when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset LastModified);

/// <summary>Every public page a search engine should know: the shop window, each co-op in good standing, each published story.</summary>
[PublicRequest]
public sealed record ListSitemapEntries : IRequest<IReadOnlyList<SitemapEntry>>;

public sealed class ListSitemapEntriesHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<ListSitemapEntries, IReadOnlyList<SitemapEntry>>
{
    public async Task<IReadOnlyList<SitemapEntry>> Handle(ListSitemapEntries request, CancellationToken cancellationToken)
    {
        var coops = await db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active)
            .Select(c => new { c.Id, Name = c.TradeName ?? c.LegalName, c.StatusChangedAt }).ToListAsync(cancellationToken);
        var listingChanges = await PublicListings.Visible(db, clock.Today).GroupBy(l => l.CooperativeId)
            .Select(g => new { CoopId = g.Key, Last = g.Max(l => l.UpdatedAt) }).ToDictionaryAsync(x => x.CoopId, x => x.Last, cancellationToken);
        var stories = await db.MemberStories.AsNoTracking().Where(s => s.Status == StoryStatus.Published)
            .Select(s => new { s.Id, s.Title, s.ModeratedAt, s.SubmittedAt }).ToListAsync(cancellationToken);

        var entries = new List<SitemapEntry>();
        var coopEntries = coops.Select(c => new SitemapEntry($"/directory/{c.Id}/{Slug.From(c.Name)}",
            listingChanges.TryGetValue(c.Id, out var last) && last > c.StatusChangedAt ? last : c.StatusChangedAt)).ToList();
        var latest = coopEntries.Select(e => e.LastModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        entries.Add(new SitemapEntry("/directory", latest));
        entries.AddRange(coopEntries.OrderBy(e => e.Path, StringComparer.Ordinal));
        entries.AddRange(stories.OrderBy(s => s.Id).Select(s => new SitemapEntry($"/stories/{s.Id}/{Slug.From(s.Title)}", s.ModeratedAt ?? s.SubmittedAt)));
        return entries;
    }
}

/// <summary>
/// A co-op as a Murmurations "organizations" profile (schema organizations_schema-v1.0.0), so solidarity-economy maps
/// can aggregate the alliance's members. Only what the directory already publishes; a co-op not in good standing has none.
/// </summary>
public sealed record MurmurationsProfile(
    string[] LinkedSchemas,
    string Name,
    string PrimaryUrl,
    string[] Tags,
    string? Description,
    string? Locality,
    string? Region,
    [property: System.Text.Json.Serialization.JsonPropertyName("country_iso_3166")] string CountryIso3166,
    string[] Urls,
    string Mission);

[PublicRequest]
public sealed record GetMurmurationsProfile(int CoopId, string PublicBaseUrl) : IRequest<MurmurationsProfile>;

public sealed class GetMurmurationsProfileHandler(IMediator mediator) : IRequestHandler<GetMurmurationsProfile, MurmurationsProfile>
{
    public const string Schema = "organizations_schema-v1.0.0";

    public async Task<MurmurationsProfile> Handle(GetMurmurationsProfile request, CancellationToken cancellationToken)
    {
        var coop = await mediator.Send(new GetPublicCoop(request.CoopId), cancellationToken);
        var page = $"{request.PublicBaseUrl.TrimEnd('/')}/directory/{coop.Id}/{coop.Slug}";
        var tags = new[] { "worker cooperative", coop.Kind.Describe().ToLowerInvariant() }
            .Concat(coop.Sector is null ? [] : [coop.Sector.ToLowerInvariant()])
            .Concat(coop.Listings.SelectMany(l => l.Categories).Select(c => c.ToLowerInvariant()))
            .Distinct().ToArray();
        var urls = new[] { coop.Website, page }.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!).Distinct().ToArray();
        return new MurmurationsProfile([Schema], coop.Name, coop.Website ?? page, tags, coop.Description, coop.Town, coop.State, "US", urls,
            "A worker-owned business, member of the alliance.");
    }
}

/// <summary>The index of every published profile (co-ops in good standing), for a Murmurations index or any aggregator.</summary>
[PublicRequest]
public sealed record ListMurmurationsProfiles : IRequest<IReadOnlyList<(int Id, string Name, DateTimeOffset LastModified)>>;

public sealed class ListMurmurationsProfilesHandler(IMediator mediator) : IRequestHandler<ListMurmurationsProfiles, IReadOnlyList<(int Id, string Name, DateTimeOffset LastModified)>>
{
    public async Task<IReadOnlyList<(int Id, string Name, DateTimeOffset LastModified)>> Handle(ListMurmurationsProfiles request, CancellationToken cancellationToken)
    {
        var entries = await mediator.Send(new ListSitemapEntries(), cancellationToken);
        return entries.Where(e => e.Path.StartsWith("/directory/", StringComparison.Ordinal))
            .Select(e => (int.Parse(e.Path.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture), e.Path.Split('/')[3], e.LastModified)).ToList();
    }
}
