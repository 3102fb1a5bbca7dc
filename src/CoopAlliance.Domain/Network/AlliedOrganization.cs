using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Network;

/// <summary>One contact person at an allied organisation.</summary>
public sealed record OrganizationContact(string Name, string? Email, string? Phone);

/// <summary>
/// An organisation allied with the alliance — a credit union, a loan fund, a co-op developer, a union, a university, a
/// town, a supplier — with what it offers, where, whom to call, and its relationships with member co-ops.
/// </summary>
public sealed class AlliedOrganization : Entity, IVersioned
{
    private readonly List<OrganizationRelationship> _relationships = [];

    private AlliedOrganization() { }

    public AlliedOrganization(string name, OrganizationKind kind, Region region, string? offers, string? website, IEnumerable<OrganizationContact> contacts) =>
        Change(name, kind, region, offers, website, contacts);

    public string Name { get; private set; } = "";
    public OrganizationKind Kind { get; private set; }
    public Region Region { get; private set; }
    public string? Offers { get; private set; }
    public string? Website { get; private set; }
    public List<OrganizationContact> Contacts { get; private set; } = [];
    public int Version { get; set; }

    public IReadOnlyCollection<OrganizationRelationship> Relationships => _relationships;

    public void Change(string name, OrganizationKind kind, Region region, string? offers, string? website, IEnumerable<OrganizationContact> contacts)
    {
        Name = Require.Text(name, "Give the organisation's name.");
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Choose what kind of organisation it is.");
        }

        Kind = kind;
        Region = region;
        Offers = Person.Clean(offers);
        Website = Person.Clean(website);
        Contacts = contacts
            .Where(c => !string.IsNullOrWhiteSpace(c.Name) || !string.IsNullOrWhiteSpace(c.Email) || !string.IsNullOrWhiteSpace(c.Phone))
            .Select(c => new OrganizationContact(Require.Text(c.Name, "Give each contact's name."), Person.Clean(c.Email)?.ToLowerInvariant(), Person.Clean(c.Phone)))
            .ToList();
    }

    public OrganizationRelationship Relate(int cooperativeId, RelationshipKind kind, DateOnly? since)
    {
        if (_relationships.Any(r => r.CooperativeId == cooperativeId && r.Kind == kind))
        {
            throw DomainRuleException.Format("{0} is already recorded with this co-op as {1}.", Name, kind.Describe().ToLowerInvariant());
        }

        var relationship = new OrganizationRelationship(cooperativeId, kind, since);
        _relationships.Add(relationship);
        return relationship;
    }

    public void Unrelate(int relationshipId) => _relationships.RemoveAll(r => r.Id == relationshipId);
}

/// <summary>An allied organisation's relationship with one member co-op: its bank, its lender, its supplier…</summary>
public sealed class OrganizationRelationship : Entity, IBelongsToCoop
{
    private OrganizationRelationship() { }

    internal OrganizationRelationship(int cooperativeId, RelationshipKind kind, DateOnly? since)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Choose the kind of relationship.");
        }

        CooperativeId = cooperativeId;
        Kind = kind;
        Since = since;
    }

    public int AlliedOrganizationId { get; private set; }
    public int CooperativeId { get; private set; }
    public RelationshipKind Kind { get; private set; }
    public DateOnly? Since { get; private set; }
}
