using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Benchmarks;

/// <summary>
/// `scripts/bench.sh directory [--coops 15000] [--listings 45000] [--connections 32] [--warmup 10] [--seconds 20]
/// [--keep-database FILE]`:
/// seeds a fresh SQLite database with N active co-ops and M published listings (varied words, categories, regions),
/// starts the real web app (the Release build of CoopAlliance.Web, Production environment, on Kestrel, in its own
/// process) on it, then drives the same number of concurrent connections at three targets in turn: a bare endpoint
/// (the liveness check /health/live: routing and the middleware pipeline, no database), the public search API
/// (/api/v1/public/listings) and the server-rendered search page (/directory), each with a warm-up that is not
/// counted. The searches cycle through a realistic mix (one word, two words, a prefix, a category, a region, page 2).
/// It prints requests/s and p50/p95/p99 latency of each, and the ratios to the bare rate against the targets.
/// </summary>
public static class DirectoryBenchmark
{
    private const double ApiRatioTarget = 0.25;
    private const double ApiP99TargetMs = 25;
    private const double PageRatioTarget = 0.10;

    private static readonly string[] CategoryNames =
    [
        "Food & bakery", "Coffee & tea", "Farm & garden", "Construction & trades", "Cleaning & care", "Technology",
        "Printing & design", "Arts & crafts", "Health & wellness", "Childcare & education", "Transport & delivery",
        "Professional services",
    ];

    /// <summary>Words per category (index as <see cref="CategoryNames"/>): a listing's title and text draw on its category's.</summary>
    private static readonly string[][] Words =
    [
        ["bread", "sourdough", "bakery", "pastry", "bagels", "cakes", "pies", "granola", "catering", "lunch"],
        ["coffee", "espresso", "roasting", "tea", "beans", "cafe", "chai", "cocoa", "kombucha", "cider"],
        ["vegetables", "apples", "maple", "syrup", "honey", "eggs", "seedlings", "flowers", "compost", "cheese"],
        ["carpentry", "plumbing", "roofing", "electrical", "solar", "insulation", "masonry", "painting", "renovation", "framing"],
        ["cleaning", "laundry", "housekeeping", "eldercare", "janitorial", "windows", "carpets", "homecare", "errands", "organizing"],
        ["software", "websites", "hosting", "networking", "repair", "laptops", "databases", "security", "apps", "support"],
        ["printing", "posters", "signs", "design", "branding", "letterpress", "books", "screenprinting", "stickers", "labels"],
        ["pottery", "weaving", "yarn", "jewelry", "furniture", "glass", "quilts", "leather", "candles", "soap"],
        ["massage", "yoga", "acupuncture", "herbal", "therapy", "fitness", "dental", "nutrition", "midwifery", "counseling"],
        ["childcare", "preschool", "tutoring", "music", "lessons", "camp", "language", "afterschool", "workshops", "training"],
        ["delivery", "bicycle", "moving", "courier", "freight", "rideshare", "taxi", "hauling", "storage", "logistics"],
        ["bookkeeping", "accounting", "legal", "translation", "consulting", "payroll", "taxes", "marketing", "research", "interpreting"],
    ];

    private static readonly string[] Adjectives =
    [
        "organic", "local", "fresh", "handmade", "affordable", "reliable", "custom", "seasonal", "friendly", "expert",
        "sustainable", "certified", "community", "small-batch", "worker-owned", "family", "heritage", "modern", "quick", "careful",
    ];

    private static readonly string[] Filler =
    [
        "we", "offer", "our", "members", "serve", "the", "valley", "and", "with", "for", "every", "week", "since", "quality",
        "neighbors", "ask", "about", "orders", "prices", "available", "year", "round", "call", "visit", "shop", "team",
    ];

    private static readonly (string Town, string State, Region Region)[] Towns =
    [
        ("Holyoke", "MA", Region.WesternMassachusetts), ("Northampton", "MA", Region.WesternMassachusetts),
        ("Amherst", "MA", Region.WesternMassachusetts), ("Greenfield", "MA", Region.WesternMassachusetts),
        ("Springfield", "MA", Region.WesternMassachusetts), ("Pittsfield", "MA", Region.WesternMassachusetts),
        ("Brattleboro", "VT", Region.SouthernVermont), ("Bennington", "VT", Region.SouthernVermont),
        ("Putney", "VT", Region.SouthernVermont), ("Hartford", "CT", Region.Elsewhere), ("Albany", "NY", Region.Elsewhere),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var coops = Option(args, "--coops", 15_000);
        var listings = Option(args, "--listings", 45_000);
        var connections = Option(args, "--connections", 32);
        var warmup = TimeSpan.FromSeconds(Option(args, "--warmup", 10));
        var measured = TimeSpan.FromSeconds(Option(args, "--seconds", 20));
        var webDll = StringOption(args, "--web") ?? Path.Combine(RepositoryRoot(), "src", "CoopAlliance.Web", "bin", "Release", "net10.0", "CoopAlliance.Web.dll");
        if (!File.Exists(webDll))
        {
            Console.Error.WriteLine($"no web app at {webDll}: build it with `dotnet build src/CoopAlliance.Web -c Release` (scripts/bench.sh does)");
            return 2;
        }

        await using var host = await BenchHost.StartAsync();
        var seed = Stopwatch.StartNew();
        var categories = await SeedAsync(host, coops, listings);
        Console.WriteLine($"seeded {coops:N0} active co-ops and {listings:N0} published listings ({categories.Count} categories) in {seed.Elapsed.TotalSeconds:0.0} s");
        var dbPath = host.DatabasePath;
        await host.Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (StringOption(args, "--keep-database") is { } keep)
        {
            File.Copy(dbPath, keep, overwrite: true);
            Console.WriteLine($"database copied to {keep}");
        }

        using var web = await WebApp.StartAsync(webDll, dbPath, host.Directory);
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = web.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };

        var searches = Searches(categories);
        if (!await CheckAsync(client, searches))
        {
            return 1;
        }

        Console.WriteLine($"{connections} connections, {warmup.TotalSeconds:0} s warm-up (not counted) then {measured.TotalSeconds:0} s measured per target; " +
                          $"{Environment.ProcessorCount} cores, load average before: {LoadAverage()}");
        var bare = await LoadAsync(client, ["/health/live"], connections, warmup, measured);
        Print("bare endpoint (GET /health/live)", bare);
        var api = await LoadAsync(client, searches.Select(s => "/api/v1/public/listings" + s).ToArray(), connections, warmup, measured);
        Print("public search API (GET /api/v1/public/listings)", api);
        var page = await LoadAsync(client, searches.Select(s => "/directory" + s.Replace("page=", "pageNumber=", StringComparison.Ordinal)).ToArray(),
            connections, warmup, measured);
        Print("search page (GET /directory)", page);

        var apiRatio = api.Rate / bare.Rate;
        var pageRatio = page.Rate / bare.Rate;
        // A run with failed requests (a 429, a 500) did not measure the search: it cannot pass.
        var apiPass = api.Errors == 0 && apiRatio >= ApiRatioTarget && api.P99 <= ApiP99TargetMs;
        Console.WriteLine($"ratio API/bare: {apiRatio:0.000} (target ≥ {ApiRatioTarget:0.00}), API p99 {api.P99:0.0} ms (target ≤ {ApiP99TargetMs:0} ms): {(apiPass ? "PASS" : "FAIL")}");
        Console.WriteLine($"ratio page/bare: {pageRatio:0.000} (target ≥ {PageRatioTarget:0.00}): {(page.Errors == 0 && pageRatio >= PageRatioTarget ? "PASS" : "FAIL")}");
        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    /// <summary>The query strings of the mix, each run in turn by every connection.</summary>
    private static string[] Searches(IReadOnlyList<(int Id, string Slug)> categories) =>
    [
        "?q=bread", "?q=solar", "?q=coffee", "?q=pottery", "?q=bookkeeping", // one word
        "?q=sourdough+bread", "?q=organic+coffee", "?q=solar+northampton", "?q=yoga+brattleboro", // two words
        "?q=bak", "?q=carp", "?q=print", // a prefix
        $"?category={categories[0].Slug}", $"?category={categories[5].Slug}", $"?q=local&category={categories[3].Slug}", // a category
        "?region=SouthernVermont", "?q=honey&region=WesternMassachusetts", // a region
        "?q=bread&page=2", "?page=2", // the second page
    ];

    private static async Task<bool> CheckAsync(HttpClient client, string[] searches)
    {
        var failures = 0;
        var totals = new List<string>();
        foreach (var s in searches)
        {
            var timer = Stopwatch.StartNew();
            using var api = await client.GetAsync("/api/v1/public/listings" + s);
            var body = await api.Content.ReadAsStringAsync();
            var ms = timer.Elapsed.TotalMilliseconds;
            using var page = await client.GetAsync("/directory" + s.Replace("page=", "pageNumber=", StringComparison.Ordinal));
            if (api.StatusCode != HttpStatusCode.OK || page.StatusCode != HttpStatusCode.OK)
            {
                Console.Error.WriteLine($"{s}: API {(int)api.StatusCode}, page {(int)page.StatusCode}\n{body}");
                failures++;
                continue;
            }

            using var json = System.Text.Json.JsonDocument.Parse(body);
            totals.Add($"{s[1..]} {json.RootElement.GetProperty("total").GetInt32():N0} ({ms:0} ms)");
        }

        Console.WriteLine("matches per search (first API answer's time): " + string.Join("; ", totals));
        return failures == 0;
    }

    internal sealed record Result(int Requests, int Errors, double Seconds, double P50, double P95, double P99)
    {
        public double Rate => Requests / Seconds;
    }

    internal static void Print(string name, Result r) =>
        Console.WriteLine($"{name}: {r.Rate:N0} req/s ({r.Requests:N0} in {r.Seconds:0.0} s, {r.Errors} errors); " +
                          $"p50 {r.P50:0.0} ms, p95 {r.P95:0.0} ms, p99 {r.P99:0.0} ms");

    /// <summary>
    /// Each connection sends one request after another (the next when the previous answer is read in full), cycling through
    /// the paths from its own starting point; requests that start during the warm-up are not counted.
    /// </summary>
    internal static async Task<Result> LoadAsync(HttpClient client, string[] paths, int connections, TimeSpan warmup, TimeSpan measured)
    {
        var clock = Stopwatch.StartNew();
        var countFrom = warmup;
        var stopAt = warmup + measured;
        var latencies = new List<double>[connections];
        var errors = new int[connections];
        var workers = Enumerable.Range(0, connections).Select(w => Task.Run(async () =>
        {
            var mine = new List<double>(100_000);
            latencies[w] = mine;
            var i = w;
            var buffer = new byte[16 * 1024];
            while (true)
            {
                var start = clock.Elapsed;
                if (start >= stopAt)
                {
                    break;
                }

                var ok = false;
                try
                {
                    using var response = await client.GetAsync(paths[i++ % paths.Length], HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }

                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                if (start >= countFrom)
                {
                    mine.Add((clock.Elapsed - start).TotalMilliseconds);
                    if (!ok)
                    {
                        errors[w]++;
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var seconds = (clock.Elapsed - countFrom).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(all.Length, errors.Sum(), seconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    internal static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>
    /// The categories by EF (their slugs come from the domain), the co-ops through the domain like the dues benchmark,
    /// then the listings, their categories, regions and search text by raw prepared INSERTs in one transaction; the
    /// migration's triggers fill the FTS5 index from ListingSearchEntries. Search terms (ListingSearchTerms) are the SQL
    /// Server index and are not written: SQLite searches with FTS5 only.
    /// </summary>
    private static async Task<IReadOnlyList<(int Id, string Slug)>> SeedAsync(BenchHost host, int coopCount, int listingCount)
    {
        var random = new Random(2026);
        var at = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        List<(int Id, string Slug, string Name)> categories;
        var coops = new List<(int Id, string Name, string Town, Region Region, int Category)>(coopCount);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var entities = CategoryNames.Select((name, i) => new ListingCategory(name, i + 1)).ToList();
            db.ListingCategories.AddRange(entities);
            await db.SaveChangesAsync();
            categories = entities.Select(c => (c.Id, c.Slug, c.Name)).ToList();

            var kinds = Enum.GetValues<CoopKind>();
            for (var start = 0; start < coopCount; start += 1000)
            {
                var page = new List<(Cooperative Coop, string Town, Region Region, int Category)>();
                for (var i = start; i < Math.Min(coopCount, start + 1000); i++)
                {
                    var (town, state, region) = Towns[random.Next(Towns.Length)];
                    var category = random.Next(CategoryNames.Length);
                    var word = Words[category][random.Next(10)];
                    var name = $"{town} {char.ToUpperInvariant(word[0])}{word[1..]} Co-op {i:00000}";
                    var profile = new CoopProfile(name, null, kinds[i % kinds.Length], CategoryNames[category], null, town, state, null,
                        region, null, 2 + (i % 40), 0, RevenueBand.Unknown, null, null, null, null);
                    page.Add((Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2015 + (i % 10), 1 + (i % 12), 1 + (i % 28)), Actor.System, at),
                        town, region, category));
                }

                db.Cooperatives.AddRange(page.Select(p => p.Coop));
                await db.SaveChangesAsync();
                coops.AddRange(page.Select(p => (p.Coop.Id, p.Coop.DisplayName, p.Town, p.Region, p.Category)));
                db.ChangeTracker.Clear();
            }
        }

        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var listing = Prepare(connection, transaction, """
            INSERT INTO Listings (CooperativeId, Title, Kind, Description, HowToOrder, ContactEmail, ContactPhone, Website, OrderUrl, Status,
                ReturnNote, CreatedAt, UpdatedAt, SubmittedAt, PublishedOn, ExpiresOn, ReminderSentFor, Version)
            VALUES ($coop, $title, $kind, $description, NULL, $email, NULL, NULL, NULL, $status, NULL, $at, $at, $at, $published, $expires, NULL, 1)
            RETURNING Id
            """, "$coop", "$title", "$kind", "$description", "$email", "$status", "$at", "$published", "$expires");
        var link = Prepare(connection, transaction, "INSERT INTO ListingCategoryLinks (ListingId, CategoryId) VALUES ($listing, $category)", "$listing", "$category");
        var regionRow = Prepare(connection, transaction, "INSERT INTO ListingRegions (ListingId, Region) VALUES ($listing, $region)", "$listing", "$region");
        var entry = Prepare(connection, transaction, "INSERT INTO ListingSearchEntries (ListingId, Text) VALUES ($listing, $text)", "$listing", "$text");
        var binaryAt = new DateTimeOffsetToBinaryConverter().ConvertToProvider(at)!;
        var published = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expires = today.AddDays(335).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        for (var n = 0; n < listingCount; n++)
        {
            // Three listings per co-op on average, mostly in the co-op's own category, sometimes in a second one.
            var coop = coops[n % coops.Count];
            var main = random.Next(5) == 0 ? random.Next(CategoryNames.Length) : coop.Category;
            var words = Words[main];
            var title = $"{Capital(Adjectives[random.Next(Adjectives.Length)])} {words[random.Next(10)]} {(random.Next(2) == 0 ? "" : words[random.Next(10)] + " ")}in {coop.Town}".Replace("  ", " ", StringComparison.Ordinal);
            text.Clear();
            for (var w = 0; w < 30 + random.Next(40); w++)
            {
                text.Append(random.Next(3) switch
                {
                    0 => words[random.Next(10)],
                    1 => Adjectives[random.Next(Adjectives.Length)],
                    _ => Filler[random.Next(Filler.Length)],
                }).Append(w % 12 == 11 ? ". " : " ");
            }

            var description = text.ToString().Trim();
            var kind = main is 0 or 1 or 2 or 7 ? ListingKind.Product : ListingKind.Service;
            var cats = new List<int> { main };
            if (random.Next(3) == 0)
            {
                cats.Add((main + 1 + random.Next(CategoryNames.Length - 1)) % CategoryNames.Length);
            }

            var regions = new List<Region> { coop.Region };
            if (random.Next(4) == 0)
            {
                regions.Add(coop.Region == Region.WesternMassachusetts ? Region.SouthernVermont : Region.WesternMassachusetts);
            }

            Set(listing, coop.Id, title, (int)kind, description, $"orders{n}@bench.example.coop", (int)ListingStatus.Published, binaryAt, published, expires);
            var id = Convert.ToInt32(await listing.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            foreach (var c in cats)
            {
                Set(link, id, categories[c].Id);
                await link.ExecuteNonQueryAsync();
            }

            foreach (var r in regions)
            {
                Set(regionRow, id, (int)r);
                await regionRow.ExecuteNonQueryAsync();
            }

            // As ListingIndex.TextFor writes it: title, co-op, categories, kind, town, regions, description.
            var search = string.Join(" \n", title, coop.Name, string.Join(' ', cats.Select(c => categories[c].Name)), kind.Describe(), coop.Town,
                string.Join(' ', regions.Select(r => r.Describe())), description);
            Set(entry, id, search);
            await entry.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await using (var optimize = connection.CreateCommand())
        {
            optimize.CommandText = """INSERT INTO "ListingSearchFts"("ListingSearchFts") VALUES('optimize'); ANALYZE;""";
            await optimize.ExecuteNonQueryAsync();
        }

        return categories.Select(c => (c.Id, c.Slug)).ToList();
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }

    internal static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The built web app in its own process on a free local port, Production environment, no jobs, no demo data.</summary>
    internal sealed class WebApp : IDisposable
    {
        private readonly Process _process;

        private WebApp(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        public static async Task<WebApp> StartAsync(string webDll, string databasePath, string dir)
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }

            var contentRoot = Path.GetDirectoryName(webDll)!;
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { webDll, "--urls", $"http://127.0.0.1:{port}" })
            {
                start.ArgumentList.Add(arg);
            }

            var env = start.Environment;
            env["ASPNETCORE_ENVIRONMENT"] = "Production";
            env["DOTNET_ENVIRONMENT"] = "Production";
            env["ConnectionStrings__Default"] = $"Data Source={databasePath}";
            env["Database__Provider"] = "Sqlite";
            env["Database__MigrateOnStartup"] = "true";
            env["Database__SeedDemoData"] = "false";
            env["Jobs__RunServer"] = "false";
            // 32 connections from one address would be refused by the public feeds' per-address read limit (429s are
            // not search answers); the benchmark measures the search, so the limit is lifted for its process only.
            env["RateLimits__PublicReadPerAddress__PermitLimit"] = "100000000";
            env["Email__PickupDirectory"] = Path.Combine(dir, "mail");
            env["Auth__JwtSigningKey"] = "benchmark-signing-key-benchmark-signing-key";
            env["Logging__LogLevel__Default"] = "Warning";
            env["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";

            var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var app = new WebApp(process, new Uri($"http://127.0.0.1:{port}"));
            using var probeClient = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var started = Stopwatch.StartNew();
            while (started.Elapsed < TimeSpan.FromSeconds(120))
            {
                if (process.HasExited)
                {
                    break;
                }

                try
                {
                    using var live = await probeClient.GetAsync("/health/live");
                    if (live.IsSuccessStatusCode)
                    {
                        Console.WriteLine($"web app ({Path.GetFileName(webDll)}, Production) answering at {app.BaseAddress} after {started.Elapsed.TotalSeconds:0.0} s");
                        return app;
                    }
                }
                catch (HttpRequestException)
                {
                }

                await Task.Delay(250);
            }

            app.Dispose();
            lock (output)
            {
                throw new InvalidOperationException($"the web app did not start:\n{output}");
            }
        }

        /// <summary>The app process's resident memory (VmRSS), in MB.</summary>
        public double ResidentMegabytes()
        {
            _process.Refresh();
            return _process.WorkingSet64 / (1024.0 * 1024.0);
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }

            _process.Dispose();
        }
    }
}
