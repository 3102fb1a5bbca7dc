using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.DataReview;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>Response headers on everything, and no cross-site forgery of API calls with the session cookie.</summary>
public sealed class SecurityHeaderTests : WebTest
{
    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("default-src 'self'").And.Contain("frame-ancestors 'none'")
            .And.Contain("object-src 'none'").And.Contain("base-uri 'self'"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(response.Headers.GetValues("Permissions-Policy").Single(),
            Does.Contain("camera=()").And.Contain("microphone=()").And.Contain("geolocation=()"));
    }

    [TestCase("/")]
    [TestCase("/Account/Login")]
    [TestCase("/Public/Apply")]
    [TestCase("/css/site.css")]
    [TestCase("/no-such-page")]
    [TestCase("/api/v1/coops")]
    [TestCase("/api/v1/no-such-thing")]
    [TestCase("/health/live")]
    [TestCase("/openapi/v1.json")]
    public async Task EveryResponseCarriesTheSecurityHeaders(string path)
    {
        var response = await App.CreateClient().GetAsync(path);

        AssertSecurityHeaders(response);
        Assert.That(string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), Does.Not.Contain("unsafe-inline"));
    }

    [Test]
    public async Task SwaggerUiAndTheHangfireDashboardRenderUnderTheirOwnNarrowerPolicies()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var docs = await staff.GetAsync("/api/docs/index.html");
        Assert.That(docs.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertSecurityHeaders(docs);
        var docsPolicy = docs.Headers.GetValues("Content-Security-Policy").Single();
        Assert.That(docsPolicy, Does.Contain("style-src 'self' 'unsafe-inline'"));
        Assert.That(docsPolicy, Does.Not.Contain("script-src"), "Swagger UI needs no inline script");

        var dashboard = await staff.GetAsync("/hangfire");
        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        AssertSecurityHeaders(dashboard);
        Assert.That(dashboard.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self' 'unsafe-inline'"));
    }

    [Test]
    public async Task ACookieOnlyCrossSitePostToTheApiIs401AndChangesNothing()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        Assert.That((await staff.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the cookie is a good one");
        var runsBefore = await App.WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job == RunDataReview.JobName));

        var forged = new HttpRequestMessage(HttpMethod.Post, "/api/v1/data-review/runs")
        {
            Content = new StringContent("anything", Encoding.UTF8, "text/plain"),
        };
        forged.Headers.Add("Origin", "https://evil.example");
        var response = await staff.SendAsync(forged);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await App.WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job == RunDataReview.JobName)), Is.EqualTo(runsBefore));
    }

    [Test]
    public async Task ACookieOnlyCrossSiteMultipartUploadToTheApiIs401AndStoresNothing()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        var requestId = await App.WithDbAsync(db => db.AssistanceRequests.Select(r => r.Id).FirstAsync());
        var before = await App.WithDbAsync(db => db.AssistanceAttachments.CountAsync());

        var file = new ByteArrayContent("plain text"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/ta-requests/{requestId}/attachments")
        {
            Content = new MultipartFormDataContent { { file, "file", "note.txt" } },
        };
        forged.Headers.Add("Origin", "https://evil.example");
        var response = await staff.SendAsync(forged);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await App.WithDbAsync(db => db.AssistanceAttachments.CountAsync()), Is.EqualTo(before));
        // The same upload with a bearer token is accepted: the API itself works.
        var bearer = await StaffAsync();
        var withToken = new MultipartFormDataContent { { new ByteArrayContent("plain text"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "note.txt" } };
        Assert.That((await bearer.PostAsync($"/api/v1/ta-requests/{requestId}/attachments", withToken)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task APagePostWithoutTheAntiforgeryTokenIsRefusedAndTheSessionStays()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);

        var response = await staff.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await staff.GetAsync("/Staff")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still signed in");
    }
}

/// <summary>Production behind a TLS-terminating proxy at 10.1.2.3: HTTPS as the proxy saw it, Secure cookies, HSTS.</summary>
public sealed class ForwardedHttpsTests : WebTest
{
    private const string Email = "proxy-staff@example.coop";

    protected override AppFactory CreateApp() => new("Production", new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "10.1.2.3",
    });

    [OneTimeSetUp]
    public Task CreateLogin() => App.CreateLoginAsync(Email, Roles.Staff);

    private Task<HttpContext> SendAsync(string from, string method, string path, string? cookies = null, string? form = null) =>
        App.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(from);
            http.Request.Method = method;
            http.Request.Scheme = "http";
            http.Request.Host = new HostString("coops.example.org");
            http.Request.Path = path;
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            if (cookies is not null)
            {
                http.Request.Headers.Cookie = cookies;
            }

            if (form is not null)
            {
                http.Request.ContentType = "application/x-www-form-urlencoded";
                http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(form));
            }
        });

    private static string CookiesFrom(HttpContext http) =>
        string.Join("; ", http.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));

    [Test]
    public async Task ThroughTheKnownProxyTheSignInCookieIsSecureAndHstsIsSent()
    {
        var page = await SendAsync("10.1.2.3", "GET", "/Account/Login");
        Assert.That(page.Response.StatusCode, Is.EqualTo(200));
        Assert.That(page.Response.Headers.StrictTransportSecurity.ToString(), Does.Contain("max-age="));
        var html = await new StreamReader(page.Response.Body).ReadToEndAsync();

        var form = $"Input.Email={Uri.EscapeDataString(Email)}&Input.Password={Uri.EscapeDataString(AppFactory.Password)}" +
                   $"&{Forms.TokenField}={Uri.EscapeDataString(Forms.TokenIn(html))}";
        var signIn = await SendAsync("10.1.2.3", "POST", "/Account/Login", CookiesFrom(page), form);

        Assert.That(signIn.Response.StatusCode, Is.EqualTo(302));
        var cookie = signIn.Response.Headers.SetCookie.Single(c => c!.StartsWith("coopalliance=", StringComparison.Ordinal))!;
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("; secure").And.Contain("httponly"));
        Assert.That(signIn.Response.Headers.StrictTransportSecurity.ToString(), Does.Contain("max-age="));
    }

    [Test]
    public async Task ForwardedHeadersFromAnUnknownAddressAreIgnored()
    {
        var page = await SendAsync("10.9.9.9", "GET", "/Account/Login");

        Assert.That(page.Response.StatusCode, Is.EqualTo(200));
        Assert.That(page.Response.Headers.StrictTransportSecurity.ToString(), Is.Empty, "the request is plain HTTP");
        Assert.That(page.Connection.RemoteIpAddress!.ToString(), Is.EqualTo("10.9.9.9"));
    }
}
