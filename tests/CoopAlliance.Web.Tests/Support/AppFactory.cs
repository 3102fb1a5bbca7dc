using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Infrastructure.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests.Support;

/// <summary>
/// The real app over an in-process test server, on its own SQLite file with the Development demo data (so the
/// demo logins exist). Each test fixture gets its own factory and so its own database. Another environment
/// (e.g. "Production") starts the app as it would run outside development; <c>settings</c> override configuration;
/// <c>services</c> replaces a seam only tests replace (e.g. <see cref="InvoiceRunServer"/>).
/// </summary>
public sealed class AppFactory(string environment = "Development", IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string Password = DemoData.Password;
    public const string StaffEmail = DemoData.StaffEmail;
    public const string RepEmail = DemoData.RepEmail;
    public const string MentorEmail = DemoData.MentorEmail;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coopalliance-web-tests-" + Guid.NewGuid().ToString("N"));

    // A Development app with no database settings starts from a copy of the run's template (see DemoTemplate).
    private readonly string? _template = DemoTemplate.For(environment, settings);

    public string MailDirectory => Path.Combine(_dir, "mail");

    /// <summary>The SQLite file this app uses (tests that start other processes on the same database need it).</summary>
    public string DatabasePath => Path.Combine(_dir, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        if (_template is not null && !File.Exists(DatabasePath))
        {
            File.Copy(_template, DatabasePath);
        }

        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={DatabasePath}");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Auth:JwtSigningKey", "web-tests-signing-key-0123456789-abcdefghijklmnop");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>The running app's clock: tests ask it for "now" and "today", never the wall clock.</summary>
    public AllianceClock Clock => Services.GetRequiredService<AllianceClock>();

    /// <summary>The alliance's calendar day in the running app (its zone, not UTC).</summary>
    public DateOnly Today => Clock.Today;

    /// <summary>The instant now in the running app, for stored timestamps.</summary>
    public DateTimeOffset UtcNow => Clock.UtcNow;

    /// <summary>
    /// A Hangfire server for the invoice runs people start (their queue only): the test apps run no job server
    /// (<c>Jobs:RunServer=false</c>, so no recurring job fires mid-test), and a run started from the web is a job.
    /// </summary>
    public static void InvoiceRunServer(IServiceCollection services) =>
        services.AddHangfireServer(o =>
        {
            o.Queues = [InvoiceRunJob.Queue];
            o.WorkerCount = 2;
        });

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

    /// <summary>A client that keeps cookies and shows redirects instead of following them (the browser's view of the UI).</summary>
    public HttpClient CreateCookieClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>A cookie client signed in through the login form, as a person in a browser would.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string email, string password = Password)
    {
        var client = CreateCookieClient();
        var response = await Forms.PostAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    /// <summary>Creates a login with a password directly (for tests that lock or disable it).</summary>
    public async Task<int> CreateLoginAsync(string email, string role, int? cooperativeId = null, string password = Password)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email, CooperativeId = cooperativeId, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user.Id;
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

/// <summary>
/// The migrated database with the demo data, made once per test run and copied for each Development app: migrating
/// and seeding (with its password hashing) for every fixture was most of the suite's time. A copy is the same as a
/// fresh seed: the demo data is deterministic and relative to the clock, and the template is made again when the
/// alliance's calendar day has turned since (dates in the demo data are days from today). The copy keeps the template's
/// data-protection keys, which the demo data's protected fields (benefits member ids) were written with; an app with its
/// own key settings (DataProtection:*) seeds its own database instead.
/// </summary>
internal static class DemoTemplate
{
    private static readonly Lock Gate = new();
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "coopalliance-web-template-" + Guid.NewGuid().ToString("N"));
    private static string? _path;
    private static AllianceClock? _clock;
    private static DateOnly _day;
    private static bool _making;

    static DemoTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    };

    /// <summary>The template's file for an app that can start from it, or null (another environment, database or key settings).</summary>
    public static string? For(string environment, IReadOnlyDictionary<string, string>? settings)
    {
        if (environment != "Development" || (settings ?? new Dictionary<string, string>()).Keys.Any(k =>
                k.StartsWith("Database:", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings:", StringComparison.Ordinal) ||
                k.StartsWith("DataProtection:", StringComparison.Ordinal)))
        {
            return null;
        }

        lock (Gate)
        {
            if (_making)
            {
                return null;
            }

            if (_path is not null && _clock!.Today == _day)
            {
                return _path;
            }

            _making = true;
            try
            {
                Directory.CreateDirectory(Dir);
                var path = Path.Combine(Dir, $"template-{Guid.NewGuid():N}.db");
                using (var seeded = new AppFactory())
                {
                    _clock = seeded.Clock;
                    _day = _clock.Today;
                    using var connection = new SqliteConnection($"Data Source={seeded.DatabasePath}");
                    connection.Open();
                    using var vacuum = connection.CreateCommand();
                    vacuum.CommandText = "VACUUM INTO $path";
                    vacuum.Parameters.AddWithValue("$path", path);
                    vacuum.ExecuteNonQuery();
                }

                _path = path;
                return _path;
            }
            finally
            {
                _making = false;
            }
        }
    }
}

/// <summary>One app (and database) per test fixture; tests in a fixture must not depend on each other's changes.</summary>
public abstract class WebTest
{
    protected AppFactory App { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartApp() => App = CreateApp();

    /// <summary>The fixture's app; override to start it with other settings.</summary>
    protected virtual AppFactory CreateApp() => new();

    [OneTimeTearDown]
    public void StopApp() => App.Dispose();

    protected Task<HttpClient> StaffAsync() => App.ClientForAsync(AppFactory.StaffEmail);

    protected Task<HttpClient> RepAsync() => App.ClientForAsync(AppFactory.RepEmail);

    protected Task<HttpClient> MentorAsync() => App.ClientForAsync(AppFactory.MentorEmail);

    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(AppFactory.Json))!;

    /// <summary>Asserts the status and that the body is application/problem+json; returns the problem.</summary>
    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        return problem;
    }

    /// <summary>The messages a 400 problem lists for one field (empty when the field is not named).</summary>
    protected static string[] FieldErrors(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];

    /// <summary>Asserts the status (200 unless told) and a JSON body; returns the body.</summary>
    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return JsonDocument.Parse(text).RootElement;
    }

    protected Task<int> CoopIdAsync(string legalName) =>
        App.WithDbAsync(db => db.Cooperatives.Where(c => c.LegalName == legalName).Select(c => c.Id).SingleAsync());

    /// <summary>The rep's own co-op (Pioneer Valley Bread Cooperative).</summary>
    protected Task<int> RepCoopIdAsync() => CoopIdAsync(DemoData.RepCoop);
}
