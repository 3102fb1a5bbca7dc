using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>A story in the staff moderation list.</summary>
public sealed record StorySummary(int Id, string Title, string CoopName, int? CooperativeId, string? LinkedCoopName, string StorytellerName,
    string Email, StoryStatus Status, bool IsFeatured, DateTimeOffset SubmittedAt, DateTimeOffset? PublishedAt, int Version);

/// <summary>A story as staff see it to moderate it: everything, the storyteller's email included (never shown publicly).</summary>
public sealed record StoryDetail(int Id, string Title, string Slug, string Body, string CoopName, int? CooperativeId, string? LinkedCoopName,
    string StorytellerName, string Email, StoryStatus Status, bool IsFeatured, string? RejectionReason, DateTimeOffset ConsentGivenAt,
    DateTimeOffset SubmittedAt, DateTimeOffset? PublishedAt, DateTimeOffset? ModeratedAt, string? ModeratedBy, int Version);

/// <summary>
/// A published story as the public sees it: no email, and the co-op's name (with its id, for a link to its directory
/// page) only while that co-op is in good standing — a lapsed co-op disappears from stories as from the directory.
/// </summary>
public sealed record PublishedStory(int Id, string Title, string Slug, string Body, string StorytellerName, int? CoopId, string? CoopName,
    bool IsFeatured, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);

/// <summary>The one place that decides what of a published story the public sees.</summary>
internal static class PublicStories
{
    /// <summary>A published story's row (members set by name, so EF can filter and order on them after the projection).</summary>
    public sealed class Row
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Body { get; init; } = "";
        public string StorytellerName { get; init; } = "";
        public int? CoopId { get; init; }
        public string? CoopName { get; init; }
        public MembershipStatus? CoopStatus { get; init; }
        public bool IsFeatured { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset? ModeratedAt { get; init; }
    }

    public static IQueryable<Row> Published(Common.Interfaces.IAppDbContext db) =>
        db.MemberStories.Where(s => s.Status == StoryStatus.Published)
            .Select(s => new Row
            {
                Id = s.Id,
                Title = s.Title,
                Body = s.Body,
                StorytellerName = s.StorytellerName,
                CoopId = s.CooperativeId,
                CoopName = db.Cooperatives.Where(c => c.Id == s.CooperativeId).Select(c => c.TradeName ?? c.LegalName).FirstOrDefault(),
                CoopStatus = db.Cooperatives.Where(c => c.Id == s.CooperativeId).Select(c => (MembershipStatus?)c.Status).FirstOrDefault(),
                IsFeatured = s.IsFeatured,
                PublishedAt = s.PublishedAt,
                ModeratedAt = s.ModeratedAt,
            });

    public static PublishedStory ToPublic(Row r)
    {
        var shown = r.CoopStatus is { } status && ListingVisibility.IsInGoodStanding(status);
        var published = r.PublishedAt ?? r.ModeratedAt ?? default;
        var updated = r.ModeratedAt is { } m && m > published ? m : published;
        return new PublishedStory(r.Id, r.Title, Slug.From(r.Title), r.Body, r.StorytellerName, shown ? r.CoopId : null, shown ? r.CoopName : null,
            r.IsFeatured, published, updated);
    }
}
