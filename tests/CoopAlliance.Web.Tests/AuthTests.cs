using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

public sealed class AuthTests : WebTest
{
    [Test]
    public async Task LoggingInWithTheRightPasswordReturnsABearerTokenThatOpensTheApi()
    {
        var client = App.CreateClient();

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.StaffEmail, password = AppFactory.Password });

        var body = await JsonAsync(login);
        Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.EqualTo(60 * 60));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AWrongPasswordIs401AndTheApiStaysClosed()
    {
        var client = App.CreateClient();

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.MentorEmail, password = "wrong-password" });

        var problem = await ProblemAsync(login, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("not right"));
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task AnUnknownEmailIs401LikeAWrongPassword()
    {
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.coop", password = AppFactory.Password });

        await ProblemAsync(login, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ALoginWithoutEmailOrPasswordIs400NamingTheFields()
    {
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "", password = "" });

        var problem = await ProblemAsync(login, HttpStatusCode.BadRequest);
        Assert.That(FieldErrors(problem, "email"), Is.Not.Empty);
        Assert.That(FieldErrors(problem, "password"), Is.Not.Empty);
    }

    [Test]
    public async Task FiveFailedAttemptsLockTheLoginSoEvenTheRightPasswordIsRefused()
    {
        const string email = "locked-out@test.coop";
        await App.CreateLoginAsync(email, Roles.Mentor);
        var client = App.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = $"wrong-password-{attempt}" });
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt}");
        }

        var sixth = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });

        var problem = await ProblemAsync(sixth, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("locked"));
    }

    [Test]
    public async Task FewerThanFiveFailedAttemptsDoNotLockTheLogin()
    {
        const string email = "forgetful@test.coop";
        await App.CreateLoginAsync(email, Roles.Mentor);
        var client = App.CreateClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "wrong-password" });
        }

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ADisabledLoginGets401()
    {
        const string email = "disabled-rep@test.coop";
        var userId = await App.CreateLoginAsync(email, Roles.CoopRep, await RepCoopIdAsync());
        var staff = await StaffAsync();
        Assert.That((await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await staff.PostAsync($"/api/v1/users/{userId}/disable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = AppFactory.Password });

        await ProblemAsync(login, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task DisablingALoginEndsTheBearerTokensItAlreadyHas()
    {
        const string email = "token-holder@test.coop";
        var userId = await App.CreateLoginAsync(email, Roles.CoopRep, await RepCoopIdAsync());
        var holder = await App.ClientForAsync(email);
        Assert.That((await holder.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await (await StaffAsync()).PostAsync($"/api/v1/users/{userId}/disable", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await holder.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await holder.PutAsJsonAsync($"/api/v1/coops/{await RepCoopIdAsync()}", new { legalName = "Hijacked" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task TheBearerTokenCarriesTheRolesAndTheRepsCoop()
    {
        var staff = await StaffAsync();
        var rep = await RepAsync();
        var mentor = await MentorAsync();

        Assert.That((await staff.GetAsync("/api/v1/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await ProblemAsync(await rep.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        await ProblemAsync(await mentor.GetAsync("/api/v1/users"), HttpStatusCode.Forbidden);
        var repList = await JsonAsync(await rep.GetAsync("/api/v1/coops"));
        Assert.That(repList.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()),
            Is.EqualTo(new[] { await RepCoopIdAsync() }));
    }

    [Test]
    public async Task AForgedOrGarbledTokenIs401()
    {
        var client = App.CreateClient();
        var token = (await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.RepEmail, password = AppFactory.Password }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        // Change the signature: a token the app did not sign must not open anything.
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
