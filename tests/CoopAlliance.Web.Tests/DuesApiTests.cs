using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed class DuesApiTests : WebTest
{
    protected override AppFactory CreateApp() => new(services: AppFactory.InvoiceRunServer);

    [Test]
    public async Task TheDemoRepSeesTheirOwnBalanceInvoicesAndLedger()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();

        var account = await ReadAsync<JsonElement>(await rep.GetAsync($"/api/v1/coops/{own}/dues"));
        var invoices = await ReadAsync<JsonElement>(await rep.GetAsync($"/api/v1/coops/{own}/invoices"));
        var ledger = await ReadAsync<JsonElement>(await rep.GetAsync($"/api/v1/coops/{own}/ledger"));

        Assert.That(account.GetProperty("balance").GetDecimal(), Is.GreaterThan(0));
        Assert.That(account.GetProperty("summary").GetString(), Does.StartWith("Pioneer Valley Bread owes $"));
        Assert.That(invoices.GetArrayLength(), Is.GreaterThanOrEqualTo(3), "three demo months (and any run another test started)");
        Assert.That(ledger.GetProperty("balance").GetDecimal(), Is.EqualTo(account.GetProperty("balance").GetDecimal()));
        var invoice = await ReadAsync<JsonElement>(await rep.GetAsync($"/api/v1/invoices/{invoices[0].GetProperty("id").GetInt32()}"));
        Assert.That(invoice.GetProperty("lines")[0].GetProperty("description").GetString(), Does.Contain("0.15 % of $412,000 reported wages"));
    }

    [Test]
    public async Task ARepAskingForAnotherCoopsDuesGets404AndCannotRecordPayments()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var other = await App.WithDbAsync(db => db.Invoices.Where(i => i.CooperativeId != own).Select(i => new { i.Id, i.CooperativeId }).FirstAsync());

        Assert.That((await rep.GetAsync($"/api/v1/coops/{other.CooperativeId}/invoices")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.GetAsync($"/api/v1/coops/{other.CooperativeId}/ledger")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await rep.GetAsync($"/api/v1/invoices/{other.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var pay = await rep.PostAsJsonAsync($"/api/v1/invoices/{other.Id}/payments", new { amount = 10m, method = "Check" });
        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await rep.PostAsJsonAsync("/api/v1/dues/runs", new { period = "2030-01" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task StaffStartARunTwiceAndGetTheSameRunWithOneInvoicePerCoop()
    {
        var staff = await StaffAsync();
        var period = await NextPeriodAsync();

        var preview = await ReadAsync<JsonElement>(await staff.GetAsync($"/api/v1/dues/runs/preview?period={period}"));
        var first = await staff.PostAsJsonAsync("/api/v1/dues/runs", new { period });
        var second = await staff.PostAsJsonAsync("/api/v1/dues/runs", new { period });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var a = await ReadAsync<JsonElement>(first);
        var b = await ReadAsync<JsonElement>(second);
        Assert.That(b.GetProperty("id").GetInt32(), Is.EqualTo(a.GetProperty("id").GetInt32()));
        Assert.That(a.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(a.GetProperty("created").GetInt32(), Is.EqualTo(preview.GetProperty("toInvoice").GetInt32()));
        var got = await ReadAsync<JsonElement>(await staff.GetAsync($"/api/v1/dues/runs/{a.GetProperty("id").GetInt32()}"));
        Assert.That(got.GetProperty("periodKey").GetString(), Is.EqualTo(period));
        var counts = await App.WithDbAsync(db => db.Invoices.Where(i => i.PeriodKey == period).GroupBy(i => i.CooperativeId).Select(g => g.Count()).ToListAsync());
        Assert.That(counts, Has.All.EqualTo(1));
        Assert.That(counts, Has.Count.EqualTo(preview.GetProperty("toInvoice").GetInt32()));
    }

    [Test]
    public async Task ABadPeriodIsAFieldErrorAndAPaymentIsRecordedWithItsInvoiceStatus()
    {
        var staff = await StaffAsync();

        var bad = await staff.PostAsJsonAsync("/api/v1/dues/runs", new { period = "January" });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        // The newest dues invoice (not a campaign share the demo billed weeks ago, which is already overdue).
        var open = await App.WithDbAsync(db => db.Invoices.Where(i => i.Total > 10 && i.Kind == Domain.Dues.InvoiceKind.Dues).OrderByDescending(i => i.Id).Select(i => new { i.Id, i.Total }).FirstAsync());
        var paid = await staff.PostAsJsonAsync($"/api/v1/invoices/{open.Id}/payments", new { amount = 5m, method = "Ach", reference = "ACH 1" });
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await ReadAsync<JsonElement>(paid);
        Assert.That(body.GetProperty("invoice").GetProperty("status").GetString(), Is.AnyOf("PartiallyPaid", "Paid"));
        var tooMuch = await staff.PostAsJsonAsync($"/api/v1/invoices/{open.Id}/payments", new { amount = -5m, method = "Ach" });
        Assert.That(tooMuch.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private async Task<string> NextPeriodAsync()
    {
        var latest = await App.WithDbAsync(db => db.InvoiceRuns.Select(r => r.PeriodKey).ToListAsync());
        return latest.Select(BillingPeriod.Parse).MaxBy(p => p.Start).Next().Key;
    }
}
