using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>Who chooses the language (issue 18): the browser's first guess, the switch (cookie, profile), ?culture=.</summary>
public sealed class LanguageTests
{
    private AppFactory _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new AppFactory();

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    /// <summary>The switch as a browser posts it: the form (and its antiforgery token) is on every page.</summary>
    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string language, string returnUrl)
    {
        var token = await Forms.TokenAsync(client, returnUrl.StartsWith('/') ? returnUrl : "/Public/Apply");
        return await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private Task<int> RepCoopIdAsync() =>
        _app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Cooperatives.Where(c => c.LegalName == DemoData.RepCoop).Select(c => c.Id)));

    [Test]
    public async Task TheBrowsersLanguageIsTheFirstGuess()
    {
        var client = _app.CreateCookieClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "es-MX,es;q=0.9,en;q=0.5");

        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("<html lang=\"es\">"));
        Assert.That(html, Does.Contain("Saltar al contenido principal"));
        Assert.That(html, Does.Contain(">English</button>"), "The switch offers the other language, in its own name.");
    }

    [Test]
    public async Task ALanguageNobodyTranslatedFallsBackToEnglish()
    {
        var client = _app.CreateCookieClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "fr-FR,de;q=0.8");

        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.That(html, Does.Contain("<html lang=\"en\">"));
        Assert.That(html, Does.Contain(">Español</button>"));
    }

    [Test]
    public async Task TheSwitchKeepsTheChoiceInACookieAndReturnsToThePage()
    {
        var client = _app.CreateCookieClient();
        var response = await SwitchAsync(client, "es", "/Public/Apply?x=1&culture=en");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/Public/Apply?x=1"), "Back where the person was, without a ?culture= that would override the choice.");
        Assert.That(response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LanguageChoice.CookieName)), Does.Contain("es").And.Contain("httponly"));
        var html = await (await client.GetAsync("/Public/Apply")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<html lang=\"es\">"));
    }

    [Test]
    public async Task TheSwitchNeverSendsAPersonOffSite()
    {
        var client = _app.CreateCookieClient();
        var response = await SwitchAsync(client, "es", "https://evil.example/");

        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo("/"));
    }

    [Test]
    public async Task ASignedInPersonsChoiceIsKeptInTheirProfileAndFollowsThemToAnotherDevice()
    {
        var email = $"lang-{Guid.NewGuid():N}@example.coop";
        await _app.CreateLoginAsync(email, "Mentor");
        var laptop = await _app.SignedInBrowserAsync(email);
        await SwitchAsync(laptop, "es", "/Mentor");

        using (var scope = _app.Services.CreateScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
            Assert.That(user!.PreferredLanguage, Is.EqualTo("es"));
        }

        // Another device: no cookie, a browser that asks for English — the profile wins once signed in.
        var phone = await _app.SignedInBrowserAsync(email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Mentor");
        request.Headers.Add("Accept-Language", "en-US");
        var html = await (await phone.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<html lang=\"es\">"));
    }

    [Test]
    public async Task TheApiAnswersFieldErrorsInTheLanguageAsked()
    {
        var client = await _app.ClientForAsync(AppFactory.RepEmail);
        var coopId = await RepCoopIdAsync();

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/coops/{coopId}/language?culture=es") { Content = JsonContent.Create(new { language = "fr" }) };
        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").GetProperty("language")[0].GetString(), Is.EqualTo("Elija inglés o español."));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Hay campos que revisar."));
    }

    [Test]
    public async Task ARepChoosesTheLanguageTheAllianceWritesToTheirCoopIn()
    {
        var client = await _app.ClientForAsync(AppFactory.RepEmail);
        var coopId = await RepCoopIdAsync();

        var response = await client.PutAsJsonAsync($"/api/v1/coops/{coopId}/language", new { language = "es" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var coop = await client.GetFromJsonAsync<JsonElement>($"/api/v1/coops/{coopId}", AppFactory.Json);
        Assert.That(coop.GetProperty("preferredLanguage").GetString(), Is.EqualTo("es"));
        var other = await client.PutAsJsonAsync($"/api/v1/coops/{coopId + 1000}/language", new { language = "es" });
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "Another co-op's language is not a rep's to choose.");
    }

    [Test]
    public async Task ABrowserHoldingTheEnglishDirectoryGetsTheSpanishOneAfterSwitching()
    {
        var client = _app.CreateCookieClient();
        var english = await client.GetAsync("/directory");
        Assert.That(english.Headers.Vary, Does.Contain("Accept-Language").And.Contain("Cookie"));

        using var again = new HttpRequestMessage(HttpMethod.Get, "/directory");
        again.Headers.IfNoneMatch.Add(english.Headers.ETag!);
        again.Headers.Add("Cookie", $"{LanguageChoice.CookieName}=es");
        var spanish = await client.SendAsync(again);

        Assert.That(spanish.StatusCode, Is.EqualTo(HttpStatusCode.OK), "The English copy is not current for a Spanish reader.");
        Assert.That(await spanish.Content.ReadAsStringAsync(), Does.Contain("<html lang=\"es\">"));
    }
}
