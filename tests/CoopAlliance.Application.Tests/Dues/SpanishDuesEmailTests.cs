using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Dues;

/// <summary>A co-op that prefers Spanish gets its dues emails, their statements and its reminders in Spanish; others stay English.</summary>
public sealed class SpanishDuesEmailTests : DuesTestBase
{
    private static Task PreferSpanishAsync(int coopId) => WithDbAsync(async db =>
    {
        var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
        coop.ChooseLanguage(Languages.Spanish);
        await db.SaveChangesAsync();
    });

    [Test]
    public async Task ACoopThatPrefersSpanishGetsItsInvoiceEmailAndStatementInSpanish()
    {
        await AddMonthlyPolicyAsync();
        var spanish = await AddActiveCoopAsync("Panadería La Esperanza");
        var english = await AddActiveCoopAsync("Greenfield Solar Workers");
        await PreferSpanishAsync(spanish);

        await SendAsync(new RunInvoices("2027-01"));

        var mail = await WithDbAsync(db => db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).ToListAsync());
        var es = mail.Single(m => m.Body.Contains("Panadería La Esperanza", StringComparison.Ordinal));
        var en = mail.Single(m => m.Body.Contains("Greenfield Solar Workers", StringComparison.Ordinal));
        Assert.That(es.Subject, Is.EqualTo("Cuotas de enero de 2027: $100.00"));
        Assert.That(es.Body, Does.Contain("Hola, Panadería La Esperanza:"));
        Assert.That(es.Body, Does.Contain("Su cooperativa debe $100.00 de enero de 2027, con vencimiento el 31 de enero de 2027."));
        Assert.That(es.Body, Does.Contain("\"Mis cuotas\""));
        var lines = PdfText.Read(es.Attachments.Single().Content).Lines;
        Assert.That(lines, Has.Some.EqualTo("Cooperativa Panadería La Esperanza"));
        Assert.That(lines, Has.Some.Contains("Cómo se calcularon sus cuotas"));
        Assert.That(lines, Has.Some.EqualTo("Total de enero de 2027 $100.00"));
        Assert.That(en.Subject, Is.EqualTo("Dues for January 2027: $100.00"));
        Assert.That(en.Body, Does.Contain("Your co-op owes $100.00 for January 2027, due January 31, 2027."));
        Assert.That(english, Is.Not.EqualTo(spanish));
    }

    [Test]
    public async Task ACoopThatPrefersSpanishGetsItsReminderInSpanish()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await PreferSpanishAsync(coop);
        await SendAsync(new RunInvoices("2027-01"));

        await SendAsSystemAsync(new ProcessArrears(new DateOnly(2027, 2, 7)));

        var reminder = await WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.StartsWith("Recordatorio")));
        Assert.That(reminder.Subject, Is.EqualTo("Recordatorio: cuotas de enero de 2027 con 7 días de atraso"));
        Assert.That(reminder.Body, Does.Contain("Su cooperativa debe $100.00 de enero de 2027. Vencía el 31 de enero de 2027, hace 7 días."));
        Assert.That(reminder.Body, Does.Contain("la Alianza puede acordar una reducción"));
    }

    [Test]
    public async Task AStatementIsInTheCoopsLanguageUnlessAnotherIsAskedFor()
    {
        await AddMonthlyPolicyAsync();
        var coop = await AddActiveCoopAsync();
        await PreferSpanishAsync(coop);
        await SendAsync(new RunInvoices("2027-01"));
        var invoice = (await InvoicesAsync("2027-01")).Single();

        var spanish = PdfText.Read((await SendAsync(new GetInvoicePdf(invoice.Id))).Content).Lines;
        var english = PdfText.Read((await SendAsync(new GetInvoicePdf(invoice.Id, Languages.English))).Content).Lines;

        Assert.That(spanish, Has.Some.StartsWith("Pioneer Valley Bread Cooperative debe $100.00 de enero de 2027, con vencimiento el"));
        Assert.That(spanish, Has.Some.StartsWith("Cómo pagar"));
        Assert.That(english, Has.Some.EqualTo("Pioneer Valley Bread Cooperative owes $100.00 for January 2027, due January 31, 2027."));
    }
}
