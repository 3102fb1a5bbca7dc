using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>Every page and endpoint needs sign-in except the public site; staff, reps and mentors each see only their part.</summary>
public sealed class AccessTests : WebTest
{
    /// <summary>The only routes anyone may open without signing in (route patterns as mapped).</summary>
    private static readonly string[] Anonymous =
    [
        "", "Index", "Error", "language", "Account/Login", "Account/AccessDenied", "Account/AcceptInvitation",
        "/api/v1/auth/login", "/api/v1/membership-applications",
        "/openapi/{documentName}.json", "/health/live", "/health/ready",
        // The public directory and stories (pages of the Public folder at readable addresses), their API and feeds.
        "directory", "directory/{id:int}/{slug?}", "stories", "stories/feed.atom", "stories/{id:int}/{slug?}", "stories/submit", "stories/submit/thanks",
        "/api/v1/public/stories", "/api/v1/listing-categories/", "/api/v1/public/listings", "/api/v1/public/listings.csv",
        // The embeddable directory widget, framed by other sites.
        "widget/directory",
        // Public events: the list, an event with its programme, the call for sessions, and their API.
        "events", "events/{id:int}/{slug?}", "events/{id:int}/propose-session",
        "/api/v1/events/{id:int}/sessions", "/api/v1/public/events/", "/api/v1/public/events/{id:int}",
        // A planning partner's page and its API, by the secret of the invitation link.
        "events/partner/{token}", "/api/v1/public/partner-invitations/{token}/", "/api/v1/public/partner-invitations/{token}/tasks/{taskId:int}",
        // Event registration (issue 14): the public form, the registrant's own page and API by their link's token, the calendar feeds.
        "events/{id:int}/register", "events/r/{token}",
        "/api/v1/events/{id:int}/registrations", "/api/v1/events/{id:int}/calendar.ics", "/api/v1/events/registrations/{token}/",
        "/api/v1/events/registrations/{token}/calendar.ics", "/api/v1/events/registrations/{token}/cancel", "/api/v1/events/registrations/{token}/accept-offer",
        "/api/v1/events/registrations/{token}/sessions/{sessionId:int}", "/api/v1/events/registrations/{token}/sessions/{sessionId:int}/leave",
        // The printed programme of a published public event (others answer 404 to anyone but staff).
        "/api/v1/events/{id:int}/programme.pdf",
        "/sitemap.xml", "/murmurations/index.json", "/murmurations/coops/{id:int}.json",
        // Deliberative planning: a participant's plan page and API by registration token, the actions tracker, the owner's follow-up link.
        "events/r/{token}/plan", "events/{id:int}/actions", "events/follow-up/{token}",
        "/api/v1/events/{id:int}/proposals", "/api/v1/events/{id:int}/proposals/{proposalId:int}/votes", "/api/v1/events/{id:int}/commitments",
        "/api/v1/commitments/follow-ups/{token}",
        // The public impact page: last year's headline figures, small counts suppressed.
        "impact",
    ];

    /// <summary>Photos decide for themselves: public once their listing or story is, otherwise staff and the co-op only.</summary>
    private static bool IsPublicSite(string route) => route.StartsWith("Public/", StringComparison.Ordinal) || Anonymous.Contains(route)
        || route.StartsWith("/media/photos/", StringComparison.Ordinal);

    [Test]
    public async Task EveryEndpointOutsideThePublicSiteRequiresASignedInUser()
    {
        App.CreateClient().Dispose(); // starts the app
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var policies = App.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        Assert.That(endpoints.Select(e => e.RoutePattern.RawText), Does.Contain("/api/v1/coops/").And.Contains("Account/Login"));

        var open = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                if (!IsPublicSite(route))
                {
                    open.Add($"{route} allows anonymous callers");
                }

                continue;
            }

            var policy = await AuthorizationPolicy.CombineAsync(policies, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                             endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>())
                         ?? await policies.GetFallbackPolicyAsync();
            if (policy is null || !policy.Requirements.Any(r => r is DenyAnonymousAuthorizationRequirement or RolesAuthorizationRequirement))
            {
                open.Add($"{route} has no sign-in requirement");
            }
        }

        Assert.That(open, Is.Empty);
    }

    [TestCase("/Coops")]
    [TestCase("/Coops/Details/1")]
    [TestCase("/Staff")]
    [TestCase("/MyCoop")]
    [TestCase("/hangfire")]
    public async Task AnAnonymousVisitorToABackOfficePageIsSentToSignIn(string path)
    {
        var response = await App.CreateCookieClient().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
        Assert.That(response.Headers.Location?.Query, Does.Contain("ReturnUrl=" + Uri.EscapeDataString(path)));
    }

    [TestCase("GET", "/api/v1/coops")]
    [TestCase("GET", "/api/v1/coops/1")]
    [TestCase("GET", "/api/v1/coops/1/contacts")]
    [TestCase("GET", "/api/v1/coops/1/audit")]
    [TestCase("GET", "/api/v1/coops/export.csv")]
    [TestCase("GET", "/api/v1/users")]
    [TestCase("GET", "/api/v1/dashboard")]
    [TestCase("POST", "/api/v1/coops")]
    [TestCase("POST", "/api/v1/coops/1/membership/approve")]
    [TestCase("PUT", "/api/v1/coops/1")]
    public async Task AnAnonymousApiCallIs401NotARedirect(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            request.Content = JsonContent.Create(new { legalName = "Sneaky Co-op", boardVoteOn = "2026-01-01" });
        }

        var response = await App.CreateCookieClient().SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.Location, Is.Null);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.LegalName == "Sneaky Co-op")), Is.Zero);
    }

    [TestCase("/")]
    [TestCase("/Account/Login")]
    [TestCase("/Account/AcceptInvitation?email=someone%40example.coop&token=abc")]
    [TestCase("/health/live")]
    [TestCase("/openapi/v1.json")]
    public async Task ThePublicSiteOpensWithoutSigningIn(string path)
    {
        var response = await App.CreateCookieClient().GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheHomePageTellsVisitorsWhoWeAreAndOffersSignIn()
    {
        var response = await App.CreateCookieClient().GetAsync("/");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("Valley Alliance of Worker Co-operatives").And.Contain("href=\"/Account/Login\""));
    }

    [TestCase("POST", "/api/v1/coops")]
    [TestCase("POST", "/api/v1/coops/{own}/membership/lapse")]
    [TestCase("POST", "/api/v1/coops/{own}/membership/suspend")]
    [TestCase("POST", "/api/v1/coops/{own}/membership/withdraw")]
    [TestCase("GET", "/api/v1/users")]
    [TestCase("POST", "/api/v1/users/invitations")]
    [TestCase("POST", "/api/v1/users/1/disable")]
    [TestCase("GET", "/api/v1/coops/{own}/audit")]
    [TestCase("GET", "/api/v1/coops/export.csv")]
    [TestCase("GET", "/api/v1/dashboard")]
    [TestCase("POST", "/api/v1/data-review/runs")]
    public async Task ARepCallingAStaffEndpointIsForbiddenAndNothingChanges(string method, string path)
    {
        var own = await RepCoopIdAsync();
        var rep = await RepAsync();
        var before = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == own).Select(c => new { c.Status, c.Version }).SingleAsync());
        var coops = await App.WithDbAsync(db => db.Cooperatives.CountAsync());
        var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{own}", own.ToString()));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new
            {
                legalName = "Rep-made Co-op",
                reason = "Because I can",
                effectiveOn = "2026-01-01",
                email = "friend@example.coop",
                fullName = "A Friend",
                role = "Staff",
            });
        }

        var response = await rep.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
        var after = await App.WithDbAsync(db => db.Cooperatives.Where(c => c.Id == own).Select(c => new { c.Status, c.Version }).SingleAsync());
        Assert.That(after, Is.EqualTo(before));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(coops));
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "friend@example.coop")), Is.Zero);
    }

    [Test]
    public async Task ARepSeesOnlyTheirOwnCoopInTheList()
    {
        var rep = await RepAsync();

        var list = await JsonAsync(await rep.GetAsync("/api/v1/coops?pageSize=200"));

        Assert.That(list.GetProperty("total").GetInt32(), Is.EqualTo(1));
        Assert.That(list.GetProperty("items")[0].GetProperty("id").GetInt32(), Is.EqualTo(await RepCoopIdAsync()));
        Assert.That(list.GetProperty("items")[0].GetProperty("legalName").GetString(), Is.EqualTo("Pioneer Valley Bread Cooperative"));
        var search = await JsonAsync(await rep.GetAsync("/api/v1/coops?q=solar"));
        Assert.That(search.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ARepOpensTheirOwnCoopAndItsContacts()
    {
        var own = await RepCoopIdAsync();
        var rep = await RepAsync();

        var coop = await JsonAsync(await rep.GetAsync($"/api/v1/coops/{own}"));
        var contacts = await JsonAsync(await rep.GetAsync($"/api/v1/coops/{own}/contacts"));

        Assert.That(coop.GetProperty("legalName").GetString(), Is.EqualTo("Pioneer Valley Bread Cooperative"));
        Assert.That(contacts.GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public async Task ARepAskingForAnotherCoopGets404AsIfItDidNotExist()
    {
        var other = await CoopIdAsync("Kestrel Software Cooperative");
        var rep = await RepAsync();

        var coop = await ProblemAsync(await rep.GetAsync($"/api/v1/coops/{other}"), HttpStatusCode.NotFound);
        var unknown = await ProblemAsync(await rep.GetAsync("/api/v1/coops/999999"), HttpStatusCode.NotFound);
        await ProblemAsync(await rep.GetAsync($"/api/v1/coops/{other}/contacts"), HttpStatusCode.NotFound);
        var personId = await App.WithDbAsync(db => db.People.Where(p => p.CooperativeId == other).Select(p => p.Id).FirstAsync());
        await ProblemAsync(await rep.GetAsync($"/api/v1/coops/{other}/contacts/{personId}"), HttpStatusCode.NotFound);

        // The answer is the same as for a co-op that does not exist, so nothing leaks.
        Assert.That(coop.GetProperty("title").GetString(), Is.EqualTo(unknown.GetProperty("title").GetString()));
    }

    [Test]
    public async Task ARepCannotEditAnotherCoopOrItsRoster()
    {
        var other = await CoopIdAsync("Quill & Press Printing Cooperative");
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var before = await staff.GetStringAsync($"/api/v1/coops/{other}");
        var body = JsonNode.Parse(before)!.AsObject();
        body["description"] = "Taken over by a rep of another co-op.";
        var personId = await App.WithDbAsync(db => db.People.Where(p => p.CooperativeId == other).Select(p => p.Id).FirstAsync());

        await ProblemAsync(await rep.PutAsJsonAsync($"/api/v1/coops/{other}", body), HttpStatusCode.NotFound);
        await ProblemAsync(await rep.PostAsJsonAsync($"/api/v1/coops/{other}/contacts", new { fullName = "Intruder" }), HttpStatusCode.NotFound);
        await ProblemAsync(await rep.PutAsJsonAsync($"/api/v1/coops/{other}/contacts/{personId}", new { fullName = "Renamed", version = 1 }),
            HttpStatusCode.NotFound);
        await ProblemAsync(await rep.DeleteAsync($"/api/v1/coops/{other}/contacts/{personId}"), HttpStatusCode.NotFound);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(await staff.GetStringAsync($"/api/v1/coops/{other}")), JsonNode.Parse(before)), Is.True);
    }

    [Test]
    public async Task ARepCannotReachAnotherCoopsPersonThroughTheirOwnCoopsAddress()
    {
        var own = await RepCoopIdAsync();
        var other = await CoopIdAsync("Green Mountain Engineering Cooperative");
        var person = await App.WithDbAsync(db => db.People.Where(p => p.CooperativeId == other).Select(p => new { p.Id, p.FullName, p.Version }).FirstAsync());
        var rep = await RepAsync();

        await ProblemAsync(await rep.GetAsync($"/api/v1/coops/{own}/contacts/{person.Id}"), HttpStatusCode.NotFound);
        await ProblemAsync(await rep.PutAsJsonAsync($"/api/v1/coops/{own}/contacts/{person.Id}", new { fullName = "Renamed", version = person.Version }),
            HttpStatusCode.NotFound);
        await ProblemAsync(await rep.DeleteAsync($"/api/v1/coops/{own}/contacts/{person.Id}"), HttpStatusCode.NotFound);

        var stored = await App.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).Select(p => new { p.FullName, p.CooperativeId }).SingleAsync());
        Assert.That(stored.FullName, Is.EqualTo(person.FullName));
        Assert.That(stored.CooperativeId, Is.EqualTo(other));
    }

    [Test]
    public async Task AMentorSeesNoCoops()
    {
        var mentor = await MentorAsync();
        var any = await CoopIdAsync("Kestrel Software Cooperative");

        var list = await JsonAsync(await mentor.GetAsync("/api/v1/coops"));

        Assert.That(list.GetProperty("total").GetInt32(), Is.Zero);
        Assert.That(list.GetProperty("items").GetArrayLength(), Is.Zero);
        await ProblemAsync(await mentor.GetAsync($"/api/v1/coops/{any}"), HttpStatusCode.NotFound);
        await ProblemAsync(await mentor.GetAsync($"/api/v1/coops/{any}/contacts"), HttpStatusCode.NotFound);
        await ProblemAsync(await mentor.PutAsJsonAsync($"/api/v1/coops/{any}", new { legalName = "Mentored Co-op" }), HttpStatusCode.Forbidden);
        await ProblemAsync(await mentor.PostAsJsonAsync($"/api/v1/coops/{any}/contacts", new { fullName = "Mentee" }), HttpStatusCode.Forbidden);
        Assert.That(await App.WithDbAsync(db => db.People.CountAsync(p => p.FullName == "Mentee")), Is.Zero);
    }

    [Test]
    public async Task AnUnknownApiRouteIs404ProblemJsonForASignedInCaller()
    {
        var response = await (await StaffAsync()).GetAsync("/api/v1/no-such-thing");

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
