using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Dues;

/// <summary>The dues statement and the treasurer's monthly summary, rendered for real and read back with PdfPig.</summary>
public sealed class DuesDocumentTests : DuesTestBase
{
    [Test]
    public async Task AStatementShowsTheLinesPaymentsAndBalanceOfTheLedger()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await SendAsync(new RunInvoices("2027-01"));
        var invoice = (await InvoicesAsync("2027-01")).Single();
        Clock.Set(2027, 1, 10);
        await SendAsync(new RecordPayment(invoice.Id, 40m, new DateOnly(2027, 1, 9), PaymentMethod.Check, "1042"));

        var file = await SendAsync(new GetInvoicePdf(invoice.Id));
        var (pages, lines) = PdfText.Read(file.Content);
        var ledger = await SendAsync(new GetCoopLedger(coop));

        Assert.That(pages, Is.EqualTo(1));
        Assert.That(file.FileName, Is.EqualTo($"dues-statement-pioneer-valley-bread-cooperative-2027-01-{invoice.Id}.pdf"));
        Assert.That(lines, Has.Some.EqualTo("Valley Alliance of Worker Co-operatives"));
        Assert.That(lines, Has.Some.EqualTo("Co-op Pioneer Valley Bread Cooperative"));
        Assert.That(lines, Has.Some.EqualTo("Pioneer Valley Bread Cooperative owes $60.00 for January 2027, due January 31, 2027."));
        Assert.That(lines, Has.Some.EqualTo("Flat dues of $1,200.00 a year; 1/12 for January 2027 $100.00"));
        Assert.That(lines, Has.Some.EqualTo("Total for January 2027 $100.00"));
        Assert.That(lines, Has.Some.EqualTo("January 9, 2027 Payment by check (1042), thank you $40.00"));
        Assert.That(ledger.Balance, Is.EqualTo(60m));
        Assert.That(lines, Has.Some.EqualTo($"Your co-op's balance {Money.Format(ledger.Balance)}"));
        Assert.That(lines, Has.Some.StartsWith("How to pay"));
    }

    [Test]
    public async Task ARepDownloadsTheirOwnStatementButAnotherCoopsIsNotFound()
    {
        await AddMonthlyPolicyAsync();
        var mine = await AddActiveCoopAsync();
        var other = await AddActiveCoopAsync("Greenfield Solar Workers");
        await SendAsync(new RunInvoices("2027-01"));
        var invoices = await InvoicesAsync("2027-01");
        var myInvoice = invoices.Single(i => i.CooperativeId == mine);
        var theirs = invoices.Single(i => i.CooperativeId == other);

        RunAsRep(mine);
        var file = await SendAsync(new GetInvoicePdf(myInvoice.Id));
        Assert.That(PdfText.Read(file.Content).Lines, Has.Some.EqualTo("Co-op Pioneer Valley Bread Cooperative"));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetInvoicePdf(theirs.Id)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetInvoicePdf(987654)));

        RunAsMentor();
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetInvoicePdf(myInvoice.Id)));
    }

    [Test]
    public async Task TheStatementsOfAPeriodDownloadAsOneZipWithEachInvoicesStatement()
    {
        await AddMonthlyPolicyAsync();
        var coops = await AddCoopsAsync(3);
        await SendAsync(new RunInvoices("2027-01"));
        await SendAsync(new RunInvoices("2027-02"));
        var january = await InvoicesAsync("2027-01");
        var paid = january.Single(i => i.CooperativeId == coops[1]);
        Clock.Set(2027, 1, 10);
        await SendAsync(new RecordPayment(paid.Id, 100m, new DateOnly(2027, 1, 9), PaymentMethod.Ach, "ACH-77"));

        using var archive = await SendAsync(new ExportStatements("2027-01"));
        using var zip = new System.IO.Compression.ZipArchive(archive.Content, System.IO.Compression.ZipArchiveMode.Read);

        Assert.That(archive.FileName, Is.EqualTo("dues-statements-2027-01.zip"));
        Assert.That(archive.Count, Is.EqualTo(3));
        // One statement per January invoice, in invoice order, named as a single download would be; February's are not here.
        Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(january.Select((i, n) => $"dues-statement-member-co-op-{n:000}-2027-01-{i.Id}.pdf")));
        for (var n = 0; n < 3; n++)
        {
            var lines = PdfText.Read(Bytes(zip.Entries[n])).Lines;
            Assert.That(lines, Has.Some.EqualTo($"Co-op Member Co-op {n:000}"));
            Assert.That(lines, Has.Some.EqualTo("Total for January 2027 $100.00"));
        }

        var paidLines = PdfText.Read(Bytes(zip.Entries[1])).Lines;
        Assert.That(paidLines, Has.Some.EqualTo("January 9, 2027 Payment by ACH transfer (ACH-77), thank you $100.00"));
        Assert.That(paidLines, Has.Some.EqualTo("The dues of Member Co-op 001 for January 2027 are paid. Thank you."));
    }

    [Test]
    public async Task StatementsOfAPeriodWithoutInvoicesAreRefusedInPlainWordsAndOnlyStaffMayDownloadThem()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();

        var none = Assert.ThrowsAsync<Domain.Common.DomainRuleException>(() => SendAsync(new ExportStatements("2027-03")));
        Assert.That(none!.Message, Is.EqualTo("No invoices were issued for March 2027, so there are no statements to download."));
        var bad = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ExportStatements("March")));
        Assert.That(bad!.Errors.Keys, Is.EquivalentTo(new[] { "Period" }));

        await SendAsync(new RunInvoices("2027-01"));
        RunAsRep(coop);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ExportStatements("2027-01")));
    }

    private static byte[] Bytes(System.IO.Compression.ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Test]
    public async Task AnInvoiceRunEmailsEachInvoiceOnceWithItsStatementToThePrimaryContact()
    {
        await AddMonthlyPolicyAsync();
        var coops = await AddCoopsAsync(3);
        Options.BatchSize = 2;

        await SendAsync(new RunInvoices("2027-01"));
        await SendAsync(new RunInvoices("2027-01"));

        var mail = await WithDbAsync(db => db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync());
        Assert.That(mail, Has.Count.EqualTo(3));
        Assert.That(mail.Select(m => m.To), Is.All.EqualTo("maria@example.coop"));
        Assert.That(mail[0].Subject, Is.EqualTo("Dues for January 2027: $100.00"));
        Assert.That(mail[0].Body, Does.Contain("Your co-op owes $100.00 for January 2027, due January 31, 2027."));
        var attachment = mail[0].Attachments.Single();
        Assert.That(attachment.ContentType, Is.EqualTo("application/pdf"));
        Assert.That(PdfText.Read(attachment.Content).Lines, Has.Some.EqualTo("Co-op Member Co-op 000"));
        Assert.That(coops, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task TheMonthlySummaryAddsUpTheLedgersIsStoredOnceAndEmailedToTreasurers()
    {
        await AddMonthlyPolicyAsync();
        var coops = await AddCoopsAsync(3);
        await AddTreasurerAsync("tess@alliance.coop");
        await SendAsync(new RunInvoices("2027-01"));
        var invoices = await InvoicesAsync("2027-01");
        Clock.Set(2027, 1, 20);
        await SendAsync(new RecordPayment(invoices[0].Id, 100m, new DateOnly(2027, 1, 20), PaymentMethod.Ach, null));
        await SendAsync(new RecordPayment(invoices[1].Id, 30m, new DateOnly(2027, 1, 20), PaymentMethod.Cash, null));
        Clock.Set(2027, 2, 1, 13);
        await SendAsync(new RunInvoices("2027-02")); // issued in February: not billed in January
        await SendAsync(new RecordPayment(invoices[2].Id, 10m, new DateOnly(2027, 2, 1), PaymentMethod.Check, null)); // after January

        var summary = await SendAsSystemAsync(new RunMonthlyDuesSummary(new DateOnly(2027, 2, 1)));
        var again = await SendAsSystemAsync(new GenerateDuesSummary("2027-01"));

        var januaryLedgers = 100m * 3 - 130m;
        Assert.That(summary.Month, Is.EqualTo("2027-01"));
        Assert.That((summary.Billed, summary.Collected, summary.Outstanding), Is.EqualTo((300m, 130m, januaryLedgers)));
        Assert.That(summary.Aging.Days0To30, Is.EqualTo(januaryLedgers), "nothing was more than 30 days late on January 31");
        Assert.That((again.AlreadyExisted, again.Id), Is.EqualTo((true, summary.Id)));
        Assert.That(await CountAsync<DuesMonthlySummary>(), Is.EqualTo(1));

        var file = await SendAsync(new GetDuesSummaryPdf("2027-01"));
        var (pages, lines) = PdfText.Read(file.Content);
        Assert.That(pages, Is.EqualTo(1));
        Assert.That(lines, Has.Some.EqualTo("Dues summary for January 2027"));
        Assert.That(lines, Has.Some.EqualTo("Billed $300.00"));
        Assert.That(lines, Has.Some.EqualTo("Collected $130.00"));
        Assert.That(lines, Has.Some.EqualTo($"Outstanding {Money.Format(januaryLedgers)}"));
        Assert.That(lines, Has.Some.EqualTo($"0–30 {Money.Format(januaryLedgers)} 100%"));
        Assert.That(lines, Has.Some.EqualTo("Member Co-op 002 $100.00 0"));
        Assert.That(lines, Has.Some.EqualTo("Member Co-op 001 $70.00 0"));

        // Today's ledgers agree with today's position.
        var balances = 0m;
        foreach (var coop in coops)
        {
            balances += Math.Max(0, (await SendAsync(new GetCoopLedger(coop))).Balance);
        }

        Assert.That((await SendAsync(new GetDuesPosition())).Outstanding, Is.EqualTo(balances));

        var mail = await WithDbAsync(db => db.OutboxMessages.Include(m => m.Attachments).Where(m => m.Subject.StartsWith("Dues summary")).ToListAsync());
        Assert.That(mail, Has.Count.EqualTo(1), "the treasurer, once");
        Assert.That(mail[0].To, Is.EqualTo("tess@alliance.coop"));
        Assert.That(mail[0].Attachments.Single().Content, Is.EqualTo(file.Content));
    }

    [Test]
    public async Task AnEndedMonthsSummaryIsMadeOnDemandBeforeTheJobRanAndIsTheSameBytesTheJobStores()
    {
        await AddMonthlyPolicyAsync();
        await AddCoopsAsync(2);
        await AddTreasurerAsync("tess@alliance.coop");
        await SendAsync(new RunInvoices("2027-01"));
        var invoices = await InvoicesAsync("2027-01");
        Clock.Set(2027, 1, 20);
        await SendAsync(new RecordPayment(invoices[0].Id, 25m, new DateOnly(2027, 1, 20), PaymentMethod.Check, null));
        Clock.SetLocal(2027, 1, 31, 23);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetDuesSummaryPdf("2027-01")), "January is not over yet");

        Clock.SetLocal(2027, 2, 1, 6);
        var onDemand = await SendAsync(new GetDuesSummaryPdf("2027-01"));
        Assert.That(await CountAsync<DuesMonthlySummary>(), Is.EqualTo(0), "asking stores nothing");
        Assert.That(await WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith("Dues summary"))), Is.EqualTo(0), "and sends nothing");
        Assert.That(PdfText.Read(onDemand.Content).Lines, Has.Some.EqualTo("Collected $25.00"));

        Clock.SetLocal(2027, 2, 1, 8);
        await SendAsSystemAsync(new RunMonthlyDuesSummary(new DateOnly(2027, 2, 1)));
        var stored = await SendAsync(new GetDuesSummaryPdf("2027-01"));

        Assert.That(stored.Content, Is.EqualTo(onDemand.Content), "the job's summary is the one shown before it ran");
        Assert.That(stored.FileName, Is.EqualTo(onDemand.FileName));
        Assert.That(await CountAsync<DuesMonthlySummary>(), Is.EqualTo(1));
    }

    [Test]
    public async Task OnlyStaffReadTheMonthlySummaries()
    {
        var coop = await AddActiveCoopAsync();
        await SendAsync(new GenerateDuesSummary("2026-12"));

        RunAsRep(coop);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new GetDuesSummaryPdf("2026-12")));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListDuesSummaries()));
    }

    private static async Task AddTreasurerAsync(string email)
    {
        using var scope = Testing.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IIdentityService>().InviteAsync(email, "Tess Treasurer", Roles.Treasurer, null, CancellationToken.None);
    }
}
