using System.Net;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

/// <summary>Health probes, the API description, the Hangfire dashboard and the sign-in form.</summary>
public sealed class OperationsTests : WebTest
{
    [Test]
    public async Task AnUnknownPageShowsAReadableNotFoundPageWhileTheApiAnswersProblemJson()
    {
        var browser = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var page = await browser.GetAsync("/No/Such/Page");
        var api = await (await StaffAsync()).GetAsync("/api/v1/no-such-thing");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Page not found"));
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task TheLivenessProbeAnswersWithoutSigningIn()
    {
        var response = await App.CreateClient().GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task TheReadinessProbeIsHealthyOnceTheDatabaseIsMigrated()
    {
        var response = await App.CreateClient().GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task TheOpenApiDocumentDescribesTheCoopApi()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");

        var doc = await JsonAsync(response);
        Assert.That(doc.GetProperty("openapi").GetString(), Does.StartWith("3."));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/api/v1/coops", "/api/v1/coops/{id}", "/api/v1/coops/{id}/contacts", "/api/v1/coops/{id}/membership/approve",
            "/api/v1/membership-applications", "/api/v1/auth/login",
        }));
        Assert.That(doc.GetProperty("paths").GetProperty("/api/v1/coops").TryGetProperty("get", out _), Is.True);
        Assert.That(doc.GetProperty("paths").GetProperty("/api/v1/coops").TryGetProperty("post", out _), Is.True);
    }

    [Test]
    public async Task TheBrowsableApiDocsServeTheUiForTheDocument()
    {
        var staff = await StaffAsync();

        var index = await staff.GetAsync("/api/docs/index.html");

        Assert.That(index.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(index.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var config = await staff.GetStringAsync("/api/docs/index.js");
        Assert.That(await index.Content.ReadAsStringAsync() + config, Does.Contain("/openapi/v1.json"));
    }

    [Test]
    public async Task TheHangfireDashboardIsDeniedToAnonymousVisitorsAndReps()
    {
        var anonymous = await App.CreateCookieClient().GetAsync("/hangfire");
        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        var mentor = await App.SignedInBrowserAsync(AppFactory.MentorEmail);

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(anonymous.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
        Assert.That((await rep.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await mentor.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task StaffOpenTheHangfireDashboardAndSeeTheRecurringJobs()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var dashboard = await staff.GetAsync("/hangfire");
        var recurring = await staff.GetAsync("/hangfire/recurring");

        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(dashboard.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(recurring.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await recurring.Content.ReadAsStringAsync(), Does.Contain("data-review").IgnoreCase);
    }

    [Test]
    public async Task SigningInWithTheFormSetsACookieThatOpensThePagesButNotTheApi()
    {
        var client = App.CreateCookieClient();

        var response = await Forms.PostAsync(client, "/Account/Login?ReturnUrl=%2FStaff", new()
        {
            ["Input.Email"] = AppFactory.StaffEmail,
            ["Input.Password"] = AppFactory.Password,
            ["ReturnUrl"] = "/Staff",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Staff"));
        Assert.That(response.Headers.GetValues("Set-Cookie"), Has.Some.StartsWith("coopalliance=").And.Some.Contains("httponly"));
        Assert.That((await client.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // The API takes bearer tokens only: a cookie would let any other site post to it from a signed-in browser.
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SignInDoesNotRedirectToAnotherSite()
    {
        var client = App.CreateCookieClient();

        var response = await Forms.PostAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = AppFactory.MentorEmail,
            ["Input.Password"] = AppFactory.Password,
            ["ReturnUrl"] = "https://evil.example/steal",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
    }

    [Test]
    public async Task AWrongPasswordOnTheFormShowsTheFormAgainWithTheEmailKept()
    {
        var client = App.CreateCookieClient();

        var response = await Forms.PostAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = AppFactory.MentorEmail,
            ["Input.Password"] = "not-the-password",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("The email or password is not right"));
        Assert.That(html, Does.Contain($"value=\"{AppFactory.MentorEmail}\""));
        Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("coopalliance=", StringComparison.Ordinal)),
            Is.False);
    }

    [Test]
    public async Task PostingTheLoginFormWithoutTheAntiforgeryTokenIsRefused()
    {
        var client = App.CreateCookieClient();
        await client.GetAsync("/Account/Login"); // the antiforgery cookie alone is not enough

        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AppFactory.StaffEmail,
            ["Input.Password"] = AppFactory.Password,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("coopalliance=", StringComparison.Ordinal)),
            Is.False);
    }

    [Test]
    public async Task SigningOutEndsTheCookieSession()
    {
        var client = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        Assert.That((await client.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var token = Forms.TokenIn(await client.GetStringAsync("/Account/Login")); // the layout's sign-out form

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { [Forms.TokenField] = token }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = await client.GetAsync("/Staff");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location?.OriginalString, Does.Contain("/Account/Login"));
    }

    [Test]
    public async Task StaffCanRunTheDataReviewAndSeeTheIncompleteCoops()
    {
        var staff = await StaffAsync();

        var run = await staff.PostAsync("/api/v1/data-review/runs", null);
        var findings = await JsonAsync(await staff.GetAsync("/api/v1/data-review/findings"));

        Assert.That(run.StatusCode, Is.EqualTo(HttpStatusCode.OK), await run.Content.ReadAsStringAsync());
        Assert.That(findings.ValueKind, Is.EqualTo(JsonValueKind.Array));
        Assert.That(findings.ToString(), Does.Contain("Rockingham Solar Cooperative"));
    }
}
