using System.Net;
using System.Text.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The statement says how to pay (issue 20, item 13): the alliance's payment details and contacts come from
/// configuration ("Alliance:Payments") and appear on the statement PDF and on the rep's "My dues", with links a phone
/// can call and write to; another configuration changes both; an incomplete one stops the app from starting.
/// </summary>
public sealed class AlliancePaymentDetailsTests : WebTest
{
    private static async Task<int> RepCoopIdAsync(AppFactory app) =>
        await app.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync());

    /// <summary>The text of the statement of one of the rep co-op's invoices that still owes money, as the rep downloads it.</summary>
    private static async Task<string> OwedStatementTextAsync(AppFactory app)
    {
        var coopId = await RepCoopIdAsync(app);
        var rep = await app.ClientForAsync(AppFactory.RepEmail);
        var invoices = JsonDocument.Parse(await rep.GetStringAsync($"/api/v1/coops/{coopId}/invoices")).RootElement.EnumerateArray().ToList();
        var owed = invoices.FirstOrDefault(i => i.GetProperty("status").GetString() != "Void" && i.GetProperty("outstanding").GetDecimal() > 0);
        Assert.That(owed.ValueKind, Is.EqualTo(JsonValueKind.Object), "the demo rep's co-op owes on an invoice");
        var pdf = await rep.GetAsync($"/api/v1/invoices/{owed.GetProperty("id").GetInt32()}/pdf");
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        // Words joined by single spaces, whatever line a long detail wrapped onto.
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Test]
    public async Task TheStatementPrintsTheConfiguredAddressAccountAndContacts()
    {
        var text = await OwedStatementTextAsync(App);

        Assert.That(text, Does.Contain("How to pay"));
        Assert.That(text, Does.Contain("Payable to Valley Alliance of Worker Co-operatives"));
        Assert.That(text, Does.Contain("85 Main Street, Suite 2, Northampton, MA 01060"));
        Assert.That(text, Does.Contain("routing number 211871691"));
        Assert.That(text, Does.Contain("dues@valley-alliance.coop").And.Contain("(413) 555-0142"));
        Assert.That(text, Does.Contain("https://pay.valley-alliance.coop/dues"));
        Assert.That(text, Does.Not.Contain("ask the office"), "the details are printed, not promised");
    }

    [Test]
    public async Task MyDuesShowsHowToPayWithMailtoAndTelLinks()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var html = WebUtility.HtmlDecode(await rep.GetStringAsync("/MyCoop/Dues"));

        Assert.That(html, Does.Contain("How to pay"));
        Assert.That(html, Does.Contain("85 Main Street, Suite 2, Northampton, MA 01060"));
        Assert.That(html, Does.Contain("href=\"mailto:dues@valley-alliance.coop\""));
        Assert.That(html, Does.Contain("href=\"tel:4135550142\""));
        Assert.That(html, Does.Contain("href=\"https://pay.valley-alliance.coop/dues\""));
    }

    [Test]
    public async Task AnotherAllianceConfigurationChangesTheStatementAndMyDues()
    {
        using var other = new AppFactory(settings: new Dictionary<string, string>
        {
            ["Alliance:Payments:PayableTo"] = "Green Mountain Co-op Fund",
            ["Alliance:Payments:MailingAddress"] = "PO Box 77, Brattleboro, VT 05302",
            ["Alliance:Payments:Phone"] = "+1 802 555 0110",
            ["Alliance:Payments:Email"] = "treasurer@green-mountain.example",
            ["Alliance:Payments:AchBankName"] = "",
            ["Alliance:Payments:AchAccountName"] = "",
            ["Alliance:Payments:AchRoutingNumber"] = "",
            ["Alliance:Payments:AchAccountNumber"] = "",
            ["Alliance:Payments:OnlinePaymentUrl"] = "",
        });

        var text = await OwedStatementTextAsync(other);
        var html = WebUtility.HtmlDecode(await (await other.SignedInBrowserAsync(AppFactory.RepEmail)).GetStringAsync("/MyCoop/Dues"));

        Assert.That(text, Does.Contain("Payable to Green Mountain Co-op Fund, mailed to PO Box 77, Brattleboro, VT 05302"));
        Assert.That(text, Does.Contain("treasurer@green-mountain.example"));
        Assert.That(text, Does.Not.Contain("85 Main Street").And.Not.Contain("routing number").And.Not.Contain("pay.valley-alliance.coop"));
        Assert.That(html, Does.Contain("PO Box 77, Brattleboro, VT 05302"));
        Assert.That(html, Does.Contain("href=\"mailto:treasurer@green-mountain.example\"").And.Contain("href=\"tel:+18025550110\""));
        Assert.That(html, Does.Not.Contain("dues@valley-alliance.coop").And.Not.Contain("By bank transfer (ACH)"));
    }

    [Test]
    public void AnIncompleteConfigurationStopsTheAppFromStarting()
    {
        using var broken = new AppFactory(settings: new Dictionary<string, string>
        {
            ["Alliance:Payments:Email"] = "not an address",
            ["Alliance:Payments:AchRoutingNumber"] = "12",
        });

        var error = Assert.Catch(() => broken.CreateClient());

        Assert.That(error?.ToString(), Does.Contain("Alliance:Payments:Email").And.Contain("AchRoutingNumber"));
    }
}
