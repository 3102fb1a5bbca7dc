using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAlliance.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.Support;

/// <summary>
/// The real app over an in-process test server, on its own SQLite file with the Development demo data (so the
/// demo logins exist). Each test fixture gets its own factory and so its own database.
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public const string Password = DemoData.Password;
    public const string StaffEmail = DemoData.StaffEmail;
    public const string RepEmail = DemoData.RepEmail;
    public const string MentorEmail = DemoData.MentorEmail;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coopalliance-web-tests-" + Guid.NewGuid().ToString("N"));

    public string MailDirectory => Path.Combine(_dir, "mail");

    /// <summary>The SQLite file this app uses (tests that start other processes on the same database need it).</summary>
    public string DatabasePath => Path.Combine(_dir, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Auth:JwtSigningKey", "web-tests-signing-key-0123456789-abcdefghijklmnop");
    }

    /// <summary>A client that sends a bearer token for this login.</summary>
    public async Task<HttpClient> ClientForAsync(string email, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Reads or arranges data directly.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

/// <summary>One app (and database) per test fixture; tests in a fixture must not depend on each other's changes.</summary>
public abstract class WebTest
{
    protected AppFactory App { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApp() => App = new AppFactory();

    [OneTimeTearDown]
    public void StopApp() => App.Dispose();

    protected Task<HttpClient> StaffAsync() => App.ClientForAsync(AppFactory.StaffEmail);

    protected Task<HttpClient> RepAsync() => App.ClientForAsync(AppFactory.RepEmail);

    protected Task<HttpClient> MentorAsync() => App.ClientForAsync(AppFactory.MentorEmail);

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(AppFactory.Json))!;
}
