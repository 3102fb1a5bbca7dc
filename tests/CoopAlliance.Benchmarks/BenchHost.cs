using System.Security.Claims;
using CoopAlliance.Application;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

namespace CoopAlliance.Benchmarks;

/// <summary>The real Application and Infrastructure registrations on a fresh SQLite file in a temporary folder.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(ServiceProvider services, string dir, string databasePath)
    {
        Services = services;
        Directory = dir;
        DatabasePath = databasePath;
    }

    public ServiceProvider Services { get; }
    public string Directory { get; }
    public string DatabasePath { get; }
    public string ConnectionString => $"Data Source={DatabasePath}";

    public static async Task<BenchHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("coopalliance-bench-").FullName;
        var db = Path.Combine(dir, "bench.db");
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={db}",
            ["Jobs:RunServer"] = "false",
            ["Email:PickupDirectory"] = Path.Combine(dir, "mail"),
            // Statements print how to pay; the app refuses to start without it.
            ["Alliance:Payments:PayableTo"] = "Bench Alliance",
            ["Alliance:Payments:MailingAddress"] = "1 Bench Street, Springfield, MA 01103",
            ["Alliance:Payments:Phone"] = "(413) 555-0100",
            ["Alliance:Payments:Email"] = "dues@bench.example.coop",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var env = new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = dir, ApplicationName = "CoopAlliance.Benchmarks" };
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton<IHostEnvironment>(env);
        services.AddApplication();
        services.AddInfrastructure(config, env);
        services.AddScoped<IPrincipalAccessor, NoPrincipal>();
        var provider = services.BuildServiceProvider();
        using (var scope = provider.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
        }

        return new BenchHost(provider, dir, db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private sealed class NoPrincipal : IPrincipalAccessor
    {
        public ClaimsPrincipal? Principal => null;
    }
}
