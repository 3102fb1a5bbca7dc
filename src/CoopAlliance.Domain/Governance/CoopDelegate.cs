using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Governance;

/// <summary>The person a member co-op names from its roster to vote for it at alliance meetings, and an alternate.</summary>
public sealed class CoopDelegate : Entity, IVersioned, IBelongsToCoop
{
    private CoopDelegate() { }

    public int CooperativeId { get; private set; }
    public int PersonId { get; private set; }
    public int? AlternatePersonId { get; private set; }
    public DateTimeOffset NamedAt { get; private set; }
    public string NamedBy { get; private set; } = "";
    public int Version { get; set; }

    public static CoopDelegate Name(int coopId, Person person, Person? alternate, Actor by, DateTimeOffset at)
    {
        var d = new CoopDelegate { CooperativeId = coopId };
        d.Change(person, alternate, by, at);
        return d;
    }

    public void Change(Person person, Person? alternate, Actor by, DateTimeOffset at)
    {
        if (person.CooperativeId != CooperativeId || (alternate is not null && alternate.CooperativeId != CooperativeId))
        {
            throw new DomainRuleException("The delegate and the alternate must be on the co-op's own roster.");
        }

        if (alternate is not null && alternate.Id == person.Id)
        {
            throw new DomainRuleException("The alternate must be someone other than the delegate.");
        }

        PersonId = person.Id;
        AlternatePersonId = alternate?.Id;
        NamedAt = at;
        NamedBy = by.Name;
    }

    public bool Represents(int personId) => personId == PersonId || personId == AlternatePersonId;
}
