using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Dues;
using CoopAlliance.Application.Email;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Infrastructure;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// In the root namespace so it runs before every test of the assembly.
/// Builds the application once (the real Application and Infrastructure registrations on SQLite) and migrates a
/// template database once; every test then starts from a fresh copy of that template (see <see cref="TestBase"/>).
/// </summary>
[SetUpFixture]
public sealed class Testing
{
    private static ServiceProvider? _services;
    private static string _dir = "";
    private static string _template = "";

    public static string DatabasePath { get; private set; } = "";
    public static string MailDirectory { get; private set; } = "";
    public static TestClock Clock { get; } = new();
    public static IServiceProvider Services => _services ?? throw new InvalidOperationException("The test fixture has not started.");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _dir = Path.Combine(Path.GetTempPath(), "coopalliance-app-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        DatabasePath = Path.Combine(_dir, "test.db");
        MailDirectory = Path.Combine(_dir, "mail");
        _template = Path.Combine(_dir, "template.db");

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            // Pooling off: each test replaces the database file, so no connection may outlive a test.
            ["ConnectionStrings:Default"] = $"Data Source={DatabasePath};Pooling=False",
            ["Jobs:RunServer"] = "false",
            ["Email:PickupDirectory"] = MailDirectory,
            ["App:PublicBaseUrl"] = "https://office.example.coop",
            // The alliance's zone, stated: "today" is its calendar day, and TestClock.Today and SetLocal count in it too.
            ["App:TimeZone"] = TestClock.AllianceZoneId,
            // Statements print how to pay (Alliance:Payments); the app refuses to start without it.
            ["Alliance:Payments:PayableTo"] = "Test Alliance of Worker Co-operatives",
            ["Alliance:Payments:MailingAddress"] = "7 Test Lane, Greenfield, MA 01301",
            ["Alliance:Payments:Phone"] = "(413) 555-0199",
            ["Alliance:Payments:Email"] = "dues@office.example.coop",
            // Small batches, so a few rows make several (the import resumes between them).
            ["Import:CoopBatchSize"] = "2",
            ["Import:RosterBatchSize"] = "3",
        }).Build();
        var env = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = _dir, ApplicationName = "CoopAlliance.Tests" };

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton<IHostEnvironment>(env);
        services.AddApplication(config["AutoMapper:LicenseKey"]);
        services.AddInfrastructure(config, env);
        services.AddScoped<IPrincipalAccessor, TestPrincipalAccessor>();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.Replace(ServiceDescriptor.Singleton<IEmailSender, RecordingEmailSender>());
        services.Replace(ServiceDescriptor.Singleton<IInvoiceRunPause, TestInvoiceRunPause>());
        services.Replace(ServiceDescriptor.Singleton<Application.Imports.IImportPause, TestImportPause>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        using (var scope = _services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(DatabasePath + suffix))
            {
                File.Move(DatabasePath + suffix, _template + suffix);
            }
        }
    }

    /// <summary>Puts a freshly migrated, empty database in place.</summary>
    public static void ResetDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
            if (File.Exists(_template + suffix))
            {
                File.Copy(_template + suffix, DatabasePath + suffix);
            }
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

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

/// <summary>Records what would have been sent, so tests of the outbox need no mail server.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private static readonly List<(string To, string Subject, string Body)> SentMessages = [];
    private static readonly List<IReadOnlyList<EmailAttachment>> SentAttachments = [];

    public static IReadOnlyList<(string To, string Subject, string Body)> Sent
    {
        get
        {
            lock (SentMessages)
            {
                return SentMessages.ToList();
            }
        }
    }

    /// <summary>The attachments of each message in <see cref="Sent"/>, in the same order.</summary>
    public static IReadOnlyList<IReadOnlyList<EmailAttachment>> Attachments
    {
        get
        {
            lock (SentMessages)
            {
                return SentAttachments.ToList();
            }
        }
    }

    /// <summary>When set, every send throws this (to test retries).</summary>
    public static Exception? FailWith { get; set; }

    public static void Reset()
    {
        lock (SentMessages)
        {
            SentMessages.Clear();
            SentAttachments.Clear();
        }

        FailWith = null;
    }

    public Task SendAsync(string to, string subject, string body, IReadOnlyList<EmailAttachment> attachments, CancellationToken ct)
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }

        lock (SentMessages)
        {
            SentMessages.Add((to, subject, body));
            SentAttachments.Add(attachments);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The seam between a run's batches (<see cref="IInvoiceRunPause"/>): nothing unless a test sets <see cref="AfterBatch"/>,
/// e.g. to kill a run after its first batch as a crashed process would (throwing OperationCanceledException leaves its
/// claim running, unfailed, until the heartbeat times out). Reset before each test.
/// </summary>
public sealed class TestInvoiceRunPause : IInvoiceRunPause
{
    public static Func<string, int, Task>? AfterBatch { get; set; }

    public Task AfterBatchAsync(string periodKey, int batch, CancellationToken ct) => AfterBatch?.Invoke(periodKey, batch) ?? Task.CompletedTask;
}

/// <summary>The seam after each committed batch of an import: nothing unless a test sets <see cref="AfterBatch"/> (e.g. to stop it there).</summary>
public sealed class TestImportPause : Application.Imports.IImportPause
{
    public static Func<Domain.Operations.ImportPhase, int, Task>? AfterBatch { get; set; }

    public Task AfterBatchAsync(int runId, Domain.Operations.ImportPhase phase, int batch, CancellationToken ct) => AfterBatch?.Invoke(phase, batch) ?? Task.CompletedTask;
}
