using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Benefits;

/// <summary>The staff benefits pages as a browser posts them: a decline is recorded only once confirmed, bad input is said inline.</summary>
public sealed class BenefitsStaffPageTests : WebTest
{
    private async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, Dictionary<string, string> fields)
    {
        // Antiforgery tokens are not tied to a page: the carriers page always has a form to take one from.
        var token = await Forms.TokenAsync(browser, "/Benefits/Carriers");
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [Forms.TokenField] = token }));
    }

    /// <summary>A plan with next year's plan year and the demo rep's co-op's request to join it; returns the request's id.</summary>
    private async Task<int> RequestedParticipationAsync(string name)
    {
        var api = await StaffAsync();
        var carrier = await JsonAsync(await api.PostAsJsonAsync("/api/v1/benefits/carriers", new { name = name + " Mutual", x12ReceiverId = "PG1" }),
            HttpStatusCode.Created);
        var plan = await JsonAsync(await api.PostAsJsonAsync("/api/v1/benefits/plans", new
        {
            name,
            kind = "Dental",
            carrierId = carrier.GetProperty("id").GetInt32(),
            planCode = "PG-1",
            lifeEventDays = 30,
            rules = new { standings = new[] { "Active" }, workerKinds = new[] { "WorkerOwner" }, minimumHoursPerWeek = 20, waitingDays = 30, minimumParticipationPercent = 50 },
        }), HttpStatusCode.Created);
        var year = App.Today.Year + 1;
        var added = await JsonAsync(await api.PostAsJsonAsync($"/api/v1/benefits/plans/{plan.GetProperty("id").GetInt32()}/years", new
        {
            startsOn = $"{year}-01-01",
            endsOn = $"{year}-12-31",
            enrollmentOpensOn = $"{year - 1}-11-01",
            enrollmentClosesOn = $"{year - 1}-12-15",
            rates = new[] { new { tier = "WorkerOnly", monthlyPremium = 40m } },
        }), HttpStatusCode.Created);
        var created = await JsonAsync(await api.PostAsJsonAsync($"/api/v1/benefits/coops/{await RepCoopIdAsync()}/participations", new
        {
            planYearId = added.GetProperty("years")[0].GetProperty("id").GetInt32(), // the plan, with its one year
            contributionKind = "FixedPerTier",
            fixedAmounts = new[] { new { tier = "WorkerOnly", monthlyAmount = 30m } },
            from = $"{year}-01-01",
        }), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private Task<ParticipationStatus> StatusAsync(int id) =>
        App.WithDbAsync(db => db.CoopParticipations.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    [Test]
    public async Task ADeclineIsAskedAboutFirstAndRecordedOnlyOnceConfirmed()
    {
        var id = await RequestedParticipationAsync("Confirmed Dental");
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var fields = new Dictionary<string, string> { ["Decision.Id"] = $"{id}", ["Decision.Version"] = "0", ["Decision.Reason"] = "The carrier needs five workers." };

        var queue = await (await browser.GetAsync("/Benefits/Participations?status=Requested")).Content.ReadAsStringAsync();
        var asked = await PostAsync(browser, "/Benefits/Participations?handler=Decline", fields);
        var askedHtml = await asked.Content.ReadAsStringAsync();

        Assert.That(queue, Does.Contain("Confirmed Dental").And.Contain("Worker only $30.00 a month"));
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(askedHtml, Does.Contain("Yes, decline").And.Contain("The carrier needs five workers."));
        Assert.That(await StatusAsync(id), Is.EqualTo(ParticipationStatus.Requested), "nothing is decided before the confirmation");

        var confirmed = await PostAsync(browser, "/Benefits/Participations?handler=Decline", new(fields) { ["Decision.Confirmed"] = "true" });

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await StatusAsync(id), Is.EqualTo(ParticipationStatus.Declined));
    }

    [Test]
    public async Task APlanWithoutAStandingOrCarrierIsExplainedInlineAndNothingIsAdded()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var before = await App.WithDbAsync(db => db.Plans.CountAsync());

        var response = await PostAsync(browser, "/Benefits/Plan", new()
        {
            ["Input.Name"] = "Inline Errors Vision",
            ["Input.Kind"] = "Vision",
            ["Input.PlanCode"] = "IE-1",
            ["Input.LifeEventDays"] = "30",
            ["Input.WorkerKinds"] = "WorkerOwner",
            ["Input.MinimumHoursPerWeek"] = "20",
            ["Input.WaitingDays"] = "30",
            ["Input.MinimumParticipationPercent"] = "50",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Choose at least one membership standing that may join.").And.Contain("Choose a carrier."));
        Assert.That(html, Does.Contain("value=\"Inline Errors Vision\""), "what was typed is kept");
        Assert.That(await App.WithDbAsync(db => db.Plans.CountAsync()), Is.EqualTo(before));
    }

    [Test]
    public async Task ARepCannotOpenTheStaffBenefitsPages()
    {
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);

        foreach (var path in new[] { "/Benefits", "/Benefits/Participations", "/Benefits/Carriers", "/Benefits/Plan", "/Benefits/Elections", "/Benefits/Terminations" })
        {
            var response = await rep.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), path);
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"), path);
        }
    }

    [Test]
    public async Task StaffSeeTheDemoElectionsFilteredAndAsCsvWithoutSensitiveValues()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var all = await (await browser.GetAsync("/Benefits/Elections")).Content.ReadAsStringAsync();
        var waived = await (await browser.GetAsync("/Benefits/Elections?status=Waived")).Content.ReadAsStringAsync();
        var csv = await browser.GetAsync("/Benefits/Elections?handler=Export");
        var text = await csv.Content.ReadAsStringAsync();
        var terminations = await browser.GetAsync("/Benefits/Terminations");
        var sealedValues = await App.WithDbAsync(db => db.BenefitMembers.Where(m => m.TaxpayerIdLast4 != null).Select(m => m.TaxpayerIdLast4!).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(all, Does.Contain("Enrolled").And.Contain("Waived"), "the demo office has both");
            Assert.That(waived, Does.Not.Contain(">Enrolled</span>"));
            Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(text, Does.StartWith("Co-op,Worker,Member number,Plan"));
            Assert.That(sealedValues.Where(v => text.Contains("•••• " + v, StringComparison.Ordinal)), Is.Empty, "no taxpayer ids, even masked");
            Assert.That(terminations.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
