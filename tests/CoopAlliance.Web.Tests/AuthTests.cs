using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

public sealed class AuthTests : WebTest
{
    [Test]
    public async Task LoggingInWithTheRightPasswordReturnsABearerTokenThatOpensTheApi()
    {
        var client = App.CreateClient();

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.StaffEmail, password = AppFactory.Password });

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("accessToken").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("expiresIn").GetInt32(), Is.GreaterThan(0));
        var staff = await StaffAsync();
        Assert.That((await staff.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AWrongPasswordIs401AndTheApiStaysClosed()
    {
        var client = App.CreateClient();

        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = AppFactory.MentorEmail, password = "wrong-password" });

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await client.GetAsync("/api/v1/coops")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
