using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Web.Tests.Support;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests;

/// <summary>The impact report over HTTP: the flat JSON, the PDFs, the chart CSV and the public page's suppression.</summary>
public sealed partial class ImpactReportWebTests : WebTest
{
    private int LastYear => App.Today.Year - 1;

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Test]
    public async Task StaffGetTheYearsFiguresAsOneFlatObjectAndThePdfPrintsThem()
    {
        var staff = await StaffAsync();
        var figures = await JsonAsync(await staff.GetAsync($"/api/v1/reports/impact/{LastYear}"));

        foreach (var name in new[] { "memberCoops", "workerOwners", "workers", "jobsCreated", "assistanceHours", "mentoringSessions", "loansDisbursed", "interCoopTies" })
        {
            Assert.That(figures.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.Number), name);
        }

        Assert.That(figures.EnumerateObject().All(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)), "flat");

        var text = await PdfTextAsync(await staff.GetAsync($"/api/v1/reports/impact/{LastYear}/pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain($"Impact report {LastYear}"));
            Assert.That(text, Does.Contain($"{figures.GetProperty("memberCoops").GetInt32():#,##0} member co-ops"));
            Assert.That(text, Does.Contain("Worker-owners and all workers at member co-ops"));
        });

        var csv = await staff.GetAsync($"/api/v1/reports/impact/{LastYear}/charts/members.csv");
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(rows[^1], Is.EqualTo($"{LastYear},{figures.GetProperty("memberCoops").GetInt32()}"));

        Assert.That((await (await RepAsync()).GetAsync($"/api/v1/reports/impact/{LastYear}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task TheBoardReportPdfNamesItsMonth()
    {
        var month = App.Today.AddMonths(-1);
        var text = await PdfTextAsync(await (await StaffAsync()).GetAsync($"/api/v1/reports/board/{month:yyyy-MM}/pdf"));

        Assert.That(text, Does.Contain($"Board report, {month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"));
        Assert.That(text, Does.Contain("Loan fund"));
    }

    [Test]
    public async Task ThePublicPageShowsLastYearsFiguresWithCountsBelowFiveSuppressed()
    {
        var figures = await JsonAsync(await (await StaffAsync()).GetAsync($"/api/v1/reports/impact/{LastYear}"));

        var html = await App.CreateClient().GetStringAsync("/impact");

        var shown = CardValue().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value.Trim()));
        Assert.That(shown.Keys, Is.SupersetOf(new[] { "memberCoops", "workers", "jobsCreated" }));
        foreach (var (name, value) in shown)
        {
            var count = (int)Math.Round(figures.GetProperty(name).GetDecimal(), MidpointRounding.AwayFromZero);
            Assert.That(value, Is.EqualTo(count < 5 ? "fewer than 5" : count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))), name);
        }
    }

    [GeneratedRegex("""data-figure="(\w+)">\s*<div class="card-body">\s*<p class="display-6 mb-1" data-value>([^<]*)</p>""")]
    private static partial Regex CardValue();
}
