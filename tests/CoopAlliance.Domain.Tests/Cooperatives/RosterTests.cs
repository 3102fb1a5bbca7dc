using CoopAlliance.Domain.Cooperatives;
using static CoopAlliance.Domain.Tests.Cooperatives.CoopFactory;

namespace CoopAlliance.Domain.Tests.Cooperatives;

public sealed class RosterTests
{
    [Test]
    public void NamingANewPrimaryContactDemotesThePreviousOne()
    {
        var coop = InStatus(MembershipStatus.Active);
        var maria = coop.People.Single();

        var jo = coop.AddPerson(Contact("Jo Baker", primary: true));

        Assert.That(jo.IsPrimaryContact, Is.True);
        Assert.That(maria.IsPrimaryContact, Is.False);
        Assert.That(coop.People.Count(p => p.IsPrimaryContact), Is.EqualTo(1));
    }

    [Test]
    public void AddingSomeoneWhoIsNotTheContactLeavesThePrimaryContactInPlace()
    {
        var coop = InStatus(MembershipStatus.Active);

        coop.AddPerson(Contact("Jo Baker", primary: false));

        Assert.That(coop.People.Single(p => p.IsPrimaryContact).FullName, Is.EqualTo("Maria Alvarez"));
    }

    [Test]
    public void MakingSomeoneOnTheRosterThePrimaryContactDemotesTheOthers()
    {
        var coop = InStatus(MembershipStatus.Active);
        var jo = coop.AddPerson(Contact("Jo Baker", primary: false));

        coop.UpdatePerson(jo, jo.Details with { IsPrimaryContact = true });

        Assert.That(coop.People.Where(p => p.IsPrimaryContact).Select(p => p.FullName), Is.EqualTo(new[] { "Jo Baker" }));
    }

    [Test]
    public void EditingTheContactWithoutChangingTheirRoleKeepsThemPrimary()
    {
        var coop = InStatus(MembershipStatus.Active);
        var maria = coop.People.Single();

        coop.UpdatePerson(maria, maria.Details with { Phone = "413-555-0199" });

        Assert.That(maria.IsPrimaryContact, Is.True);
        Assert.That(maria.Phone, Is.EqualTo("413-555-0199"));
    }

    [Test]
    public void PersonDetailsAreTrimmedAndBlanksStoredAsEmpty()
    {
        var coop = InStatus(MembershipStatus.Active);

        var person = coop.AddPerson(new PersonDetails("  Lee Park ", "  ", " lee@bread.example.coop ", "", false, null, false));

        Assert.That(person.FullName, Is.EqualTo("Lee Park"));
        Assert.That(person.Role, Is.Null);
        Assert.That(person.Email, Is.EqualTo("lee@bread.example.coop"));
        Assert.That(person.Phone, Is.Null);
    }

    [Test]
    public void RemovingThePrimaryContactLeavesTheCoopWithoutOne()
    {
        var coop = InStatus(MembershipStatus.Active);

        coop.RemovePerson(coop.People.Single());

        Assert.That(coop.People, Is.Empty);
        Assert.That(coop.MissingData(), Does.Contain("primary contact"));
    }

    [Test]
    public void TheProfileIsCleanedTheSameWayAndTheTradeNameIsTheDisplayName()
    {
        var coop = InStatus(MembershipStatus.Active);

        coop.UpdateProfile(CompleteProfile() with { TradeName = " PV Bread ", State = "ma", Website = "  " });

        Assert.That(coop.DisplayName, Is.EqualTo("PV Bread"));
        Assert.That(coop.State, Is.EqualTo("MA"));
        Assert.That(coop.Website, Is.Null);
        Assert.That(coop.Profile, Is.EqualTo(CompleteProfile() with { TradeName = "PV Bread", Website = null }));
    }
}
