using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Application.Marketing.Listings;

public sealed record CategoryDto(int Id, string Name, string Slug, int SortOrder, bool IsRetired);

public sealed record ListingPhotoDto(int Id, string AltText, int Width, int Height);

public sealed record ListingEventDto(ListingAction Action, ListingStatus? From, ListingStatus To, string ByName, DateTimeOffset At, string? Note);

/// <summary>A listing as its co-op and staff see it (every status).</summary>
public sealed record ListingDetail(
    int Id,
    int CooperativeId,
    string CoopName,
    string Title,
    string Slug,
    ListingKind Kind,
    string Description,
    IReadOnlyList<CategoryDto> Categories,
    IReadOnlyList<Region> Regions,
    string? HowToOrder,
    string? ContactEmail,
    string? ContactPhone,
    string? Website,
    string? OrderUrl,
    ListingStatus Status,
    string? ReturnNote,
    DateOnly? PublishedOn,
    DateOnly? ExpiresOn,
    bool IsPublic,
    IReadOnlyList<ListingAction> RepActions,
    IReadOnlyList<ListingAction> StaffActions,
    IReadOnlyList<ListingPhotoDto> Photos,
    IReadOnlyList<ListingEventDto> History,
    int Version);

/// <summary>A row of the staff list and the rep's list.</summary>
public sealed class ListingSummary
{
    public int Id { get; init; }
    public int CooperativeId { get; init; }
    public string CoopName { get; init; } = "";
    public string Title { get; init; } = "";
    public ListingKind Kind { get; init; }
    public ListingStatus Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public bool CoopInGoodStanding { get; init; }
}
