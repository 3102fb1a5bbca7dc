using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Network;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;

namespace CoopAlliance.Application.Tests.Network;

public sealed class TieHandlerTests : TestBase
{
    private static OrganizationInput Mill => new()
    {
        Name = "Hilltown Grain Mill",
        Kind = OrganizationKind.Supplier,
        Region = Region.WesternMassachusetts,
        Offers = "Flour",
        Contacts = [new OrganizationContact("Ruth Kline", "Orders@Hilltown.example", null)],
    };

    [Test]
    public async Task ARepRecordsATieAndTheSummaryCountsAFlowRecordedByBothSidesOnce()
    {
        var bakery = await AddActiveCoopAsync("Bakery Co-op");
        var childcare = await AddActiveCoopAsync("Childcare Co-op");
        await AddActiveCoopAsync("Yarn Co-op");
        RunAsStaff();
        var mill = await SendAsync(new CreateOrganization(Mill));

        RunAsRep(bakery);
        await SendAsync(new AddTie(bakery, TieDirection.Sells, childcare, null, "Bread", 9_600m));
        await SendAsync(new AddTie(bakery, TieDirection.Buys, null, mill, "Flour", 48_000m));
        RunAsRep(childcare, userId: 9005);
        await SendAsync(new AddTie(childcare, TieDirection.Buys, bakery, null, "bread", 9_000m));

        RunAsStaff();
        var summary = await SendAsync(new GetNetworkSummary());
        Assert.Multiple(() =>
        {
            Assert.That(summary.MemberCoops, Is.EqualTo(3));
            Assert.That(summary.CoopsWithTies, Is.EqualTo(2));
            Assert.That(summary.MoneyCirculating, Is.EqualTo(57_600m));
            Assert.That(summary.Ties, Is.EqualTo(3));
            Assert.That(summary.Flows, Is.EqualTo(2));
            Assert.That(summary.CoopsWithoutTies.Select(c => c.Name), Is.EqualTo(new[] { "Yarn Co-op" }));
        });
        var ties = await SendAsync(new ListTies(bakery));
        Assert.That(ties.Select(t => t.CounterpartName), Is.EquivalentTo(new[] { "Childcare Co-op", "Hilltown Grain Mill" }));
    }

    [Test]
    public async Task TheSameTieTwiceIsRefusedWithAClearMessage()
    {
        var bakery = await AddActiveCoopAsync("Bakery Co-op");
        var childcare = await AddActiveCoopAsync("Childcare Co-op");
        RunAsRep(bakery);
        await SendAsync(new AddTie(bakery, TieDirection.Sells, childcare, null, "Bread", 9_600m));

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new AddTie(bakery, TieDirection.Sells, childcare, null, " BREAD ", null)));
        Assert.That(ex!.Errors[nameof(AddTie.What)], Has.Some.Contains("already recorded"));
        Assert.That(await CountAsync<Tie>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ATieWithOnesOwnCoopIsRefused()
    {
        var bakery = await AddActiveCoopAsync("Bakery Co-op");
        RunAsRep(bakery);

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new AddTie(bakery, TieDirection.Sells, bakery, null, "Bread", 1m)));
        Assert.That(ex!.Errors[nameof(AddTie.CounterpartCoopId)], Has.Some.Contains("itself"));
    }

    [Test]
    public async Task ARepCannotSeeOrChangeAnotherCoopsTies()
    {
        var bakery = await AddActiveCoopAsync("Bakery Co-op");
        var childcare = await AddActiveCoopAsync("Childcare Co-op");
        RunAsRep(childcare);
        var tie = await SendAsync(new AddTie(childcare, TieDirection.Buys, bakery, null, "Bread", 1m));

        RunAsRep(bakery, userId: 9006);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListTies(childcare)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new AddTie(childcare, TieDirection.Sells, bakery, null, "Cake", 1m)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new RemoveTie(childcare, tie)));
        Assert.That(await CountAsync<Tie>(), Is.EqualTo(1));
    }

    [Test]
    public async Task ACounterpartThatIsNotAnActiveMemberIsRefused()
    {
        var bakery = await AddActiveCoopAsync("Bakery Co-op");
        var applicant = await AddApplicantAsync();
        RunAsRep(bakery);

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new AddTie(bakery, TieDirection.Sells, applicant, null, "Bread", 1m)));
        Assert.That(ex!.Errors.Keys, Does.Contain(nameof(AddTie.CounterpartCoopId)));
    }

    [Test]
    public async Task OrganisationsAreListedFilteredAndKeptUnique()
    {
        RunAsStaff();
        await SendAsync(new CreateOrganization(Mill));
        await SendAsync(new CreateOrganization(Mill with { Name = "Valley Credit Union", Kind = OrganizationKind.CreditUnion, Offers = "Checking" }));

        var suppliers = await SendAsync(new ListOrganizations(Kind: OrganizationKind.Supplier));
        Assert.That(suppliers.Items.Select(o => o.Name), Is.EqualTo(new[] { "Hilltown Grain Mill" }));
        var found = await SendAsync(new ListOrganizations(Q: "Checking"));
        Assert.That(found.Items.Select(o => o.Name), Is.EqualTo(new[] { "Valley Credit Union" }));

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new CreateOrganization(Mill)));
        Assert.That(ex!.Errors.Keys, Does.Contain(nameof(OrganizationInput.Name)));
        var bad = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new CreateOrganization(Mill with { Name = "", Website = "javascript:alert(1)" })));
        Assert.That(bad!.Errors.Keys, Does.Contain("Input.Name").And.Contain("Input.Website"));
    }
}
