using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Application.Membership;
using CoopAlliance.Application.Texts;
using CoopAlliance.Infrastructure.Jobs;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Tests;

/// <summary>
/// Low limits, so a few attempts reach them. Each test comes from its own client address (X-Forwarded-For, believed
/// because the test server has no connection address of its own) so the tests do not share a budget.
/// </summary>
public sealed class AbuseLimitTests : WebTest
{
    private static int _address;

    protected override AppFactory CreateApp() => new(settings: new Dictionary<string, string>
    {
        ["RateLimits:SignInPerAddress:PermitLimit"] = "3",
        ["RateLimits:SignInPerAddress:WindowSeconds"] = "600",
        ["RateLimits:SignInPerAccount:PermitLimit"] = "4",
        ["RateLimits:SignInPerAccount:WindowSeconds"] = "600",
        ["RateLimits:PublicFormPerAddress:PermitLimit"] = "2",
        ["RateLimits:PublicFormPerAddress:WindowSeconds"] = "600",
        ["RateLimits:PublicReadPerAddress:PermitLimit"] = "3",
        ["RateLimits:PublicReadPerAddress:WindowSeconds"] = "600",
    });

    /// <summary>A client (cookies kept, redirects shown) that comes from an address of its own.</summary>
    private HttpClient ClientFromNewAddress()
    {
        var client = App.CreateCookieClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Interlocked.Increment(ref _address)}");
        return client;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password = "wrong-password-1") =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });

    private static async Task AssertTooManyProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        Assert.That(response.Headers.RetryAfter?.Delta?.TotalSeconds, Is.GreaterThan(0).And.LessThanOrEqualTo(600));
        Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32(), Is.EqualTo(429));
    }

    private static object Application(string legalName, string contactEmail, string? fax = null) => new
    {
        legalName,
        kind = "WorkerCoop",
        town = "Putney",
        state = "VT",
        postalCode = "05346",
        region = "SouthernVermont",
        workerOwners = 4,
        contactName = "Jo Whitcomb",
        contactEmail,
        motivation = "We want to learn from other worker co-ops.",
        fax,
    };

    [Test]
    public async Task SignInFromOneAddressIs429WithRetryAfterOnceItsLimitIsUsedWhateverTheAccount()
    {
        var client = ClientFromNewAddress();
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await LoginAsync(client, $"someone{i}@example.coop")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await AssertTooManyProblemAsync(await LoginAsync(client, AppFactory.StaffEmail, AppFactory.Password));
        // Another address is not held back.
        Assert.That((await LoginAsync(ClientFromNewAddress(), AppFactory.StaffEmail, AppFactory.Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SignInToOneAccountIs429OnceItsLimitIsUsedFromWhateverAddresses()
    {
        const string victim = "target-of-guessing@example.coop";
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await LoginAsync(ClientFromNewAddress(), victim)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        await AssertTooManyProblemAsync(await LoginAsync(ClientFromNewAddress(), victim));
        Assert.That((await LoginAsync(ClientFromNewAddress(), "someone-else@example.coop")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TheSignInPageShowsAReadableMessageWith429WhenTheAccountLimitIsUsed()
    {
        const string victim = "page-guessing@example.coop";
        for (var i = 0; i < 4; i++)
        {
            await LoginAsync(ClientFromNewAddress(), victim);
        }

        var response = await Forms.PostAsync(ClientFromNewAddress(), "/Account/Login", new()
        {
            ["Input.Email"] = victim,
            ["Input.Password"] = "wrong-password-1",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null);
        Assert.That(html, Does.Contain("Too many attempts").And.Contain("<form"));
    }

    [Test]
    public async Task TheSignInPageShowsAReadable429PageWhenTheAddressLimitIsUsed()
    {
        var client = ClientFromNewAddress();
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(client, $"page-address-{i}@example.coop");
        }

        var response = await Forms.PostAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = AppFactory.StaffEmail,
            ["Input.Password"] = AppFactory.Password,
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null);
        Assert.That(html, Does.Contain("Too many attempts").And.Contain("nothing was saved"));
    }

    [Test]
    public async Task AcceptingInvitationsIsLimitedPerAccountWithAReadableMessage()
    {
        const string email = "invitee-guessing@example.coop";
        HttpResponseMessage response = null!;
        for (var i = 0; i < 5; i++)
        {
            var client = ClientFromNewAddress();
            response = await Forms.PostAsync(client, $"/Account/AcceptInvitation?email={email}&token=guess{i}", new()
            {
                ["Input.Email"] = email,
                ["Input.Token"] = $"guess{i}",
                ["Input.Password"] = "a-new-password-1",
                ["Input.ConfirmPassword"] = "a-new-password-1",
            });
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.Not.Null);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Too many attempts"));
    }

    [Test]
    public async Task ApplicationsFromOneAddressAre429OnceItsLimitIsUsed()
    {
        var client = ClientFromNewAddress();
        for (var i = 0; i < 2; i++)
        {
            var created = await client.PostAsJsonAsync("/api/v1/membership-applications", Application($"Limit Test Co-op {i}", $"limit{i}@example.coop"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        await AssertTooManyProblemAsync(await client.PostAsJsonAsync("/api/v1/membership-applications", Application("Limit Test Co-op 3", "limit3@example.coop")));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.LegalName == "Limit Test Co-op 3")), Is.Zero);

        // The page shares the limit and says so in words.
        var page = await Forms.PostAsync(client, "/Public/Apply", new() { ["Input.LegalName"] = "Limit Test Co-op 4" });
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Too many attempts"));
    }

    [Test]
    public async Task AnApplicationWithItsHoneypotFilledLooksAcceptedButNothingIsSavedOrSent()
    {
        var response = await ClientFromNewAddress().PostAsJsonAsync("/api/v1/membership-applications",
            Application("Honeypot Bot Co-op", "bot-target@example.coop", fax: "555-0100"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.LegalName == "Honeypot Bot Co-op")), Is.Zero);
        Assert.That(await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "bot-target@example.coop")), Is.Zero);
    }

    [Test]
    public async Task TheApplyPageHasAHiddenHoneypotAndAFilledOneRedirectsAsUsualWithNothingSaved()
    {
        var client = ClientFromNewAddress();
        var form = await (await client.GetAsync("/Public/Apply")).Content.ReadAsStringAsync();
        Assert.That(form, Does.Contain("class=\"hp-field\"").And.Contain("name=\"Input.Fax\""));

        var response = await Forms.PostAsync(client, "/Public/Apply", new()
        {
            ["Input.LegalName"] = "Honeypot Page Bot Co-op",
            ["Input.Kind"] = "WorkerCoop",
            ["Input.Town"] = "Putney",
            ["Input.State"] = "VT",
            ["Input.PostalCode"] = "05346",
            ["Input.Region"] = "SouthernVermont",
            ["Input.WorkerOwners"] = "4",
            ["Input.ContactName"] = "Bot",
            ["Input.ContactEmail"] = "page-bot-target@example.coop",
            ["Input.Fax"] = "http://spam.example/",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/Public/ApplicationReceived"));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.LegalName == "Honeypot Page Bot Co-op")), Is.Zero);
        Assert.That(await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == "page-bot-target@example.coop")), Is.Zero);
    }

    [Test]
    public async Task ThePublicFeedsAre429ForAnAddressThatReadsThemTooOftenTogether()
    {
        var client = ClientFromNewAddress();
        Assert.That((await client.GetAsync("/api/v1/public/listings")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/api/v1/public/listings.csv")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/api/v1/public/listings?q=bread")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await AssertTooManyProblemAsync(await client.GetAsync("/api/v1/public/listings.csv?category=care"));
        // Another address reads on; the pages are not held back by the feeds' budget.
        Assert.That((await ClientFromNewAddress().GetAsync("/api/v1/public/listings.csv")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await client.GetAsync("/directory")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

/// <summary>The acknowledgement of an application goes to an address nobody confirmed: it echoes nothing the sender wrote.</summary>
public sealed class ApplicationAcknowledgementTests : WebTest
{
    [Test]
    public async Task TheAcknowledgementIsAFixedTextWithNoneOfTheSubmittedWordsInTheOutboxOrTheSentEmail()
    {
        const string attacker = "Click http://evil.example/pay to claim your refund";
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/membership-applications", new
        {
            legalName = attacker,
            tradeName = "Urgent: your account is suspended",
            kind = "WorkerCoop",
            town = "Putney",
            state = "VT",
            postalCode = "05346",
            region = "SouthernVermont",
            workerOwners = 4,
            description = "Visit http://evil.example/",
            contactName = "Dear customer, wire $500 to",
            contactEmail = "victim@example.org",
            contactRole = "http://evil.example/role",
            motivation = "Reply with your password to http://evil.example/",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var message = await App.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.To == "victim@example.org"));
        Assert.That(message.Subject, Is.EqualTo(SubmitApplicationHandler.AcknowledgementSubject));
        var text = App.Services.GetRequiredService<IStringLocalizer<MembershipApplicationTexts>>();
        Assert.That(message.Body, Is.EqualTo(SubmitApplicationHandler.Acknowledgement(text, "Valley Alliance of Worker Co-operatives")));

        // And what leaves the building (the pickup .eml the outbox job writes) is that same fixed text.
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxJob>().RunAsync(CancellationToken.None);
        }

        var eml = Directory.GetFiles(App.MailDirectory, "*.eml").Select(File.ReadAllText).Single(t => t.Contains("victim@example.org"));
        foreach (var written in new[] { "evil.example", "wire $500", "suspended", "claim your refund" })
        {
            Assert.That(eml, Does.Not.Contain(written));
            Assert.That(message.Subject + message.Body, Does.Not.Contain(written));
        }

        Assert.That(eml, Does.Contain("We received your membership application"));
    }

}
