using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Marketing;

/// <summary>
/// Joint campaigns on SQLite: co-ops join through the handlers, and the day after the deadline the charge puts each share
/// on the co-op's account exactly once — run twice, or twice at once on two connections.
/// </summary>
public sealed class CampaignChargeTests : TestBase
{
    private static readonly DateOnly JoinBy = new(2026, 12, 15);

    [SetUp]
    public void StartInDecember() => Clock.Set(2026, 12, 1);

    private static Task<int> CreateAsync(decimal budget = 3000m, CostSharing sharing = CostSharing.ByWorkerCount, string name = "Co-op Month 2027") =>
        SendAsync(new CreateCampaign(name, "Ads in October", new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 31), JoinBy, budget, sharing));

    /// <summary>Three co-ops of 10, 28 and 22 workers (worker-owners + the 2 other workers every test co-op has) joined.</summary>
    private static async Task<(int Campaign, int[] Coops)> ThreeJoinedAsync(CostSharing sharing = CostSharing.ByWorkerCount)
    {
        var campaign = await CreateAsync(sharing: sharing);
        var coops = new[]
        {
            await AddActiveCoopAsync("Pioneer Valley Bread", workerOwners: 8),
            await AddActiveCoopAsync("Green River Builders", workerOwners: 26),
            await AddActiveCoopAsync("Brattleboro Care", workerOwners: 20),
        };
        foreach (var coop in coops)
        {
            await SendAsync(new JoinCampaign(campaign, coop));
        }

        return (campaign, coops);
    }

    private static Task<List<Invoice>> SharesAsync() =>
        WithDbAsync(db => db.Invoices.AsNoTracking().Where(i => i.Kind == InvoiceKind.CampaignShare).OrderBy(i => i.CooperativeId).ToListAsync());

    private static Task<CampaignChargeResult> ChargeAsync() => SendAsSystemAsync(new ChargeDueCampaigns(Clock.Today));

    [Test]
    public async Task TheDayAfterTheDeadlineEachParticipantIsBilledItsShareByWorkerCountWithTheSplitInWords()
    {
        var (campaign, coops) = await ThreeJoinedAsync();
        Clock.Set(2026, 12, 15);
        Assert.That((await ChargeAsync()).Charged, Is.Zero, "not on the deadline day itself");

        Clock.Set(2026, 12, 16);
        var result = await ChargeAsync();

        Assert.That((result.Charged, result.Invoices, result.Amount), Is.EqualTo((1, 3, 3000m)));
        var invoices = await SharesAsync();
        Assert.That(invoices.Select(i => (i.CooperativeId, i.Total)), Is.EqualTo(new[] { (coops[0], 500m), (coops[1], 1400m), (coops[2], 1100m) }));
        Assert.That(invoices.Select(i => i.PeriodKey).Distinct(), Is.EqualTo(new[] { Campaign.InvoiceKeyFor(campaign) }));
        Assert.That(invoices[0].Lines.Single().Description,
            Is.EqualTo("Co-op Month 2027: your share of the $3,000.00 budget, split by worker count (10 of 60 workers)"));
        Assert.That((invoices[0].IssuedOn, invoices[0].DueOn), Is.EqualTo((new DateOnly(2026, 12, 16), new DateOnly(2027, 1, 15))),
            "no dues policy: due in 30 days");

        var detail = await SendAsync(new GetCampaign(campaign));
        Assert.That(detail.Status, Is.EqualTo(CampaignStatus.Charged));
        Assert.That(detail.Participants.Select(p => (p.CooperativeId, p.Share, p.Estimated, p.InvoiceId, p.Workers)),
            Is.EquivalentTo(invoices.Select(i => (i.CooperativeId, i.Total, false, (int?)i.Id, (int)(i.Total / 50m)))));
    }

    [Test]
    public async Task BeforeTheChargeTheCampaignShowsAPreviewOfEachShareFromTodaysWorkerCounts()
    {
        var (campaign, coops) = await ThreeJoinedAsync(CostSharing.Equally);

        var detail = await SendAsync(new GetCampaign(campaign));

        Assert.That(detail.OpenForJoining, Is.True);
        Assert.That(detail.Participants.All(p => p.Estimated && p.InvoiceId is null), Is.True);
        Assert.That(detail.Participants.Sum(p => p.Share), Is.EqualTo(3000m));
        Assert.That(detail.Participants.Single(p => p.CooperativeId == coops[0]).Share, Is.EqualTo(1000m));
        Assert.That(await SharesAsync(), Is.Empty);
    }

    [Test]
    public async Task RunningTheChargeTwiceBillsEachParticipantOnce()
    {
        await ThreeJoinedAsync();
        Clock.Set(2026, 12, 16);

        var first = await ChargeAsync();
        var second = await ChargeAsync();
        Clock.Set(2026, 12, 17);
        var nextDay = await ChargeAsync();

        Assert.That(first.Invoices, Is.EqualTo(3));
        Assert.That((second.Charged, second.Invoices, nextDay.Charged), Is.EqualTo((0, 0, 0)));
        Assert.That(await SharesAsync(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TwoChargesAtOnceOnIndependentConnectionsBillEachParticipantOnce()
    {
        // Several campaigns so that the two runs overlap; each run uses its own scope (DbContext and connection), as two nodes would.
        var coops = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            coops.Add(await AddActiveCoopAsync($"Co-op {i}", workerOwners: 3 + i));
        }

        var campaigns = new List<int>();
        for (var c = 0; c < 5; c++)
        {
            var id = await CreateAsync(1000m + c, name: $"Campaign {c}");
            campaigns.Add(id);
            foreach (var coop in coops)
            {
                await SendAsync(new JoinCampaign(id, coop));
            }
        }

        Clock.Set(2026, 12, 16);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(ChargeAsync)));

        Assert.That(runs.Sum(r => r.Charged), Is.EqualTo(5), "each campaign charged by exactly one of the two");
        Assert.That(runs.Sum(r => r.Invoices), Is.EqualTo(30));
        var invoices = await SharesAsync();
        Assert.That(invoices, Has.Count.EqualTo(30));
        Assert.That(invoices.Select(i => (i.CooperativeId, i.PeriodKey)).Distinct().Count(), Is.EqualTo(30));
        for (var c = 0; c < 5; c++)
        {
            Assert.That(invoices.Where(i => i.PeriodKey == Campaign.InvoiceKeyFor(campaigns[c])).Sum(i => i.Total), Is.EqualTo(1000m + c));
        }

        var statuses = await WithDbAsync(db => db.Campaigns.Select(c => c.Status).ToListAsync());
        Assert.That(statuses, Is.All.EqualTo(CampaignStatus.Charged));
    }

    [Test]
    public async Task AShareAlreadyOnTheAccountIsRefusedByTheUniqueKeyAndTheCampaignIsLeftToTheNodeThatBilledIt()
    {
        var (campaign, coops) = await ThreeJoinedAsync();
        Clock.Set(2026, 12, 16);
        // As if another node had inserted this co-op's share in the same instant (its transaction not yet visible as charged).
        await AddAsync(Invoice.ForCampaign(coops[1], Campaign.InvoiceKeyFor(campaign), Clock.Today, 30,
            new InvoiceDraft([new InvoiceLine("from another node", 1400m)], 1400m)));

        var result = await ChargeAsync();

        Assert.That((result.Charged, result.LeftToAnother), Is.EqualTo((0, 1)));
        Assert.That((await SharesAsync()).Select(i => i.CooperativeId), Is.EqualTo(new[] { coops[1] }), "nothing half-billed: the transaction rolled back");
        Assert.That((await SendAsync(new GetCampaign(campaign))).Status, Is.EqualTo(CampaignStatus.Open));
    }

    [Test]
    public async Task ACampaignNobodyJoinedIsMarkedChargedWithNothingBilled()
    {
        var campaign = await CreateAsync();
        Clock.Set(2026, 12, 16);

        var result = await ChargeAsync();

        Assert.That((result.Charged, result.Invoices), Is.EqualTo((1, 0)));
        Assert.That((await SendAsync(new GetCampaign(campaign))).Status, Is.EqualTo(CampaignStatus.Charged));
        Assert.That(await SharesAsync(), Is.Empty);
    }

    [Test]
    public async Task ACancelledCampaignIsNeverCharged()
    {
        var (campaign, _) = await ThreeJoinedAsync();
        await SendAsync(new CancelCampaign(campaign));
        Clock.Set(2026, 12, 16);

        Assert.That((await ChargeAsync()).Charged, Is.Zero);
        Assert.That(await SharesAsync(), Is.Empty);
    }

    [Test]
    public async Task TheChargedShareIsOnTheCoopsAccountLedgerAndStatementBesideItsDues()
    {
        var (campaign, coops) = await ThreeJoinedAsync();
        Clock.Set(2026, 12, 16);
        await ChargeAsync();
        var invoice = (await SharesAsync()).First(i => i.CooperativeId == coops[0]);
        RunAsRep(coops[0]);

        var account = await SendAsync(new GetDuesAccount(coops[0]));
        var ledger = await SendAsync(new GetCoopLedger(coops[0]));
        var detail = await SendAsync(new GetInvoice(invoice.Id));
        var pdf = PdfText.Read((await SendAsync(new GetInvoicePdf(invoice.Id))).Content).Lines;

        Assert.That(account.Balance, Is.EqualTo(500m));
        Assert.That(account.Invoices.Single().Kind, Is.EqualTo(InvoiceKind.CampaignShare));
        Assert.That(account.Invoices.Single().PeriodName, Is.EqualTo("December 2026"));
        Assert.That(ledger.Entries.Single().Description, Is.EqualTo("Joint campaign share for Co-op Month 2027, due January 15, 2027"));
        Assert.That(detail.Total, Is.EqualTo(500m));
        Assert.That(pdf, Has.Some.Contains("Joint campaign share statement"));
        Assert.That(pdf, Has.Some.Contains("Co-op Month 2027: your share of the $3,000.00 budget"));
        Assert.That(campaign, Is.GreaterThan(0));
    }

    [Test]
    public async Task ARepJoinsAndLeavesOnlyForTheirOwnCoopAndSeesTheEstimatedShare()
    {
        var campaign = await CreateAsync();
        var mine = await AddActiveCoopAsync("Pioneer Valley Bread", workerOwners: 8);
        var theirs = await AddActiveCoopAsync("Green River Builders", workerOwners: 28);
        await SendAsync(new JoinCampaign(campaign, theirs));
        RunAsRep(mine);

        var before = (await SendAsync(new ListOpenCampaignsForCoop(mine))).Single();
        var estimate = await SendAsync(new JoinCampaign(campaign, mine));
        var after = (await SendAsync(new ListOpenCampaignsForCoop(mine))).Single();

        Assert.That((before.Joined, before.EstimatedShare), Is.EqualTo((false, 750m)), "10 of 40 workers");
        Assert.That((after.Joined, after.CanChange, estimate), Is.EqualTo((true, true, 750m)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new JoinCampaign(campaign, theirs + 100)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new LeaveCampaign(campaign, theirs)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListOpenCampaignsForCoop(theirs)));

        await SendAsync(new LeaveCampaign(campaign, mine));
        Assert.That((await SendAsync(new ListOpenCampaignsForCoop(mine))).Single().Joined, Is.False);
    }

    [Test]
    public async Task ALapsedCoopCannotJoinAndNobodyJoinsAfterTheDeadline()
    {
        var campaign = await CreateAsync();
        var lapsed = await AddActiveCoopAsync("Lapsed Co-op", status: MembershipStatus.Lapsed);
        var late = await AddActiveCoopAsync("Late Co-op");

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new JoinCampaign(campaign, lapsed)));
        Clock.Set(2026, 12, 16);
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new JoinCampaign(campaign, late)));
        Assert.That((await SendAsync(new GetCampaign(campaign))).Participants, Is.Empty);
    }

    [Test]
    public async Task StaffEditWithTheVersionTheyReadAndAStaleEditIsAConflict()
    {
        var campaign = await CreateAsync();
        var read = await SendAsync(new GetCampaign(campaign));
        await SendAsync(new UpdateCampaign(campaign, read.Version, "Co-op Month 2027 — radio", null, read.StartsOn, read.EndsOn, read.JoinBy, 4000m,
            CostSharing.Equally));

        Assert.ThrowsAsync<ConflictException>(() => SendAsync(new UpdateCampaign(campaign, read.Version, "Stale", null, read.StartsOn, read.EndsOn,
            read.JoinBy, 1m, CostSharing.Equally)));
        var list = await SendAsync(new ListCampaigns(CampaignStatus.Open));
        Assert.That(list.Items.Select(c => (c.Name, c.Budget)), Is.EqualTo(new[] { ("Co-op Month 2027 — radio", 4000m) }));
        Assert.That((await SendAsync(new ListCampaigns(CampaignStatus.Charged))).Total, Is.Zero);
    }
}
