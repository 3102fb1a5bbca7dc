using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;

namespace CoopAlliance.Domain.Tests.Network;

public sealed class NetworkFiguresTests
{
    private static readonly NetworkCoop Bakery = new(1, "Bakery", Region.WesternMassachusetts, "Bakery");
    private static readonly NetworkCoop Childcare = new(2, "Childcare", Region.WesternMassachusetts, "Childcare");
    private static readonly NetworkCoop Printer = new(3, "Printer", Region.WesternMassachusetts, "Printing");
    private static readonly NetworkCoop Bikes = new(4, "Bikes", Region.SouthernVermont, "Retail");
    private static readonly NetworkCoop Yarn = new(5, "Yarn", Region.WesternMassachusetts, "Textiles");
    private static readonly NetworkOrganization Mill = new(10, "Mill", OrganizationKind.Supplier, Region.WesternMassachusetts, "Flour");
    private static readonly NetworkOrganization Town = new(11, "Town", OrganizationKind.Municipality, Region.SouthernVermont, "Contracts");

    private static readonly Actor Rep = new(1, "Rita");

    [Test]
    public void ASaleRecordedByBothCoopsIsOneFlowAtTheSellersEstimate()
    {
        NetworkTie[] ties =
        [
            new(1, Bakery.Id, TieDirection.Sells, Childcare.Id, null, "Bread", 9_600m),
            new(2, Childcare.Id, TieDirection.Buys, Bakery.Id, null, " bread ", 9_000m),
        ];

        var flows = NetworkFigures.Flows(ties);

        Assert.That(flows, Has.Count.EqualTo(1));
        Assert.That(flows[0].Amount, Is.EqualTo(9_600m));
        Assert.That(flows[0].TieIds, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void TheBuyersEstimateCountsWhenTheSellerGaveNone()
    {
        NetworkTie[] ties =
        [
            new(1, Bakery.Id, TieDirection.Sells, Childcare.Id, null, "Bread", null),
            new(2, Childcare.Id, TieDirection.Buys, Bakery.Id, null, "Bread", 9_000m),
        ];

        Assert.That(NetworkFigures.Flows(ties).Single().Amount, Is.EqualTo(9_000m));
    }

    [Test]
    public void OppositeDirectionsOrDifferentGoodsAreSeparateFlows()
    {
        NetworkTie[] ties =
        [
            new(1, Bakery.Id, TieDirection.Sells, Childcare.Id, null, "Bread", 100m),
            new(2, Bakery.Id, TieDirection.Buys, Childcare.Id, null, "Bread", 10m),     // Childcare sells bread to Bakery: another flow
            new(3, Childcare.Id, TieDirection.Buys, Bakery.Id, null, "Pastries", 5m),  // another thing
        ];

        Assert.That(NetworkFigures.Flows(ties), Has.Count.EqualTo(3));
    }

    [Test]
    public void TheFiguresMatchAHandCount()
    {
        // Members: Bakery, Childcare, Printer, Bikes, Yarn (5). Ties:
        //   Bakery sells bread to Childcare 9,600 / Childcare buys bread from Bakery 9,000 → one flow, 9,600
        //   Bakery buys flour from Mill 48,000                                           → 48,000
        //   Printer sells signs to Town (no amount)                                      → 0
        //   Bikes buys repairs from co-op 99 (not a member)                              → left out
        // Tied: Bakery, Childcare, Printer = 3 of 5 = 60 %; money 57,600; untied: Bikes, Yarn.
        NetworkTie[] ties =
        [
            new(1, Bakery.Id, TieDirection.Sells, Childcare.Id, null, "Bread", 9_600m),
            new(2, Childcare.Id, TieDirection.Buys, Bakery.Id, null, "Bread", 9_000m),
            new(3, Bakery.Id, TieDirection.Buys, null, Mill.Id, "Flour", 48_000m),
            new(4, Printer.Id, TieDirection.Sells, null, Town.Id, "Signs", null),
            new(5, Bikes.Id, TieDirection.Buys, 99, null, "Repairs", 1_000m),
        ];

        var result = NetworkFigures.Compute([Bakery, Childcare, Printer, Bikes, Yarn], [Mill, Town], ties);

        Assert.Multiple(() =>
        {
            Assert.That(result.MemberCoops, Is.EqualTo(5));
            Assert.That(result.CoopsWithTies, Is.EqualTo(3));
            Assert.That(result.ShareWithTies, Is.EqualTo(0.6m));
            Assert.That(result.MoneyCirculating, Is.EqualTo(57_600m));
            Assert.That(result.Flows, Is.EqualTo(3));
            Assert.That(result.CoopsWithoutTies.Select(c => c.Name), Is.EqualTo(new[] { "Bikes", "Yarn" }));
        });
    }

    [Test]
    public void AnUntiedCoopIsIntroducedToSellersAndOrganisationsOfItsRegion()
    {
        NetworkTie[] ties = [new(1, Bakery.Id, TieDirection.Sells, Childcare.Id, null, "Bread", 9_600m)];

        var result = NetworkFigures.Compute([Bakery, Childcare, Bikes, Yarn], [Mill, Town], ties);

        var forYarn = result.Suggestions.Where(s => s.CoopId == Yarn.Id).ToList();
        Assert.That(forYarn.Select(s => s.IntroduceTo), Is.EqualTo(new[] { "Bakery", "Mill" }));
        Assert.That(forYarn[0].Why, Does.Contain("Bread"));
        Assert.That(result.Suggestions.Where(s => s.CoopId == Bikes.Id).Select(s => s.IntroduceTo), Is.EqualTo(new[] { "Town" }));
    }

    [Test]
    public void NoMembersGiveAZeroShare() =>
        Assert.That(NetworkFigures.Compute([], [], []).ShareWithTies, Is.Zero);

    [Test]
    public void ACoopCannotRecordATieWithItself() =>
        Assert.That(() => new Tie(1, TieDirection.Buys, 1, null, "Bread", 10m, Rep, DateTimeOffset.UnixEpoch),
            Throws.TypeOf<DomainRuleException>().With.Message.Contains("itself"));

    [Test]
    public void ATieNamesExactlyOneCounterpart()
    {
        Assert.That(() => new Tie(1, TieDirection.Buys, 2, 3, "Bread", 10m, Rep, DateTimeOffset.UnixEpoch), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => new Tie(1, TieDirection.Buys, null, null, "Bread", 10m, Rep, DateTimeOffset.UnixEpoch), Throws.TypeOf<DomainRuleException>());
    }

    [Test]
    public void ANegativeAmountIsRefusedAndCentsAreRounded()
    {
        Assert.That(() => new Tie(1, TieDirection.Buys, 2, null, "Bread", -1m, Rep, DateTimeOffset.UnixEpoch), Throws.TypeOf<DomainRuleException>());
        Assert.That(new Tie(1, TieDirection.Buys, 2, null, "Bread", 10.005m, Rep, DateTimeOffset.UnixEpoch).EstimatedAnnualAmount, Is.EqualTo(10.01m));
    }

    [Test]
    public void AnOrganisationRefusesTheSameRelationshipTwice()
    {
        var org = new AlliedOrganization("Credit union", OrganizationKind.CreditUnion, Region.WesternMassachusetts, null, null, []);
        org.Relate(1, RelationshipKind.BankingPartner, null);

        Assert.That(() => org.Relate(1, RelationshipKind.BankingPartner, null), Throws.TypeOf<DomainRuleException>());
        Assert.That(() => org.Relate(1, RelationshipKind.Lender, null), Throws.Nothing);
    }
}
