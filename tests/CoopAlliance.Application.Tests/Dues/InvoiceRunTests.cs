using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Dues;

public sealed class InvoiceRunTests : DuesTestBase
{
    [Test]
    public async Task ARunInvoicesEveryActiveOrLapsedMemberOnceWithLinesInWords()
    {
        await AddMonthlyPolicyAsync();
        var active = await AddActiveCoopAsync("Active Co-op");
        var lapsed = await AddActiveCoopAsync("Lapsed Co-op", status: MembershipStatus.Lapsed);
        await AddActiveCoopAsync("Suspended Co-op", status: MembershipStatus.Suspended);
        await AddApplicantAsync();

        var run = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(run.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
        Assert.That((run.Eligible, run.Created, run.Skipped, run.Errors), Is.EqualTo((2, 2, 0, 0)));
        Assert.That(run.AmountBilled, Is.EqualTo(200m));
        var invoices = await InvoicesAsync("2027-01");
        Assert.That(invoices.Select(i => i.CooperativeId), Is.EquivalentTo(new[] { active, lapsed }));
        var invoice = invoices[0];
        Assert.That(invoice.Total, Is.EqualTo(100m));
        Assert.That(invoice.DueOn, Is.EqualTo(new DateOnly(2027, 1, 31)));
        Assert.That(invoice.Lines.Single().Description, Is.EqualTo("Flat dues of $1,200.00 a year; 1/12 for January 2027"));
    }

    [Test]
    public async Task RunningTheSamePeriodTwiceLeavesExactlyOneInvoicePerCoop()
    {
        await AddMonthlyPolicyAsync();
        await AddCoopsAsync(5);

        var first = await SendAsync(new RunInvoices("2027-01"));
        var second = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(second.Attempts, Is.EqualTo(2));
        Assert.That(second.Created, Is.EqualTo(5));
        Assert.That(second.Skipped, Is.EqualTo(5));
        Assert.That(await InvoicesAsync("2027-01"), Has.Count.EqualTo(5));
        Assert.That(await CountAsync<InvoiceRun>(), Is.EqualTo(1));
    }

    [Test]
    public async Task TwoRunsAtOnceOnIndependentConnectionsLeaveExactlyOneInvoicePerCoop()
    {
        // Two scopes (two DbContexts, two connections) in parallel on one database file, in small batches so that
        // they interleave. The cross-process version of this is in the web tests (two `dues-run` processes).
        Options.BatchSize = 3;
        await AddMonthlyPolicyAsync();
        await AddCoopsAsync(40);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => SendAsAnyoneAsync(new RunInvoices("2027-01")))));
        // Whichever finished first may have returned the other's live claim; once both are done the run is complete.
        var final = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(runs.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1));
        var invoices = await InvoicesAsync("2027-01");
        Assert.That(invoices, Has.Count.EqualTo(40));
        Assert.That(invoices.Select(i => i.CooperativeId).Distinct().Count(), Is.EqualTo(40));
        Assert.That(final.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
    }

    [Test]
    public async Task ARunKilledAfterItsFirstBatchIsResumedAndIssuesEachInvoiceOnce()
    {
        Options.BatchSize = 4;
        Options.FailAfterBatches = 1;
        await AddMonthlyPolicyAsync();
        await AddCoopsAsync(10);

        Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new RunInvoices("2027-01")));

        var failed = await WithDbAsync(db => db.InvoiceRuns.SingleAsync());
        Assert.That(failed.Status, Is.EqualTo(InvoiceRunStatus.Failed));
        Assert.That(failed.Created, Is.EqualTo(4), "the first batch was committed before the failure");
        Assert.That(await InvoicesAsync("2027-01"), Has.Count.EqualTo(4));

        Options.FailAfterBatches = null;
        var resumed = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(resumed.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
        Assert.That(resumed.Attempts, Is.EqualTo(2));
        Assert.That((resumed.Created, resumed.Skipped), Is.EqualTo((10, 4)));
        var invoices = await InvoicesAsync("2027-01");
        Assert.That(invoices.Select(i => i.CooperativeId).Distinct().Count(), Is.EqualTo(10));
        Assert.That(invoices, Has.Count.EqualTo(10));
        Assert.That(resumed.Log, Does.Contain("attempt 2"));
    }

    [Test]
    public async Task ALiveClaimIsLeftAloneAndAnAbandonedOneIsTakenOver()
    {
        var policy = await AddMonthlyPolicyAsync();
        await AddCoopsAsync(3);
        // A worker on another node claimed the period and is (apparently) still working.
        await AddAsync(new InvoiceRun("2027-01", policy, "Other node", Guid.NewGuid(), Clock.GetUtcNow()));

        var whileLive = await SendAsync(new RunInvoices("2027-01"));
        Assert.That(whileLive.Status, Is.EqualTo(InvoiceRunStatus.Running));
        Assert.That(await InvoicesAsync(), Is.Empty);

        Clock.Advance(InvoiceRun.ClaimTimeout + TimeSpan.FromMinutes(1)); // that worker died
        var takenOver = await SendAsync(new RunInvoices("2027-01"));

        Assert.That(takenOver.Status, Is.EqualTo(InvoiceRunStatus.Succeeded));
        Assert.That(await InvoicesAsync("2027-01"), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TheDatabaseRefusesASecondInvoiceForTheSameCoopPolicyAndPeriod()
    {
        var policy = await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));

        var draft = new InvoiceDraft([new InvoiceLine("Again", 1)], 1);
        Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(new Invoice(coop, policy, BillingPeriod.Parse("2027-01"), Clock.Today, 30, draft, null)));
    }

    [Test]
    public async Task APreviewShowsWhatWouldBeBilledAndWritesNothing()
    {
        await AddMonthlyPolicyAsync();
        await AddCoopsAsync(3);

        var preview = await SendAsync(new PreviewInvoiceRun("2027-01"));

        Assert.That((preview.Eligible, preview.ToInvoice, preview.AlreadyInvoiced), Is.EqualTo((3, 3, 0)));
        Assert.That(preview.TotalAmount, Is.EqualTo(300m));
        Assert.That(preview.Items[0].Lines[0].Description, Does.Contain("January 2027"));
        Assert.That(await InvoicesAsync(), Is.Empty);
        Assert.That(await CountAsync<InvoiceRun>(), Is.Zero);
    }

    [Test]
    public async Task InvoicesWrittenInSmallBatchesMatchThePreviewCoopByCoop()
    {
        // A run reads each batch ahead and prepares its rows on another thread while the previous batch is written,
        // reusing converted values that repeat within a batch: every invoice must still carry its own co-op's figures.
        Options.BatchSize = 2;
        await AddMonthlyPolicyAsync();
        var joined = new DateOnly?[] { null, new(2027, 1, 31), new(2027, 1, 2), null, new(2027, 1, 16), new(2027, 1, 20), null };
        for (var i = 0; i < joined.Length; i++)
        {
            await AddActiveCoopAsync($"Batch Co-op {i}", workerOwners: 3 + i, memberSince: joined[i]);
        }

        var preview = await SendAsync(new PreviewInvoiceRun("2027-01"));
        var run = await SendAsync(new RunInvoices("2027-01"));

        Assert.That((run.Status, run.Created), Is.EqualTo((InvoiceRunStatus.Succeeded, joined.Length)));
        var invoices = (await InvoicesAsync("2027-01")).ToDictionary(i => i.CooperativeId);
        Assert.That(invoices.Keys, Is.EquivalentTo(preview.Items.Select(p => p.CoopId)));
        Assert.That(preview.Items.Select(p => p.Total).Distinct().Count(), Is.GreaterThan(3), "the co-ops owe different amounts");
        foreach (var item in preview.Items)
        {
            var invoice = invoices[item.CoopId];
            Assert.That(invoice.Total, Is.EqualTo(item.Total), item.CoopName);
            Assert.That(invoice.Lines.Select(l => (l.Description, l.Amount)), Is.EqualTo(item.Lines.Select(l => (l.Description, l.Amount))), item.CoopName);
            Assert.That((invoice.PeriodStart, invoice.PeriodEnd, invoice.DueOn, invoice.RunId), Is.EqualTo((new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31),
                preview.DueOn, (int?)run.Id)));
        }

        Assert.That(run.AmountBilled, Is.EqualTo(preview.TotalAmount));
    }

    [Test]
    public async Task AMemberWhoJoinedMidMonthIsProRatedByDays()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync(memberSince: new DateOnly(2027, 1, 20));

        await SendAsync(new RunInvoices("2027-01"));

        var invoice = (await InvoicesAsync()).Single(i => i.CooperativeId == coop);
        Assert.That(invoice.Total, Is.EqualTo(38.71m)); // 100 × 12/31 = 38.709…
        Assert.That(invoice.Lines.Last().Description, Is.EqualTo("Joined on January 20, 2027: billed for 12 of the 31 days of January 2027"));
    }

    [Test]
    public async Task ChangingThePolicyNeverAltersInvoicesAlreadyIssued()
    {
        var policyId = await AddMonthlyPolicyAsync();
        await AddCoopsAsync(2);
        await SendAsync(new RunInvoices("2027-01"));
        var before = await InvoicesAsync("2027-01");

        var policy = await SendAsync(new GetDuesPolicy(policyId));
        await SendAsync(new UpdateDuesPolicy(policyId, policy.Version, "Flat dues, raised", policy.EffectiveFrom, BillingFrequency.Monthly, 15, 25,
            [new TierInput("All members", null, [new ComponentInput(DuesScheme.Flat, Amount: 2400)])]));
        await AddMonthlyPolicyAsync(3600, new DateOnly(2027, 3, 1), "From March");
        Clock.Set(2027, 2, 1);
        await SendAsync(new RunInvoices("2027-02"));
        Clock.Set(2027, 3, 1);
        await SendAsync(new RunInvoices("2027-03"));

        var after = await InvoicesAsync("2027-01");
        Assert.That(after.Select(i => (i.Total, i.DueOn, i.Lines.Single().Description)),
            Is.EqualTo(before.Select(i => (i.Total, i.DueOn, i.Lines.Single().Description))));
        Assert.That((await InvoicesAsync("2027-02")).Select(i => i.Total).Distinct(), Is.EqualTo(new[] { 200m }));
        Assert.That((await InvoicesAsync("2027-03")).Select(i => i.Total).Distinct(), Is.EqualTo(new[] { 300m }));
    }

    [Test]
    public async Task TheScheduledRunBackfillsMissedPeriods()
    {
        await AddMonthlyPolicyAsync(from: new DateOnly(2026, 11, 1));
        await AddCoopsAsync(2);
        Clock.Set(2026, 11, 1);
        await SendAsSystemAsync(new RunScheduledInvoices(Clock.Today));
        // The server was down on December 1st and January 1st.
        Clock.Set(2027, 1, 3);

        var missed = await SendAsync(new ListMissedPeriods(Clock.Today));
        var runs = await SendAsSystemAsync(new RunScheduledInvoices(Clock.Today));

        Assert.That(missed.Select(m => m.PeriodKey), Is.EqualTo(new[] { "2026-12", "2027-01" }));
        Assert.That(runs.Select(r => r.PeriodKey), Is.EqualTo(new[] { "2026-12", "2027-01" }));
        Assert.That(runs[0].Log, Does.Contain("backfill"));
        Assert.That(await InvoicesAsync(), Has.Count.EqualTo(6));
        Assert.That(await SendAsync(new ListMissedPeriods(Clock.Today)), Is.Empty);
    }

    [Test]
    public async Task WithoutAPolicyInForceARunIsRefusedInPlainWords()
    {
        await AddCoopsAsync(1);

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new RunInvoices("2027-01")));

        Assert.That(refused!.Message, Does.Contain("No monthly dues policy is in force for January 2027"));
    }

    private static Task<InvoiceRunDto> SendAsAnyoneAsync(RunInvoices request) => SendAsSystemAsync(request);
}
