using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Web.Pages.Shared;

/// <summary>A listing as its form posts it (errors from the validators land beside each field: "Input.Title").</summary>
public sealed class ListingForm
{
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public ListingKind Kind { get; set; } = ListingKind.Product;
    public string Description { get; set; } = "";
    public List<int> CategoryIds { get; set; } = [];
    public List<Region> Regions { get; set; } = [];
    public string? HowToOrder { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public string? OrderUrl { get; set; }

    public CreateListing ToCreate(int coopId, bool submit) => new()
    {
        CooperativeId = coopId,
        Title = Title,
        Kind = Kind,
        Description = Description,
        CategoryIds = CategoryIds,
        Regions = Regions,
        HowToOrder = HowToOrder,
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
        Website = Website,
        OrderUrl = OrderUrl,
        Submit = submit,
    };

    public UpdateListing ToUpdate(int id) => new()
    {
        Id = id,
        Version = Version,
        Title = Title,
        Kind = Kind,
        Description = Description,
        CategoryIds = CategoryIds,
        Regions = Regions,
        HowToOrder = HowToOrder,
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
        Website = Website,
        OrderUrl = OrderUrl,
    };

    public static ListingForm From(ListingDetail l) => new()
    {
        Version = l.Version,
        Title = l.Title,
        Kind = l.Kind,
        Description = l.Description,
        CategoryIds = l.Categories.Select(c => c.Id).ToList(),
        Regions = l.Regions.ToList(),
        HowToOrder = l.HowToOrder,
        ContactEmail = l.ContactEmail,
        ContactPhone = l.ContactPhone,
        Website = l.Website,
        OrderUrl = l.OrderUrl,
    };
}

/// <summary>What _ListingFields needs: the form and the categories to choose from.</summary>
public sealed record ListingFormModel(ListingForm Input, IReadOnlyList<CategoryDto> Categories);
