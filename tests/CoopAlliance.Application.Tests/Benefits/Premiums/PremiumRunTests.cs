using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Premiums;

public sealed class PremiumRunTests : PremiumTestBase
{
    [Test]
    public async Task ARunBillsEachParticipatingCoopTheFullPremiumWithTheSharesInWords()
    {
        var year = await AddPlanYearAsync();
        var coop = await AddActiveCoopAsync("Pioneer Valley Bread");
        await JoinAsync(coop, year, percent: 80);
        for (var i = 0; i < 3; i++)
        {
            await EnrollAsync(coop, year);
        }

        await EnrollAsync(coop, year, null, DependentRelationship.Spouse, DependentRelationship.Child);
        var notTakingPart = await AddActiveCoopAsync("No Benefits Co-op");

        var run = await SendAsync(new RunPremiums("2027-01"));

        Assert.That((run.Status, run.Eligible, run.Created, run.Errors), Is.EqualTo((InvoiceRunStatus.Succeeded, 1, 1, 0)));
        var invoice = (await PremiumInvoicesAsync("2027-01")).Single();
        Assert.That(invoice.CooperativeId, Is.EqualTo(coop));
        Assert.That(invoice.Kind, Is.EqualTo(InvoiceKind.BenefitPremium));
        Assert.That(invoice.PolicyId, Is.Null);
        Assert.That(invoice.Total, Is.EqualTo((3 * 512m) + 1480m));
        Assert.That(invoice.DueOn, Is.EqualTo(new DateOnly(2027, 1, 16)));
        Assert.That(invoice.Lines.Select(l => (l.Description, l.Amount)), Is.EqualTo(new[]
        {
            ("Health Plus — 3 × Worker only at $512.00: co-op pays $409.60, workers $102.40 each", 1536m),
            ("Health Plus — 1 × Family at $1,480.00: co-op pays $1,184.00, worker $296.00 each", 1480m),
            ("The co-op pays the alliance the full premiums: its own share of $2,412.80 and the workers' shares of $603.20, which it collects through payroll.", 0m),
        }));
        Assert.That(run.AmountBilled, Is.EqualTo(invoice.Total));
        Assert.That((await PremiumInvoicesAsync()).Select(i => i.CooperativeId), Does.Not.Contain(notTakingPart));
    }

    [Test]
    public async Task AFixedContributionPerTierIsTheCoopsShareAndNeverMoreThanThePremium()
    {
        var year = await AddPlanYearAsync();
        var coop = await AddActiveCoopAsync();
        await JoinAsync(coop, year, percent: null, fixedAmounts: [new(CoverageTier.WorkerOnly, 400m), new(CoverageTier.WorkerAndPartner, 2000m)]);
        await EnrollAsync(coop, year);
        await EnrollAsync(coop, year, null, DependentRelationship.DomesticPartner);
        await EnrollAsync(coop, year, null, DependentRelationship.Child);

        await SendAsync(new RunPremiums("2027-01"));

        var invoice = (await PremiumInvoicesAsync("2027-01")).Single();
        Assert.That(invoice.Total, Is.EqualTo(512m + 1024m + 950m));
        Assert.That(invoice.Lines.Select(l => l.Description), Is.EqualTo(new[]
        {
            "Health Plus — 1 × Worker only at $512.00: co-op pays $400.00, worker $112.00 each",
            "Health Plus — 1 × Worker + spouse/partner at $1,024.00: co-op pays $1,024.00, worker $0.00 each",
            "Health Plus — 1 × Worker + child(ren) at $950.00: co-op pays $0.00, worker $950.00 each",
            "The co-op pays the alliance the full premiums: its own share of $1,424.00 and the workers' shares of $1,062.00, which it collects through payroll.",
        }));
    }

    [Test]
    public async Task CoverageThatEndedLastMonthIsNotBilledAndAWorkerAddedMidYearIsBilledFromTheirEffectiveMonth()
    {
        var year = await AddPlanYearAsync();
        var coop = await AddActiveCoopAsync();
        await JoinAsync(coop, year, percent: 50);
        await EnrollAsync(coop, year);
        var leaver = await EnrollAsync(coop, year);
        Clock.Set(2027, 3, 10);
        await EndCoverageAsync(leaver, new DateOnly(2027, 3, 31));
        var joiner = await EnrollAsync(coop, year, new DateOnly(2027, 4, 1));

        Clock.Set(2027, 3, 1);
        await SendAsync(new RunPremiums("2027-03"));
        Clock.Set(2027, 4, 1);
        await SendAsync(new RunPremiums("2027-04"));

        var march = (await PremiumInvoicesAsync("2027-03")).Single();
        var april = (await PremiumInvoicesAsync("2027-04")).Single();
        Assert.That(march.Total, Is.EqualTo(2 * 512m), "the leaver is still covered in March, the joiner not yet");
        Assert.That(april.Total, Is.EqualTo(2 * 512m), "the leaver's coverage ended in March; the joiner is covered from April");
        Assert.That(april.Lines[0].Description, Does.StartWith("Health Plus — 2 × Worker only"));
        Assert.That(joiner, Is.Not.EqualTo(leaver));
    }

    [Test]
    public async Task ACoopWhoseWorkersAreAllGoneGetsNoInvoice()
    {
        var year = await AddPlanYearAsync();
        var coop = await AddActiveCoopAsync();
        await JoinAsync(coop, year);
        var only = await EnrollAsync(coop, year);
        await EndCoverageAsync(only, new DateOnly(2027, 1, 31));
        Clock.Set(2027, 2, 1);

        var run = await SendAsync(new RunPremiums("2027-02"));

        Assert.That((run.Status, run.Eligible, run.Created, run.Skipped), Is.EqualTo((InvoiceRunStatus.Succeeded, 1, 0, 1)));
        Assert.That(await PremiumInvoicesAsync(), Is.Empty);
        Assert.That(run.Log, Does.Contain("no worker covered"));
    }

    [Test]
    public async Task RunningTheSameMonthTwiceLeavesExactlyOnePremiumInvoicePerCoop()
    {
        var year = await AddPlanYearAsync();
        await AddParticipatingCoopsAsync(5, year);

        var first = await SendAsync(new RunPremiums("2027-01"));
        var second = await SendAsync(new RunPremiums("2027-01"));

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That((second.Attempts, second.Created, second.Skipped), Is.EqualTo((2, 5, 5)));
        Assert.That(await PremiumInvoicesAsync("2027-01"), Has.Count.EqualTo(5));
        Assert.That(await WithDbAsync(db => db.InvoiceRuns.CountAsync(r => r.Kind == InvoiceKind.BenefitPremium)), Is.EqualTo(1));
    }

    [Test]
    public async Task TwoRunsAtOnceOnIndependentConnectionsLeaveExactlyOnePremiumInvoicePerCoop()
    {
        // Two scopes (two DbContexts, two connections) in parallel on one database file, in small batches so that they interleave.
        Options.BatchSize = 3;
        var year = await AddPlanYearAsync();
        await AddParticipatingCoopsAsync(30, year);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => SendAsSystemAsync(new RunPremiums("2027-01")))));
        var final = await SendAsync(new RunPremiums("2027-01"));

        Assert.That(runs.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1));
        var invoices = await PremiumInvoicesAsync("2027-01");
        Assert.That(invoices, Has.Count.EqualTo(30));
        Assert.That(invoices.Select(i => i.CooperativeId).Distinct().Count(), Is.EqualTo(30));
        Assert.That(final.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
    }

    [Test]
    public async Task ARunKilledAfterItsFirstBatchIsResumedWhenItsClaimLapsesAndBillsEachCoopOnce()
    {
        Options.BatchSize = 4;
        var year = await AddPlanYearAsync();
        await AddParticipatingCoopsAsync(10, year);
        // The process dies after its first batch committed: no failure recorded, the claim just stops beating.
        TestInvoiceRunPause.AfterBatch = (_, batch) => batch == 1 ? throw new OperationCanceledException("killed") : Task.CompletedTask;

        Assert.CatchAsync<OperationCanceledException>(() => SendAsync(new RunPremiums("2027-01")));
        TestInvoiceRunPause.AfterBatch = null;

        var killed = await WithDbAsync(db => db.InvoiceRuns.SingleAsync(r => r.Kind == InvoiceKind.BenefitPremium));
        Assert.That((killed.Status, killed.Created), Is.EqualTo((InvoiceRunStatus.Running, 4)));
        Assert.That(await PremiumInvoicesAsync("2027-01"), Has.Count.EqualTo(4));

        var whileClaimed = await SendAsync(new RunPremiums("2027-01"));
        Assert.That(whileClaimed.Status, Is.EqualTo(InvoiceRunStatus.Running), "a claim is trusted until its heartbeat times out");
        Assert.That(await PremiumInvoicesAsync("2027-01"), Has.Count.EqualTo(4));

        Clock.Advance(InvoiceRun.ClaimTimeout + TimeSpan.FromMinutes(1));
        var resumed = await SendAsync(new RunPremiums("2027-01"));

        Assert.That(resumed.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
        Assert.That((resumed.Attempts, resumed.Created, resumed.Skipped), Is.EqualTo((2, 10, 4)));
        var invoices = await PremiumInvoicesAsync("2027-01");
        Assert.That(invoices, Has.Count.EqualTo(10));
        Assert.That(invoices.Select(i => i.CooperativeId).Distinct().Count(), Is.EqualTo(10));
    }

    [Test]
    public async Task ARunThatFailedIsResumedAndBillsEachCoopOnce()
    {
        Options.BatchSize = 2;
        var year = await AddPlanYearAsync();
        await AddParticipatingCoopsAsync(5, year);
        TestInvoiceRunPause.AfterBatch = (_, batch) => batch == 2 ? throw new InvalidOperationException("disk full") : Task.CompletedTask;

        Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new RunPremiums("2027-01")));
        TestInvoiceRunPause.AfterBatch = null;
        var resumed = await SendAsync(new RunPremiums("2027-01"));

        Assert.That((resumed.Status, resumed.Attempts, resumed.Created, resumed.Skipped), Is.EqualTo((InvoiceRunStatus.Succeeded, 2, 5, 4)));
        Assert.That(resumed.Log, Does.Contain("disk full"));
        Assert.That(await PremiumInvoicesAsync("2027-01"), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task TheDatabaseRefusesASecondPremiumInvoiceForTheSameCoopAndMonthButNotADuesOne()
    {
        var year = await AddPlanYearAsync();
        var coop = (await AddParticipatingCoopsAsync(1, year))[0];
        await SendAsync(new RunPremiums("2027-01"));
        var draft = new InvoiceDraft([new InvoiceLine("Again", 1)], 1);

        Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(Invoice.ForPremiums(coop, BillingPeriod.Parse("2027-01"), Clock.Today, 15, draft, null)));
    }

    [Test]
    public async Task ADuesInvoiceAndAPremiumInvoiceForTheSameMonthShareTheCoopsOneAccount()
    {
        await SendAsync(new CreateDuesPolicy("Flat dues", January, BillingFrequency.Monthly, 30, 25,
            [new TierInput("All members", null, [new ComponentInput(DuesScheme.Flat, Amount: 1200)])]));
        var year = await AddPlanYearAsync();
        var coop = (await AddParticipatingCoopsAsync(1, year, workers: 2))[0];

        // Either order: premiums first must not make the dues run think the co-op is already invoiced for the month.
        await SendAsync(new RunPremiums("2027-01"));
        var dues = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(dues.Created, Is.EqualTo(1));
        var invoices = await SendAsync(new ListCoopInvoices(coop));
        Assert.That(invoices.Select(i => (i.Kind, i.PeriodKey, i.Total)), Is.EquivalentTo(new[]
        {
            (InvoiceKind.Dues, "2027-01", 100m),
            (InvoiceKind.BenefitPremium, "2027-01", 1024m),
        }));
        var ledger = await SendAsync(new GetCoopLedger(coop));
        Assert.That(ledger.Balance, Is.EqualTo(1124m));
        Assert.That(ledger.Entries.Select(e => e.Description), Has.Some.StartsWith("Group benefit premiums for January 2027"));
        Assert.That(ledger.Entries.Select(e => e.Description), Has.Some.StartsWith("Dues for January 2027"));
        var account = await SendAsync(new GetDuesAccount(coop));
        Assert.That(account.Balance, Is.EqualTo(1124m));
        var runs = await SendAsync(new ListInvoiceRuns());
        Assert.That(runs.Select(r => r.Id), Is.EqualTo(new[] { dues.Id }), "the dues runs list only dues runs");
        Assert.That((await SendAsync(new ListPremiumRuns())).Single().PeriodKey, Is.EqualTo("2027-01"));

        var premium = invoices.Single(i => i.Kind == InvoiceKind.BenefitPremium);
        var text = string.Join("\n", PdfText.Read((await SendAsync(new GetInvoicePdf(premium.Id))).Content).Lines);
        Assert.That(text, Does.Contain("Kind Group benefit premiums"));
        Assert.That(text, Does.Contain("How your premiums were computed"));
        Assert.That(text, Does.Contain("$1,124.00"), "the statement's balance is the account's: dues and premiums");
    }

    [Test]
    public void APeriodThatIsNotAMonthIsRefused()
    {
        Assert.That(new RunPremiumsValidator().Validate(new RunPremiums("2027-Q1")).IsValid, Is.False);
        Assert.That(new RunPremiumsValidator().Validate(new RunPremiums("2027")).IsValid, Is.False);
        Assert.That(new RunPremiumsValidator().Validate(new RunPremiums("2027-13")).IsValid, Is.False);
        Assert.That(new RunPremiumsValidator().Validate(new RunPremiums("2027-01")).IsValid, Is.True);
    }
}
