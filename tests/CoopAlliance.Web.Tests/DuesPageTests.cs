using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// The staff dues pages and "My dues" as a browser uses them: a credit note is confirmed before it is issued, a
/// payment without its date loses nothing typed, the invoices list searches in any case and sorts by its columns,
/// and a rep reaches only their own co-op's statements.
/// </summary>
public sealed partial class DuesPageTests : WebTest
{
    /// <summary>An open invoice of a co-op other than the demo rep's (each test takes its own co-op).</summary>
    private Task<(int Id, int CoopId)> OpenInvoiceAsync(int skip) => App.WithDbAsync(async db =>
    {
        var rep = await db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id).SingleAsync();
        var coopId = await db.Invoices.Where(i => i.CooperativeId != rep && i.VoidedOn == null).Select(i => i.CooperativeId).Distinct()
            .OrderBy(id => id).Skip(skip).FirstAsync();
        var id = await db.Invoices.Where(i => i.CooperativeId == coopId && i.VoidedOn == null).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
        return (id, coopId);
    });

    private static async Task<HttpResponseMessage> PostInvoiceFormAsync(HttpClient staff, int invoiceId, string handler, Dictionary<string, string> fields)
    {
        var token = await Forms.TokenAsync(staff, $"/Dues/Invoice/{invoiceId}");
        return await staff.PostAsync($"/Dues/Invoice/{invoiceId}?handler={handler}",
            new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [Forms.TokenField] = token }));
    }

    [Test]
    public async Task ACreditNoteIsIssuedOnlyAfterStaffConfirmIt()
    {
        var (invoiceId, coopId) = await OpenInvoiceAsync(0);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var credits = () => App.WithDbAsync(db => db.DuesCredits.Where(c => c.CooperativeId == coopId).Select(c => c.Amount).ToListAsync());
        var before = await credits();

        var unreasoned = await PostInvoiceFormAsync(staff, invoiceId, "Credit", new() { ["Credit.Amount"] = "12.50", ["Credit.Reason"] = "" });
        var unreasonedHtml = await unreasoned.Content.ReadAsStringAsync();
        var asked = await PostInvoiceFormAsync(staff, invoiceId, "Credit", new() { ["Credit.Amount"] = "12.50", ["Credit.Reason"] = "Board discount" });
        var askedHtml = await asked.Content.ReadAsStringAsync();
        var afterAsking = await credits();

        Assert.That(unreasoned.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(unreasonedHtml, Does.Contain("data-valmsg-for=\"Credit.Reason\"").And.Not.Contain("Yes, issue the credit note"));
        Assert.That(FieldMessage(unreasonedHtml, "Credit.Reason"), Is.Not.Empty, "the missing reason is said beside its field");
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(askedHtml, Does.Contain("Credit $12.50 to").And.Contain("cannot be undone").And.Contain("Yes, issue the credit note"));
        Assert.That(askedHtml, Does.Contain("value=\"Board discount\""), "what was typed is still there to confirm");
        Assert.That(afterAsking, Is.EqualTo(before), "nothing is credited before the confirmation");

        var confirmed = await PostInvoiceFormAsync(staff, invoiceId, "Credit",
            new() { ["Credit.Amount"] = "12.50", ["Credit.Reason"] = "Board discount", ["Credit.Confirmed"] = "true" });

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await credits(), Is.EquivalentTo(before.Append(12.50m)));
        var page = await (await staff.GetAsync(confirmed.Headers.Location)).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("Credit note of $12.50 issued."));
    }

    [Test]
    public async Task APaymentWithoutTheDayReceivedIsRefusedAndKeepsWhatWasTypedAndAnOverpaymentIsSaidToBeCredit()
    {
        var (invoiceId, coopId) = await OpenInvoiceAsync(1);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var payments = () => App.WithDbAsync(db => db.Payments.CountAsync(p => p.CooperativeId == coopId));
        var before = await payments();

        var response = await PostInvoiceFormAsync(staff, invoiceId, "Pay", new()
        {
            ["Pay.Amount"] = "25.00",
            ["Pay.ReceivedOn"] = "",
            ["Pay.Method"] = "Check",
            ["Pay.Reference"] = "Check 2231",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(FieldMessage(html, "Pay.ReceivedOn"), Is.EqualTo("Enter the day the payment was received."));
        Assert.That(html, Does.Contain("value=\"Check 2231\"").And.Contain("value=\"25.00\""));
        Assert.That(await payments(), Is.EqualTo(before));

        var owed = await JsonAsync(await (await StaffAsync()).GetAsync($"/api/v1/coops/{coopId}/dues"));
        var balance = owed.GetProperty("balance").GetDecimal();
        var over = Math.Max(0, balance) + 10m;
        var paid = await PostInvoiceFormAsync(staff, invoiceId, "Pay", new()
        {
            ["Pay.Amount"] = over.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Pay.ReceivedOn"] = App.Today.ToString("yyyy-MM-dd"),
            ["Pay.Method"] = "Ach",
        });
        var flashed = await staff.GetStringAsync(paid.Headers.Location);

        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await payments(), Is.EqualTo(before + 1));
        Assert.That(WebUtility.HtmlDecode(flashed), Does.Contain($"now has {Domain.Dues.Money.Format(over - balance)} in credit, which goes towards its next invoice."));
    }

    [Test]
    public async Task LaborCreditsAndHardshipsAreConfirmedFirstAndAnUndatedHardshipIsRefusedBesideItsFields()
    {
        var (_, coopId) = await OpenInvoiceAsync(3);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var path = $"/Dues/Coop/{coopId}";
        var labor = () => App.WithDbAsync(db => db.DuesCredits.CountAsync(c => c.CooperativeId == coopId && c.Reason.Contains("Board minutes")));
        var hardships = () => App.WithDbAsync(db => db.HardshipReductions.CountAsync(h => h.CooperativeId == coopId));
        var hardshipsBefore = await hardships();
        var today = App.Today.ToString("yyyy-MM-dd");
        var fields = new Dictionary<string, string> { ["Labor.Hours"] = "4", ["Labor.On"] = today, ["Labor.Description"] = "Board minutes" };

        var asked = await Forms.PostAsync(staff, path + "?handler=Labor", fields);
        var askedHtml = await asked.Content.ReadAsStringAsync();
        var afterAsking = await labor();
        var confirmed = await Forms.PostAsync(staff, path + "?handler=Labor", new(fields) { ["Labor.Confirmed"] = "true" });
        var undated = await Forms.PostAsync(staff, path + "?handler=Hardship", new()
        {
            ["Hardship.Kind"] = "Percentage",
            ["Hardship.Value"] = "50",
            ["Hardship.From"] = "",
            ["Hardship.To"] = "",
            ["Hardship.Reason"] = "Flooded kitchen",
        });
        var undatedHtml = await undated.Content.ReadAsStringAsync();

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(askedHtml, Does.Contain("Credit 4 hours of labor to").And.Contain("cannot be undone").And.Contain("Yes, record the labor credit"));
        Assert.That(afterAsking, Is.Zero, "nothing is credited before the confirmation");
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await labor(), Is.EqualTo(1));
        Assert.That(undated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(FieldMessage(undatedHtml, "Hardship.From"), Is.EqualTo("Enter the first day the reduction covers."));
        Assert.That(FieldMessage(undatedHtml, "Hardship.To"), Is.EqualTo("Enter the last day the reduction covers."));
        Assert.That(undatedHtml, Does.Contain("value=\"Flooded kitchen\""));
        Assert.That(await hardships(), Is.EqualTo(hardshipsBefore));

        var dated = new Dictionary<string, string>
        {
            ["Hardship.Kind"] = "Percentage",
            ["Hardship.Value"] = "50",
            ["Hardship.From"] = "2030-01-01",
            ["Hardship.To"] = "2030-06-30",
            ["Hardship.Reason"] = "Flooded kitchen",
        };
        var askedHardship = await (await Forms.PostAsync(staff, path + "?handler=Hardship", dated)).Content.ReadAsStringAsync();
        var notYet = await hardships();
        var approved = await Forms.PostAsync(staff, path + "?handler=Hardship", new(dated) { ["Hardship.Confirmed"] = "true" });

        Assert.That(WebUtility.HtmlDecode(askedHardship), Does.Contain("Approve 50 % off each invoice of").And.Contain("Jan 1, 2030 – Jun 30, 2030")
            .And.Contain("cannot be withdrawn"));
        Assert.That(notYet, Is.EqualTo(hardshipsBefore), "nothing is approved before the confirmation");
        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await hardships(), Is.EqualTo(hardshipsBefore + 1));
    }

    [Test]
    public async Task TheInvoicesListFindsACoopInAnyCaseAndSortsByItsColumns()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var found = await staff.GetStringAsync("/Dues/Invoices?q=PIONEER+valley");
        var byOutstanding = await staff.GetStringAsync("/Dues/Invoices?sort=Outstanding");
        var byOutstandingAscending = await staff.GetStringAsync("/Dues/Invoices?sort=Outstanding&desc=false");
        var byCoop = await staff.GetStringAsync("/Dues/Invoices?sort=Coop");

        Assert.That(found, Does.Contain("Pioneer Valley Bread"));
        var owed = Column(byOutstanding, 5).Select(Dollars).ToList();
        Assert.That(owed, Has.Count.GreaterThan(1));
        Assert.That(owed, Is.Ordered.Descending, "the largest amounts outstanding first");
        Assert.That(Column(byOutstandingAscending, 5).Select(Dollars), Is.Ordered.Ascending);
        Assert.That(Column(byCoop, 1), Is.Ordered.Using<string>(StringComparer.OrdinalIgnoreCase));
        Assert.That(byOutstanding, Does.Match("aria-sort=\"descending\"><a class=\"sort-link\" href=\"[^\"]*sort=Outstanding&amp;desc=false\">Outstanding"),
            "the header says how the list is sorted, and clicking it again flips the direction");
        Assert.That(byOutstanding, Does.Contain("name=\"sort\" value=\"Outstanding\""), "a new search keeps the sort");
    }

    [Test]
    public async Task TheStaffHomeCountsInvoicesOverduePastTheGracePeriodAndLinksToThem()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var api = await StaffAsync();

        var home = await staff.GetStringAsync("/Staff");
        var dashboard = await JsonAsync(await api.GetAsync("/api/v1/dashboard"));
        var list = await staff.GetStringAsync("/Dues/Invoices?pastGrace=true&sort=DaysOverdue");
        var all = await JsonAsync(await api.GetAsync("/api/v1/invoices?pageSize=200"));

        var count = dashboard.GetProperty("invoicesPastGrace").GetInt32();
        var expected = all.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("daysOverdue").GetInt32() > 60);
        Assert.That(count, Is.EqualTo(expected), "the demo data's invoices more than 60 days overdue");
        Assert.That(home, Does.Contain("href=\"/Dues/Invoices?pastGrace=true&amp;sort=DaysOverdue\"").And.Contain("overdue past the grace period"));
        var days = count == 0 ? [] : Column(list, 6).Select(status => int.Parse(Regex.Match(status, @"(\d+) days").Groups[1].Value)).ToList();
        Assert.That(days, Has.Count.EqualTo(Math.Min(count, 25)));
        Assert.That(days, Has.All.GreaterThan(60));
        Assert.That(days, Is.Ordered.Descending);
    }

    [Test]
    public async Task TheInvoicesApiListsFiltersAndExportsForStaffOnly()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();

        var list = await JsonAsync(await staff.GetAsync("/api/v1/invoices?q=pioneer&sort=Due&pageSize=5"));
        var csv = await staff.GetAsync("/api/v1/invoices/export.csv?q=pioneer");
        var badSort = await ProblemAsync(await staff.GetAsync("/api/v1/invoices?sort=Shoe+size"), HttpStatusCode.BadRequest);

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items, Is.Not.Empty);
        Assert.That(items.Select(i => i.GetProperty("coopName").GetString()), Has.All.Contain("Pioneer Valley Bread"));
        Assert.That(items.Select(i => i.GetProperty("dueOn").GetString()), Is.Ordered.Descending);
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.StartWith("Invoice,Co-op,").And.Contain("Pioneer Valley Bread"));
        Assert.That(FieldErrors(badSort, "sort"), Is.Not.Empty);
        var invoiceId = items[0].GetProperty("id").GetInt32();
        var tomorrow = App.Today.AddDays(1).ToString("yyyy-MM-dd");
        var future = await ProblemAsync(await staff.PostAsJsonAsync($"/api/v1/invoices/{invoiceId}/payments",
            new { amount = 5m, method = "Check", receivedOn = tomorrow }), HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(future, "receivedOn"), Is.EqualTo(new[] { "The day received cannot be in the future." }));
        Assert.That((await rep.GetAsync("/api/v1/invoices")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ARepSeesWhatTheyOweOnTheirHomeAndDownloadsTheirOwnStatementsButAnotherCoopsIsNotFound()
    {
        var (otherInvoice, _) = await OpenInvoiceAsync(2);
        var own = await App.WithDbAsync(db => db.Invoices.Where(i => db.Cooperatives.Any(c => c.Id == i.CooperativeId && c.LegalName == DemoData.RepCoop)).Select(i => i.Id).FirstAsync());
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var home = await rep.GetStringAsync("/MyCoop");
        var mine = await rep.GetAsync($"/MyCoop/Dues?handler=Statement&invoiceId={own}");
        var theirs = await rep.GetAsync($"/MyCoop/Dues?handler=Statement&invoiceId={otherInvoice}");
        var staffPage = await rep.GetAsync($"/Dues/Invoice/{otherInvoice}?handler=Pdf");

        Assert.That(home, Does.Contain("Your co-op owes $").And.Contain("Download the statement for"), "what is owed, first thing on the rep's home");
        var statement = Regex.Match(home, "href=\"/MyCoop/Dues\\?[^\"]*invoiceId=(?<id>\\d+)[^\"]*\"");
        Assert.That(statement.Success, Is.True, "the rep's home links the statement of what is due next");
        var next = await rep.GetAsync($"/MyCoop/Dues?handler=Statement&invoiceId={statement.Groups["id"].Value}");
        Assert.That(next.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(mine.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(staffPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(staffPage.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
    }

    [Test]
    public async Task TheLedgerDownloadsAsCsvForStaffAndTheCoopsOwnRepOnly()
    {
        var (_, other) = await OpenInvoiceAsync(4);
        var own = await CoopIdAsync(DemoData.RepCoop);
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var repBrowser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var rep = await RepAsync();
        var ledger = await JsonAsync(await (await StaffAsync()).GetAsync($"/api/v1/coops/{other}/ledger"));

        var fromPage = await staff.GetAsync($"/Dues/Coop/{other}?handler=Ledger");
        var csv = await fromPage.Content.ReadAsStringAsync();
        var repOwn = await repBrowser.GetAsync("/MyCoop/Dues?handler=Ledger");
        var repApiOwn = await rep.GetAsync($"/api/v1/coops/{own}/ledger.csv");
        var repApiOther = await rep.GetAsync($"/api/v1/coops/{other}/ledger.csv");

        Assert.That(fromPage.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("Date,Kind,What,Amount,Balance,Invoice,Payment,Credit"));
        var entries = ledger.GetProperty("entries");
        Assert.That(lines, Has.Length.EqualTo(entries.GetArrayLength() + 1));
        Assert.That(decimal.Parse(lines[^1].Split(',')[^4], System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(ledger.GetProperty("balance").GetDecimal()), "the last running balance is the balance");
        Assert.That(repOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await repOwn.Content.ReadAsStringAsync(), Does.Contain("Payment by"));
        Assert.That(repApiOwn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(repApiOther.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>The text of the inline message beside a field ("" when there is none).</summary>
    private static string FieldMessage(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(?<text>[^<]*)</span>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : "";
    }

    /// <summary>The cells of one column (0-based) of the list's rows, as text.</summary>
    private static List<string> Column(string html, int index)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return Row().Matches(body).Select(r => Cell().Matches(r.Value)[index].Groups["text"].Value)
            .Select(text => WebUtility.HtmlDecode(Tag().Replace(text, "")).Trim()).ToList();
    }

    private static decimal Dollars(string text) => decimal.Parse(text.Replace("$", "").Replace(",", "").Replace("−", "-"),
        System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(?<text>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
