using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Marketing;

/// <summary>
/// A category of the directory's taxonomy, kept by staff ("Food &amp; bakery", "Construction &amp; trades"). A retired
/// category stays on the listings that have it but is no longer offered for new ones.
/// </summary>
public sealed class ListingCategory : Entity
{
    private ListingCategory() { }

    public ListingCategory(string name, int sortOrder)
    {
        Rename(name);
        SortOrder = sortOrder;
    }

    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int SortOrder { get; private set; }
    public bool IsRetired { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException("A category needs a name.");
        }

        Name = name.Trim();
        Slug = Marketing.Slug.From(Name);
    }

    public void Order(int sortOrder) => SortOrder = sortOrder;

    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;
}
