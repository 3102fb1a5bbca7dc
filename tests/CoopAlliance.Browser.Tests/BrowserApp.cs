using CoopAlliance.Application.Common.Time;
using CoopAlliance.Infrastructure.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoopAlliance.Browser.Tests;

/// <summary>The real app on Kestrel (a fresh SQLite file with the demo data), for a real browser.</summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "coopalliance-browser-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(_dir, "browser.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Jobs:RunServer", "false");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_dir, "mail"));
        builder.UseSetting("Auth:JwtSigningKey", "browser-tests-signing-key-0123456789-abcdefghij");
        // No job server (no recurring job fires mid-test), except for the invoice runs staff start from the page.
        builder.ConfigureServices(services => services.AddHangfireServer(o => o.Queues = [InvoiceRunJob.Queue]));
    }

    /// <summary>The running app's clock: tests ask it for "now" and "today", never the wall clock.</summary>
    public AllianceClock Clock => Services.GetRequiredService<AllianceClock>();

    /// <summary>The alliance's calendar day in the running app (its zone, not UTC).</summary>
    public DateOnly Today => Clock.Today;

    /// <summary>The instant now in the running app, for stored timestamps.</summary>
    public DateTimeOffset UtcNow => Clock.UtcNow;

    public string RootUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

/// <summary>Starts the app and Chromium once for the whole run.</summary>
[SetUpFixture]
public sealed class BrowserSetup
{
    public static BrowserAppFactory App { get; private set; } = null!;
    public static IBrowser Browser { get; private set; } = null!;
    private static IPlaywright? _playwright;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        App = new BrowserAppFactory();
        App.UseKestrel(0);
        App.StartServer();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's chromium: Playwright's own browser download cannot work on this network.
            ExecutablePath = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM_EXECUTABLE") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>Each test gets its own browser context (its own cookies).</summary>
public abstract class BrowserTest
{
    protected IBrowserContext Context { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;
    protected static string Url(string path) => BrowserSetup.App.RootUrl.TrimEnd('/') + path;

    [SetUp]
    public async Task OpenAsync()
    {
        Context = await BrowserSetup.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        Context.SetDefaultTimeout(15_000);
        _cspViolations.Clear();
        Context.Page += (_, page) => WatchCsp(page);
        Page = await Context.NewPageAsync();
    }

    private readonly List<string> _cspViolations = [];

    /// <summary>Every page must work under the site's Content-Security-Policy: a refused script or style fails the test.</summary>
    private void WatchCsp(IPage page) => page.Console += (_, message) =>
    {
        if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
        {
            lock (_cspViolations)
            {
                _cspViolations.Add($"{page.Url}: {message.Text}");
            }
        }
    };

    [TearDown]
    public async Task CloseAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            var file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{TestContext.CurrentContext.Test.Name}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            TestContext.AddTestAttachment(file);
        }

        await Context.CloseAsync();
        lock (_cspViolations)
        {
            Assert.That(_cspViolations, Is.Empty, "The page broke the Content-Security-Policy.");
        }
    }

    /// <summary>
    /// Turns off the browser's own checks (required, type="email") on the page's forms, so the next submit reaches the
    /// server with what the browser would refuse and the server's messages stay tested. Call it after each navigation.
    /// </summary>
    protected Task SkipBrowserChecksAsync() => Page.EvaluateAsync("() => document.querySelectorAll('form').forEach(f => f.noValidate = true)");

    /// <summary>A rep's or mentor's phone (390×844): the size the everyday-experience checks use for phones.</summary>
    protected Task UsePhoneAsync() => Page.SetViewportSizeAsync(390, 844);

    /// <summary>A staff laptop (1366×900): the size the everyday-experience checks use for staff desktops.</summary>
    protected Task UseStaffDesktopAsync() => Page.SetViewportSizeAsync(1366, 900);

    /// <summary>True when the page fits its viewport: no horizontal scroll (document scrollWidth ≤ innerWidth).</summary>
    protected async Task<bool> FitsTheScreenAsync() =>
        await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    protected async Task SignInAsync(string email, string password = "CoopDemo!2026")
    {
        await Page.GotoAsync(Url("/Account/Login"));
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
