using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Application.Tests.Dues;

public sealed class PaymentsAndLedgerTests : DuesTestBase
{
    [Test]
    public async Task APartialPaymentThenAnOverpaymentLeavesACreditThatSettlesTheNextInvoice()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        var january = (await SendAsync(new ListCoopInvoices(coop))).Single();

        await SendAsync(new RecordPayment(january.Id, 40m, Clock.Today, PaymentMethod.Check, "Check 1041"));
        var partly = await SendAsync(new GetInvoice(january.Id));
        Assert.That((partly.Status, partly.Outstanding), Is.EqualTo((InvoiceStatus.PartiallyPaid, 60m)));

        Clock.Set(2027, 1, 4);
        await SendAsync(new RecordPayment(january.Id, 85m, Clock.Today, PaymentMethod.Ach, "ACH 77"));
        var paid = await SendAsync(new GetInvoice(january.Id));
        var account = await SendAsync(new GetDuesAccount(coop));
        Assert.That((paid.Status, paid.Outstanding, paid.Paid), Is.EqualTo((InvoiceStatus.Paid, 0m, 100m)));
        Assert.That((account.Balance, account.UnappliedCredit), Is.EqualTo((-25m, 25m)));
        Assert.That(account.Summary, Does.Contain("$25.00 in credit"));

        Clock.Set(2027, 2, 1);
        await SendAsync(new RunInvoices("2027-02"));
        var february = (await SendAsync(new ListCoopInvoices(coop))).First();
        var detail = await SendAsync(new GetInvoice(february.Id));

        Assert.That(february.PeriodKey, Is.EqualTo("2027-02"));
        Assert.That((detail.Status, detail.Paid, detail.Outstanding), Is.EqualTo((InvoiceStatus.PartiallyPaid, 25m, 75m)));
        Assert.That(detail.Settledby.Single().SettlementId, Is.EqualTo(2), "the overpayment went to February");
        var ledger = await SendAsync(new GetCoopLedger(coop));
        Assert.That(ledger.Balance, Is.EqualTo(75m));
        Assert.That(ledger.Entries.Select(e => e.Balance), Is.EqualTo(new[] { 100m, 60m, -25m, 75m }));
        Assert.That(ledger.Entries[2].Description, Does.Contain("ACH transfer (ACH 77)"));
    }

    [Test]
    public async Task CreditNotesLaborCreditsAndVoidingAllShowInTheLedgerAndTheBalance()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        var invoice = (await SendAsync(new ListCoopInvoices(coop))).Single();

        await SendAsync(new RecordLaborCredit(coop, 2m, Clock.Today, "Tabling at the co-op fair"));
        await SendAsync(new IssueCreditNote(coop, invoice.Id, 10m, "Billed before the board's discount"));
        var afterCredits = await SendAsync(new GetDuesAccount(coop));
        Assert.That(afterCredits.Balance, Is.EqualTo(40m)); // 100 − 2 × $25 − $10

        await SendAsync(new RecordPayment(invoice.Id, 30m, Clock.Today, PaymentMethod.Cash, null));
        await SendAsync(new VoidInvoice(invoice.Id, "Billed in error"));

        var ledger = await SendAsync(new GetCoopLedger(coop));
        var account = await SendAsync(new GetDuesAccount(coop));
        Assert.That(ledger.Entries.Select(e => e.Kind), Is.EquivalentTo(new[]
            { LedgerEntryKind.Invoice, LedgerEntryKind.Void, LedgerEntryKind.LaborCredit, LedgerEntryKind.CreditNote, LedgerEntryKind.Payment }));
        Assert.That(ledger.Entries.Single(e => e.Kind == LedgerEntryKind.LaborCredit).Description, Does.Contain("2 hours × $25.00"));
        Assert.That(account.Balance, Is.EqualTo(-90m), "everything paid and credited is now credit");
        Assert.That(account.Invoices.Single().Status, Is.EqualTo(InvoiceStatus.Void));
        Assert.ThrowsAsync<CoopAlliance.Domain.Common.DomainRuleException>(() => SendAsync(new VoidInvoice(invoice.Id, "Again")));
    }

    [Test]
    public async Task APaymentWithoutTheDayItWasReceivedOrDatedInTheFutureIsRefusedAndNothingIsRecorded()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        var invoice = (await InvoicesAsync()).Single();

        var missing = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RecordPayment(invoice.Id, 40m, default, PaymentMethod.Check, null)));
        var future = Assert.ThrowsAsync<ValidationException>(() =>
            SendAsync(new RecordPayment(invoice.Id, 40m, Clock.Today.AddDays(1), PaymentMethod.Check, null)));

        Assert.That(missing!.Errors["ReceivedOn"], Is.EqualTo(new[] { "Enter the day the payment was received." }));
        Assert.That(future!.Errors["ReceivedOn"], Is.EqualTo(new[] { "The day received cannot be in the future." }));
        Assert.That((await SendAsync(new GetDuesAccount(coop))).Balance, Is.EqualTo(100m));
        await SendAsync(new RecordPayment(invoice.Id, 40m, Clock.Today, PaymentMethod.Check, null));
        Assert.That((await SendAsync(new GetDuesAccount(coop))).Balance, Is.EqualTo(60m), "today is fine");
    }

    [Test]
    public async Task HardshipsAndLaborCreditsNeedTheirDaysAndLaborIsNotCreditedInAdvance()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();

        var undated = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GrantHardship(coop, HardshipKind.Percentage, 50, default, default, "Flood")));
        var noDay = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RecordLaborCredit(coop, 3m, default, "Newsletter layout")));
        var ahead = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RecordLaborCredit(coop, 3m, Clock.Today.AddDays(3), "Newsletter layout")));

        Assert.That(undated!.Errors.Keys, Is.EquivalentTo(new[] { "From", "To" }));
        Assert.That(noDay!.Errors["On"], Is.EqualTo(new[] { "Enter the day the work was done." }));
        Assert.That(ahead!.Errors["On"], Is.EqualTo(new[] { "Record labor once it has been done, not in advance." }));
        Assert.That(await SendAsync(new ListHardships(coop)), Is.Empty);
        Assert.That((await SendAsync(new GetCoopLedger(coop))).Entries, Is.Empty);
    }

    [Test]
    public async Task ARepSeesTheirOwnInvoicesAndLedgerAndNobodyElses()
    {
        await AddMonthlyPolicyAsync();
        var mine = await AddActiveCoopAsync("Mine");
        var theirs = await AddActiveCoopAsync("Theirs");
        await SendAsync(new RunInvoices("2027-01"));
        var theirInvoice = (await InvoicesAsync()).Single(i => i.CooperativeId == theirs);

        RunAsRep(mine);

        Assert.That(await SendAsync(new ListCoopInvoices(mine)), Has.Count.EqualTo(1));
        Assert.That((await SendAsync(new GetCoopLedger(mine))).Balance, Is.EqualTo(100m));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListCoopInvoices(theirs)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetCoopLedger(theirs)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetInvoice(theirInvoice.Id)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new RecordPayment(theirInvoice.Id, 5m, Clock.Today, PaymentMethod.Card, null)));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new RunInvoices("2027-02")));
    }

    [Test]
    public async Task ARepsAttestedSelfReportFeedsTheNextInvoiceAndAHardshipReducesIt()
    {
        await SendAsync(new CreateDuesPolicy("Wages", new DateOnly(2027, 1, 1), BillingFrequency.Annual, 30, 25,
            [new TierInput("All", null, [new ComponentInput(DuesScheme.PercentOfWages, RatePercent: 0.15m, Floor: 50, Cap: 3000)])]));
        var coop = await AddActiveCoopAsync();
        RunAsRep(coop);
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SubmitSelfReport(coop, 2026, 412_000, null, 9, false)));
        await SendAsync(new SubmitSelfReport(coop, 2026, 412_000, null, 9, true));
        RunAsStaff();
        await SendAsync(new GrantHardship(coop, HardshipKind.Amount, 100, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), "Lost a big contract"));

        await SendAsync(new RunInvoices("2027"));

        var invoice = await SendAsync(new GetInvoice((await InvoicesAsync()).Single().Id));
        Assert.That(invoice.Total, Is.EqualTo(518m));
        Assert.That(invoice.Lines[0].Description, Is.EqualTo("0.15 % of $412,000 reported wages (2026 self-report) = $618.00, within $50–$3,000 a year"));
        Assert.That(invoice.Lines[1].Description, Does.StartWith("Hardship reduction of $100.00 (Lost a big contract)"));
        Assert.That((await SendAsync(new ListSelfReports(coop))).Single().AttestedBy, Is.EqualTo("Rita Rep"));
    }
}
