using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Web.Tests.Localization;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Financing;

/// <summary>
/// The loan fund's pages (issue 15): a rep's Loans pages show their own co-op's applications and loans only, refuse an
/// invalid application inline without saving it, and read in Spanish; a developing co-op's rep reaches them too; the
/// committee's pipeline exports CSV and its pages open.
/// </summary>
public sealed class LoanPagesTests : WebTest
{
    private int _ownApplication, _ownLoan, _otherApplication, _otherLoan;

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(AppFactory.Json);
    }

    /// <summary>Takes an application through review, three committee votes for, the approval and the disbursement; returns the loan's id.</summary>
    private async Task<int> DisburseAsync(int applicationId, decimal principal)
    {
        var staff = await StaffAsync();
        await OkJsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{applicationId}/review",
            new { version = 0, done = new[] { "All" }, sendToCommittee = true }));
        foreach (var email in new[] { AppFactory.StaffEmail, "loanpages1@demo.test", "loanpages2@demo.test" })
        {
            var member = await App.ClientForAsync(email);
            await OkJsonAsync(await member.PostAsJsonAsync($"/api/v1/financing/applications/{applicationId}/votes", new { choice = "For", conflictOfInterest = false }));
        }

        var version = (await OkJsonAsync(await staff.GetAsync($"/api/v1/financing/applications/{applicationId}"))).GetProperty("version").GetInt32();
        await OkJsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{applicationId}/decide",
            new { version, terms = new { principal, annualRatePercent = 4m, amortizingMonths = 12, graceMonths = 0, interestOnlyMonths = 0, firstDueOn = App.Today.AddMonths(1) } }));
        return (await OkJsonAsync(await staff.PostAsJsonAsync($"/api/v1/financing/applications/{applicationId}/disburse", new { }))).GetProperty("id").GetInt32();
    }

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        await App.CreateLoginAsync("loanpages1@demo.test", "Staff");
        await App.CreateLoginAsync("loanpages2@demo.test", "Staff");
        var staff = await StaffAsync();
        var repCoop = await RepCoopIdAsync();
        var otherCoop = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName != DemoData.RepCoop).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await OkJsonAsync(await staff.PostAsJsonAsync("/api/v1/financing/contributions",
            new { kind = "Grant", source = "Loan Pages Foundation", amount = 100_000m, receivedOn = App.Today.AddDays(-10) }));

        _ownApplication = (await OkJsonAsync(await (await App.ClientForAsync(AppFactory.RepEmail)).PostAsJsonAsync("/api/v1/financing/applications",
            new { coopId = repCoop, amount = 6_000m, purpose = "A second oven for the bakery", termMonths = 12 }))).GetProperty("id").GetInt32();
        _otherApplication = (await OkJsonAsync(await staff.PostAsJsonAsync("/api/v1/financing/applications",
            new { coopId = otherCoop, amount = 8_000m, purpose = "Another co-op's secret purchase", termMonths = 12 }))).GetProperty("id").GetInt32();
        _ownLoan = await DisburseAsync(_ownApplication, 6_000m);
        _otherLoan = await DisburseAsync(_otherApplication, 8_000m);
    }

    [Test]
    public async Task ARepSeesTheirOwnLoansAndAnotherCoopsLoanIsNotThere()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var list = await (await rep.GetAsync("/MyCoop/Loans")).Content.ReadAsStringAsync();
        var own = await rep.GetAsync($"/MyCoop/Loans/Loan/{_ownLoan}");
        var statement = await rep.GetAsync($"/MyCoop/Loans/Loan/{_ownLoan}?handler=Statement");

        Assert.That(list, Does.Contain($"data-loan=\"{_ownLoan}\"").And.Contain("A second oven for the bakery")
            .And.Not.Contain($"data-loan=\"{_otherLoan}\"").And.Not.Contain("Another co-op&#x27;s secret purchase").And.Not.Contain("secret purchase"));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await own.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Repayment schedule").And.Contain("$6,000.00"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(html, "<tr class=").Count, Is.EqualTo(12), "One row per month of the schedule.");
        Assert.That(statement.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        foreach (var path in new[]
                 {
                     $"/MyCoop/Loans/Loan/{_otherLoan}", $"/MyCoop/Loans/Loan/{_otherLoan}?handler=Statement", $"/MyCoop/Loans/Application/{_otherApplication}",
                 })
        {
            Assert.That((await rep.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), path);
        }
    }

    [Test]
    public async Task AnInvalidApplicationShowsItsErrorsBesideTheFieldsAndSavesNothing()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var before = await App.WithDbAsync(db => db.LoanApplications.CountAsync());

        var response = await Forms.PostAsync(rep, "/MyCoop/Loans/Apply", new()
        {
            ["Input.Amount"] = "0",
            ["Input.Purpose"] = "",
            ["Input.TermMonths"] = "999",
        });
        var typo = await Forms.PostAsync(rep, "/MyCoop/Loans/Apply", new()
        {
            ["Input.Amount"] = "twelve thousand",
            ["Input.Purpose"] = "",
            ["Input.TermMonths"] = "12",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Ask for an amount above $0.00.").And.Contain("Say what the loan is for.").And.Contain("A loan is repaid over 1 to 360 months."));
        Assert.That(html, Does.Contain("data-valmsg-for=\"Input.Purpose\""), "The message sits beside its field.");
        var typoHtml = await typo.Content.ReadAsStringAsync();
        Assert.That(typoHtml, Does.Contain("Write the amount in dollars and cents").And.Contain("Say what the loan is for."), "Every problem at once.");
        Assert.That(await App.WithDbAsync(db => db.LoanApplications.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task ARepsApplicationIsSavedAndOpensOnItsPage()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var response = await Forms.PostAsync(rep, "/MyCoop/Loans/Apply", new()
        {
            ["Input.Amount"] = "2500.50",
            ["Input.Purpose"] = "Shelving for the dry store",
            ["Input.TermMonths"] = "18",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var saved = await App.WithDbAsync(db => db.LoanApplications.Where(a => a.Purpose == "Shelving for the dry store").Select(a => new { a.Id, a.Amount, a.TermMonths }).SingleAsync());
        Assert.That(saved.Amount, Is.EqualTo(2500.50m));
        Assert.That(response.Headers.Location?.ToString(), Does.EndWith($"/MyCoop/Loans/Application/{saved.Id}"));
    }

    [Test]
    public async Task ADevelopingCoopsRepReachesTheLoanPages()
    {
        var rep = await App.SignedInBrowserAsync(DemoData.StartupRepEmail);

        var list = await rep.GetAsync("/MyCoop/Loans");
        var apply = await rep.GetAsync("/MyCoop/Loans/Apply");
        var other = await rep.GetAsync($"/MyCoop/Loans/Loan/{_ownLoan}");

        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Not sent away to the developing co-op's page.");
        Assert.That(apply.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "A member co-op's loan is not a developing co-op's.");
    }

    [Test]
    public async Task TheRepReadsTheLoanPagesInSpanish()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var list = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Loans");
        var apply = await SpanishText.ReadInSpanishAsync(rep, "/MyCoop/Loans/Apply");
        var loan = await SpanishText.ReadInSpanishAsync(rep, $"/MyCoop/Loans/Loan/{_ownLoan}");
        var application = await SpanishText.ReadInSpanishAsync(rep, $"/MyCoop/Loans/Application/{_ownApplication}");

        Assert.That(list, Does.Contain("Préstamos del fondo solidario").And.Contain("Nuestras solicitudes").And.Contain("En pago"));
        Assert.That(apply, Does.Contain("Solicitar un préstamo").And.Contain("Monto que solicita, en dólares").And.Contain("Enviar la solicitud"));
        Assert.That(loan, Does.Contain("Calendario de pagos").And.Contain("Descargar el estado de cuenta del préstamo (PDF)"));
        Assert.That(application, Does.Contain("El préstamo está desembolsado."));
    }

    [Test]
    public async Task TheCommitteesPipelineExportsCsvAndItsPagesOpen()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        var csv = await staff.GetAsync("/Financing?handler=Export&status=Disbursed");
        var text = await csv.Content.ReadAsStringAsync();
        var filtered = await (await staff.GetAsync("/Financing?q=no-such-applicant")).Content.ReadAsStringAsync();

        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(text.Split("\r\n")[0], Does.StartWith("Id,Applicant,Kind,Amount"));
        Assert.That(text, Does.Contain($"\r\n{_ownApplication},").And.Contain($"\r\n{_otherApplication},").And.Contain(",Disbursed,"));
        Assert.That(text, Does.Not.Contain(",Intake,"), "The status filter applies to the export.");
        Assert.That(filtered, Does.Contain("data-empty=\"applications\""));
        foreach (var path in new[] { "/Financing", $"/Financing/Application/{_otherApplication}", $"/Financing/Loan/{_otherLoan}", "/Financing/Loans", "/Financing/Fund" })
        {
            Assert.That((await staff.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
            Assert.That((await rep.GetAsync(path)).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), $"{path} is the committee's.");
        }

        var report = await staff.GetAsync("/Financing/Fund?handler=Report");
        Assert.That(report.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
    }
}
