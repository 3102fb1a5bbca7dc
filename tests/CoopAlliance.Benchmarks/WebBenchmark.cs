using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CoopAlliance.Benchmarks.DirectoryBenchmark;

namespace CoopAlliance.Benchmarks;

/// <summary>
/// <c>scripts/bench.sh web [--database data/scale.db | --coops 15000 --workers 1250000] [--connections 32] [--warmup 5] [--seconds 15]</c>:
/// the web tier on a seed-scale database (issue 17). Uses a copy of the given seed-scale file, or builds one with
/// <see cref="SeedScaleCommand"/>; adds a staff login and a rep login with random passwords (nothing else is changed);
/// starts the Release build in its own process (cold start to /health/ready timed), then drives each key endpoint in turn
/// and prints req/s, p50/p95/p99 and the ratio to the bare /health/live measured in the same run, with the issue's targets
/// (API ≥ 0.25 and p99 ≤ 25 ms, pages ≥ 0.10 and p99 ≤ 50 ms), and the app's resident memory after the load (≤ 300 MB).
/// </summary>
public static partial class WebBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var connections = Option(args, "--connections", 32);
        var warmup = TimeSpan.FromSeconds(Option(args, "--warmup", 5));
        var measured = TimeSpan.FromSeconds(Option(args, "--seconds", 15));
        var webDll = StringOption(args, "--web") ?? Path.Combine(RepositoryRoot(), "src", "CoopAlliance.Web", "bin", "Release", "net10.0", "CoopAlliance.Web.dll");
        if (!File.Exists(webDll))
        {
            Console.Error.WriteLine($"no web app at {webDll}: build it with `dotnet build src/CoopAlliance.Web -c Release` (scripts/bench.sh does)");
            return 2;
        }

        var dir = Directory.CreateTempSubdirectory("coopalliance-web-bench-").FullName;
        var dbPath = Path.Combine(dir, "scale.db");
        var source = StringOption(args, "--database");
        if (source is not null)
        {
            File.Copy(source, dbPath);
            Console.WriteLine($"using a copy of {source}");
        }

        var staffPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)) + "a1!";
        const string staffEmail = "bench.staff@bench.example.coop";
        const string repEmail = "bench.rep@bench.example.coop";
        int coopId;
        await using (var host = await BenchHost.StartAsync(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={dbPath}" }))
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (source is null)
            {
                var options = new SeedScaleOptions(Option(args, "--coops", 15_000), Option(args, "--workers", 1_250_000), Option(args, "--seed", 42), dbPath, true);
                Console.WriteLine(await new SeedScaleCommand(db).RunAsync(options, Console.WriteLine));
            }

            coopId = await db.Cooperatives.Where(c => c.Status == Domain.Cooperatives.MembershipStatus.Active)
                .OrderByDescending(c => c.WorkerOwners).Select(c => c.Id).FirstAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var (email, role, coop) in new[] { (staffEmail, Roles.Staff, (int?)null), (repEmail, Roles.CoopRep, coopId) })
            {
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email, CooperativeId = coop, LockoutEnabled = true };
                var created = await users.CreateAsync(user, staffPassword);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
                }

                await users.AddToRoleAsync(user, role);
            }
        }

        SqliteConnection.ClearAllPools();
        var cold = Stopwatch.StartNew();
        using var web = await WebApp.StartAsync(webDll, dbPath, dir);
        using (var probe = new HttpClient { BaseAddress = web.BaseAddress })
        {
            while ((await probe.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }

        Console.WriteLine($"cold start to /health/ready: {cold.Elapsed.TotalSeconds:0.0} s (target ≤ 3 s; includes the process launch)");

        var bare = Client(web.BaseAddress, connections);
        var api = Client(web.BaseAddress, connections);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(bare, staffEmail, staffPassword));
        var staff = Client(web.BaseAddress, connections);
        staff.DefaultRequestHeaders.Add("Cookie", await CookieAsync(web.BaseAddress, staffEmail, staffPassword));
        var rep = Client(web.BaseAddress, connections);
        rep.DefaultRequestHeaders.Add("Cookie", await CookieAsync(web.BaseAddress, repEmail, staffPassword));

        var targets = new (string Name, HttpClient Client, string[] Paths, bool Page)[]
        {
            ("API co-ops search", api, ["/api/v1/coops?q=bakery", "/api/v1/coops?q=holyoke", "/api/v1/coops?q=print&status=Active"], false),
            ("API co-ops list", api, ["/api/v1/coops?page=1&pageSize=20", "/api/v1/coops?page=50&pageSize=20"], false),
            ("API co-op detail", api, [$"/api/v1/coops/{coopId}", "/api/v1/coops/17", "/api/v1/coops/1"], false),
            ("API invoices", api, ["/api/v1/invoices", "/api/v1/invoices?page=3"], false),
            ("API assistance requests", api, ["/api/v1/ta-requests"], false),
            ("API mentoring matches", api, ["/api/v1/mentoring/matches"], false),
            ("API staff dashboard", api, ["/api/v1/dashboard"], false),
            ("page staff home", staff, ["/Staff"], true),
            ("page co-ops search", staff, ["/Coops?q=bakery", "/Coops?q=holyoke"], true),
            ("page co-op", staff, [$"/Coops/Details/{coopId}", "/Coops/Details/17"], true),
            ("page rep home", rep, ["/MyCoop"], true),
            ("page public directory search", bare, ["/Public/Directory?q=bakery", "/Public/Directory?q=print&region=SouthernVermont"], true),
        };

        foreach (var (name, client, paths, _) in targets)
        {
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Console.Error.WriteLine($"{name}: GET {path} answered {(int)response.StatusCode}");
                    return 1;
                }
            }
        }

        Console.WriteLine($"{connections} connections, {warmup.TotalSeconds:0} s warm-up then {measured.TotalSeconds:0} s measured per target; " +
                          $"{Environment.ProcessorCount} cores, load average before: {LoadAverage()}");
        var baseline = await LoadAsync(bare, ["/health/live"], connections, warmup, measured);
        Print("bare endpoint (GET /health/live)", baseline);
        var passed = 0;
        foreach (var (name, client, paths, page) in targets)
        {
            var r = await LoadAsync(client, paths, connections, warmup, measured);
            var ratio = r.Rate / baseline.Rate;
            var (ratioTarget, p99Target) = page ? (0.10, 50.0) : (0.25, 25.0);
            var pass = r.Errors == 0 && ratio >= ratioTarget && r.P99 <= p99Target;
            passed += pass ? 1 : 0;
            Console.WriteLine($"{name,-30} {r.Rate,8:N0} req/s  p50 {r.P50,6:0.0} ms  p99 {r.P99,7:0.0} ms  errors {r.Errors}  ratio {ratio:0.000} " +
                              $"(target ≥ {ratioTarget:0.00}, p99 ≤ {p99Target:0} ms): {(pass ? "PASS" : "FAIL")}");
        }

        Console.WriteLine($"{passed} of {targets.Length} targets met; app resident memory after the load: {web.ResidentMegabytes():N0} MB (target ≤ 300 MB); " +
                          $"load average after: {LoadAverage()}");
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static HttpClient Client(Uri baseAddress, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AllowAutoRedirect = false,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    private static async Task<string> TokenAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Signs in through the login form and returns the cookies to send (the page's antiforgery cookie and the sign-in cookie).</summary>
    private static async Task<string> CookieAsync(Uri baseAddress, string email, string password)
    {
        var jar = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var form = await client.GetStringAsync("/Account/Login");
        var token = WebUtility.HtmlDecode(Token().Match(form).Groups[1].Value);
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in as {email} answered {(int)response.StatusCode}");
        }

        return jar.GetCookieHeader(baseAddress);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
