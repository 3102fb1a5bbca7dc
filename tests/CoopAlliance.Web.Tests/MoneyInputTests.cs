using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Money as people type it (issue 20, item 3): "$25.75", "1,200.00" and " 1200 " are read as amounts, garbage gets one
/// message in plain words beside the field and records nothing, and recording a payment starts from what is owed —
/// reached from the co-op's page and its ledger.
/// </summary>
public sealed class MoneyInputTests : WebTest
{
    private HttpClient? _api;

    /// <summary>A co-op other than the demo rep's that owes money on an invoice (each test takes its own).</summary>
    private async Task<int> CoopWithAnOpenInvoiceAsync(int skip)
    {
        var candidates = await App.WithDbAsync(async db =>
        {
            var rep = await db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync();
            return await db.Invoices.Where(i => i.CooperativeId != rep && i.VoidedOn == null).Select(i => i.CooperativeId).Distinct()
                .OrderBy(id => id).ToListAsync();
        });
        foreach (var coopId in candidates)
        {
            if ((await OpenInvoicesAsync(coopId)).Count > 0 && skip-- == 0)
            {
                return coopId;
            }
        }

        throw new InvalidOperationException("The demo data has too few co-ops that owe money.");
    }

    private Task<List<decimal>> PaymentsAsync(int coopId) =>
        App.WithDbAsync(db => db.Payments.Where(p => p.CooperativeId == coopId).OrderBy(p => p.Id).Select(p => p.Amount).ToListAsync());

    /// <summary>The co-op's open invoices as the API reports them, oldest due first.</summary>
    private async Task<List<(int Id, decimal Outstanding)>> OpenInvoicesAsync(int coopId)
    {
        _api ??= await StaffAsync(); // one sign-in: the sign-in endpoint is rate limited
        var json = JsonDocument.Parse(await _api.GetStringAsync($"/api/v1/coops/{coopId}/invoices")).RootElement;
        return json.EnumerateArray()
            .Where(i => i.GetProperty("status").GetString() != "Void" && i.GetProperty("outstanding").GetDecimal() > 0)
            .OrderBy(i => i.GetProperty("dueOn").GetString()).ThenBy(i => i.GetProperty("id").GetInt32())
            .Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("outstanding").GetDecimal()))
            .ToList();
    }

    private Dictionary<string, string> Payment(int invoiceId, string amount, string? reference = null) => new()
    {
        ["Pay.InvoiceId"] = invoiceId.ToString(CultureInfo.InvariantCulture),
        ["Pay.Amount"] = amount,
        ["Pay.ReceivedOn"] = App.Today.ToString("yyyy-MM-dd"),
        ["Pay.Method"] = "Check",
        ["Pay.Reference"] = reference ?? "",
    };

    [TestCase("$25.75", 25.75)]
    [TestCase("1,200.00", 1200.00)]
    [TestCase(" 1200 ", 1200)]
    [TestCase("$ 1,200.5", 1200.50)]
    public async Task AnAmountTypedTheWayPeopleWriteItIsRecorded(string typed, decimal expected)
    {
        var coopId = await CoopWithAnOpenInvoiceAsync(0);
        var invoiceId = (await OpenInvoicesAsync(coopId))[0].Id;
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await PaymentsAsync(coopId);

        var response = await Forms.PostAsync(staff, $"/Dues/Pay/{coopId}", Payment(invoiceId, typed));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(await PaymentsAsync(coopId), Is.EqualTo(before.Append(expected)));
    }

    [Test]
    public async Task TheInvoicePageReadsADollarSignAndThousandsToo()
    {
        var coopId = await CoopWithAnOpenInvoiceAsync(1);
        var invoiceId = (await OpenInvoicesAsync(coopId))[0].Id;
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await PaymentsAsync(coopId);

        var response = await Forms.PostAsync(staff, $"/Dues/Invoice/{invoiceId}?handler=Pay", new()
        {
            ["Pay.Amount"] = "$1,025.75",
            ["Pay.ReceivedOn"] = App.Today.ToString("yyyy-MM-dd"),
            ["Pay.Method"] = "Check",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(await PaymentsAsync(coopId), Is.EqualTo(before.Append(1025.75m)));
    }

    [Test]
    public async Task WordsInsteadOfAnAmountAreRefusedBesideTheFieldAndChangeNothing()
    {
        var coopId = await CoopWithAnOpenInvoiceAsync(2);
        var invoiceId = (await OpenInvoicesAsync(coopId))[0].Id;
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await PaymentsAsync(coopId);

        var fromCoop = await Forms.PostAsync(staff, $"/Dues/Pay/{coopId}", Payment(invoiceId, "twelve", "Check 881"));
        var coopHtml = await fromCoop.Content.ReadAsStringAsync();
        var fromInvoice = await Forms.PostAsync(staff, $"/Dues/Invoice/{invoiceId}?handler=Pay", new()
        {
            ["Pay.Amount"] = "twelve",
            ["Pay.ReceivedOn"] = App.Today.ToString("yyyy-MM-dd"),
            ["Pay.Method"] = "Check",
        });
        var invoiceHtml = await fromInvoice.Content.ReadAsStringAsync();

        Assert.That(fromCoop.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(FieldMessage(coopHtml, "Pay.Amount"), Is.EqualTo("Enter an amount like 1,200.00."));
        Assert.That(coopHtml, Does.Not.Contain("is not valid for"));
        Assert.That(coopHtml, Does.Contain("value=\"twelve\"").And.Contain("value=\"Check 881\""), "what was typed is still there to correct");
        Assert.That(fromInvoice.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(FieldMessage(invoiceHtml, "Pay.Amount"), Is.EqualTo("Enter an amount like 1,200.00."));
        Assert.That(await PaymentsAsync(coopId), Is.EqualTo(before), "nothing is recorded");
    }

    [Test]
    public async Task RecordingAPaymentStartsFromTheOldestOpenInvoiceAndWhatItOwes()
    {
        var coopId = await CoopWithAnOpenInvoiceAsync(3);
        var open = await OpenInvoicesAsync(coopId);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var form = await staff.GetStringAsync($"/Dues/Pay/{coopId}");
        var invoicePage = await staff.GetStringAsync($"/Dues/Invoice/{open[0].Id}");

        var owed = open[0].Outstanding.ToString("0.00", CultureInfo.InvariantCulture);
        Assert.That(Regex.Match(form, "<option[^>]*selected[^>]*>").Value, Does.Contain($"value=\"{open[0].Id}\""), "the oldest open invoice is chosen");
        Assert.That(InputValue(form, "Pay.Amount"), Is.EqualTo(owed));
        Assert.That(form, Does.Match("<input[^>]*inputmode=\"decimal\"[^>]*name=\"Pay.Amount\"|<input[^>]*name=\"Pay.Amount\"[^>]*inputmode=\"decimal\""));
        Assert.That(form, Does.Match("<input[^>]*type=\"text\"[^>]*id=\"Pay_Amount\""));
        Assert.That(InputValue(invoicePage, "Pay.Amount"), Is.EqualTo(owed), "the invoice's own form is prefilled too");
    }

    [Test]
    public async Task TheCoopPageAndItsLedgerOfferRecordPayment()
    {
        var coopId = await CoopWithAnOpenInvoiceAsync(4);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var details = await staff.GetStringAsync($"/Coops/Details/{coopId}");
        var ledger = await staff.GetStringAsync($"/Dues/Coop/{coopId}");

        Assert.That(details, Does.Match($"<a[^>]*href=\"/Dues/Pay/{coopId}\"[^>]*>Record payment</a>"));
        Assert.That(ledger, Does.Match($"<a[^>]*href=\"/Dues/Pay/{coopId}\"[^>]*>Record payment</a>"));
    }

    private static string InputValue(string html, string name)
    {
        var input = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>").Value;
        var value = Regex.Match(input, "value=\"(?<v>[^\"]*)\"");
        return value.Success ? WebUtility.HtmlDecode(value.Groups["v"].Value) : "";
    }

    private static string FieldMessage(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<text>[^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : "";
    }
}
