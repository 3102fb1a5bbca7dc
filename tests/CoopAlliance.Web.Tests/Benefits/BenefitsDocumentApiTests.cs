using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>The benefits documents: the co-op's enrollment summary and the plan-year roster (PDF), the enrollment and census CSVs.</summary>
public sealed class BenefitsDocumentApiTests : WebTest
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    private static string PdfWords(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Test]
    public async Task ARepDownloadsTheirCoopsSummaryWithWorkersPlansAndAmountsAndGets404ForAnotherCoops()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var other = await App.WithDbAsync(db => db.CoopParticipations.Where(p => p.CooperativeId != own).Select(p => p.CooperativeId).FirstAsync());
        var benefits = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/elections"));
        var year = benefits.GetProperty("planYears").EnumerateArray()
            .First(y => y.GetProperty("workers").EnumerateArray().Any(w => w.GetProperty("status").GetString() == "Enrolled"));
        var enrolled = year.GetProperty("workers").EnumerateArray().Where(w => w.GetProperty("status").GetString() == "Enrolled").ToList();

        var response = await rep.GetAsync($"/api/v1/benefits/coops/{own}/summary.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var text = PdfWords(await response.Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("enrollment summary"));
        Assert.That(text, Does.Contain(year.GetProperty("planName").GetString()!.Split(' ')[0]));
        foreach (var worker in enrolled)
        {
            Assert.That(text, Does.Contain(worker.GetProperty("name").GetString()!.Split(' ').Last()));
            Assert.That(text, Does.Contain(worker.GetProperty("premium").GetDecimal().ToString("C", Us)));
        }

        Assert.That(text, Does.Contain(enrolled.Sum(w => w.GetProperty("coopShare").GetDecimal()).ToString("C", Us)), "the co-op's total share");
        Assert.That(text, Does.Not.Match(@"\b\d{3}-?\d{2}-?\d{4}\b"), "no taxpayer id in full");
        await ProblemAsync(await rep.GetAsync($"/api/v1/benefits/coops/{other}/summary.pdf"), HttpStatusCode.NotFound);
        var staff = await StaffAsync();
        Assert.That((await staff.GetAsync($"/api/v1/benefits/coops/{other}/summary.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var browser = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        Assert.That(await browser.GetStringAsync("/MyCoop/Benefits"), Does.Contain("handler=SummaryPdf"));
        var fromPage = await browser.GetAsync("/MyCoop/Benefits?handler=SummaryPdf");
        Assert.That(fromPage.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(PdfWords(await fromPage.Content.ReadAsByteArrayAsync()), Does.Contain("enrollment summary"));
    }

    [Test]
    public async Task ARepAsksForTheSummaryInSpanishAndReadsSpanishWordsDatesAndDollars()
    {
        var rep = await RepAsync();
        var own = await RepCoopIdAsync();
        var benefits = await JsonAsync(await rep.GetAsync($"/api/v1/benefits/coops/{own}/elections"));
        var premium = benefits.GetProperty("planYears").EnumerateArray().SelectMany(y => y.GetProperty("workers").EnumerateArray())
            .First(w => w.GetProperty("status").GetString() == "Enrolled").GetProperty("premium").GetDecimal();

        var response = await rep.GetAsync($"/api/v1/benefits/coops/{own}/summary.pdf?culture=es");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = PdfWords(await response.Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("inscripción").And.Contain("Prima").And.Contain("cooperativa"));
        Assert.That(text, Does.Not.Contain("enrollment summary").And.Not.Contain("Worker share"));
        Assert.That(text, Does.Match(@"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 20\d\d"),
            "dates as Spanish writes them");
        Assert.That(text, Does.Contain(premium.ToString("C", Us)), "US dollars stay US dollars");

        var english = PdfWords(await (await rep.GetAsync($"/api/v1/benefits/coops/{own}/summary.pdf?culture=en")).Content.ReadAsByteArrayAsync());
        Assert.That(english, Does.Contain("enrollment summary").And.Not.Contain("inscripción"));
    }

    [Test]
    public async Task StaffGetThePlanYearRosterWithEveryEnrolledWorkerAndRepsAreRefused()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var yearId = await App.WithDbAsync(db => db.Elections.Where(e => e.Choice == ElectionChoice.Enroll).Select(e => e.PlanYearId).FirstAsync());
        var names = await App.WithDbAsync(async db =>
        {
            var memberIds = await db.Elections.Where(e => e.PlanYearId == yearId && e.Choice == ElectionChoice.Enroll).Select(e => e.MemberId).Distinct().ToListAsync();
            return await db.BenefitMembers.Where(m => memberIds.Contains(m.Id)).Select(m => m.LastName).ToListAsync();
        });

        var response = await staff.GetAsync($"/api/v1/benefits/plan-years/{yearId}/roster.pdf");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var text = PdfWords(await response.Content.ReadAsByteArrayAsync());

        Assert.That(text, Does.Contain("Plan-year roster"));
        Assert.That(names.Count(n => text.Contains(n, StringComparison.Ordinal)), Is.GreaterThan(0));
        Assert.That(text, Does.Contain("enrolled"));
        await ProblemAsync(await rep.GetAsync($"/api/v1/benefits/plan-years/{yearId}/roster.pdf"), HttpStatusCode.Forbidden);
        await ProblemAsync(await staff.GetAsync("/api/v1/benefits/plan-years/999999/roster.pdf"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task StaffGetTheEnrollmentFileAsCsvWithMaskedIdsUnlessFullAndRepsAreRefused()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var carrierId = await App.WithDbAsync(db => db.Plans.Where(p => p.Kind != PlanKind.Retirement).Select(p => p.CarrierId).FirstAsync());
        var created = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/benefits/exports", new { carrierId, kind = "full" }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var members = created.GetProperty("members").GetInt32();

        var masked = await staff.GetAsync($"/api/v1/benefits/exports/{id}/file.csv");
        var full = await staff.GetAsync($"/api/v1/benefits/exports/{id}/file.csv?full=true");
        Assert.That(masked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(masked.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var lines = (await masked.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fullText = await full.Content.ReadAsStringAsync();

        Assert.That(lines[0], Does.StartWith("Subscriber id,Subscriber,Relationship,Maintenance"));
        Assert.That(lines, Has.Length.EqualTo(members + 1), "one row per member in the 834");
        Assert.That(string.Join("\n", lines), Does.Contain("•••• ").And.Not.Match(@",\d{9},"));
        Assert.That(fullText, Does.Match(@",\d{9},"), "full=true gives the ids in full");
        await ProblemAsync(await rep.GetAsync($"/api/v1/benefits/exports/{id}/file.csv"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task StaffGetThePlanYearCensusCountsWithoutNamesAndRepsAreRefused()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var yearId = await App.WithDbAsync(db => db.Elections.Where(e => e.Choice == ElectionChoice.Enroll).Select(e => e.PlanYearId).FirstAsync());
        var lastNames = await App.WithDbAsync(db => db.BenefitMembers.Select(m => m.LastName).Distinct().ToListAsync());

        var response = await staff.GetAsync($"/api/v1/benefits/plan-years/{yearId}/census.csv");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo("Co-op,State,Age band,Tier,Subscribers,Dependents,Total"));
        Assert.That(lines.Length, Is.GreaterThan(1));
        var subscribers = lines.Skip(1).Sum(l => int.Parse(l.TrimEnd('\r').Split(',')[^3], CultureInfo.InvariantCulture));
        Assert.That(subscribers, Is.GreaterThan(0));
        Assert.That(lastNames.Where(n => n.Length > 3).Any(n => lines.Any(l => l.Contains(n, StringComparison.Ordinal))), Is.False, "no names in a census");
        await ProblemAsync(await rep.GetAsync($"/api/v1/benefits/plan-years/{yearId}/census.csv"), HttpStatusCode.Forbidden);
    }
}
