using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoopAlliance.Application.Tests;

/// <summary>
/// The deploy/ folder (SQL Server 2022, two nodes, a proxy) cannot run here — there is no Docker — so what can drift is
/// checked by reading it: every setting the compose file gives the app is one the app reads and the README documents,
/// every variable it uses has a line in .env.example, the proxy and the image agree on the port and the health check,
/// the trusted proxy network is the compose network, and the database set-up script is T-SQL that parses.
/// </summary>
public sealed partial class DeployFilesTests
{
    private static string Read(string relative) => File.ReadAllText(RepositoryFile(relative));

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The app settings the compose file sets (environment keys with "__", as configuration paths).</summary>
    private static List<string> AppSettingsInCompose() =>
        EnvironmentKey().Matches(Read("deploy/docker-compose.yml")).Select(m => m.Groups[1].Value)
            .Select(k => string.Join(':', k.Split("__").Where(part => !part.All(char.IsAsciiDigit))))
            .Distinct().ToList();

    private static HashSet<string> Flatten(JsonElement element, string prefix, HashSet<string> into)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                var path = prefix.Length == 0 ? p.Name : $"{prefix}:{p.Name}";
                into.Add(path);
                Flatten(p.Value, path, into);
            }
        }

        return into;
    }

    [Test]
    public void EverySettingTheNodesGetIsOneTheAppReadsAndTheReadmeDocuments()
    {
        var known = Flatten(JsonDocument.Parse(Read("src/CoopAlliance.Web/appsettings.json")).RootElement, "", []);
        var readmeRows = Read("README.md").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        var settings = AppSettingsInCompose();

        Assert.That(settings, Does.Contain("Database:Provider").And.Contain("ConnectionStrings:Default").And.Contain("Auth:JwtSigningKey").And.Contain("Jobs:RunServer"));
        foreach (var setting in settings)
        {
            var parts = setting.Split(':');
            var documented = readmeRows.Any(row => row.Contains($"`{setting}`", StringComparison.Ordinal)
                || (row.Contains($"`{parts[0]}:", StringComparison.Ordinal) && row.Contains(parts[^1], StringComparison.Ordinal)));
            Assert.That(known.Contains(setting) || documented, Is.True, $"{setting} is neither in appsettings.json nor in the README's configuration table");
            Assert.That(documented, Is.True, $"{setting} is set by deploy/docker-compose.yml but the README's configuration table does not mention it");
        }
    }

    [Test]
    public void EveryVariableTheComposeFileUsesHasALineInTheExampleEnvironment()
    {
        var example = Read("deploy/.env.example").Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l[..l.IndexOf('=')]).ToHashSet();
        var used = Variable().Matches(Read("deploy/docker-compose.yml")).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(used, Is.Not.Empty);
        Assert.That(used.Where(v => !example.Contains(v)), Is.Empty, "variables without a line in deploy/.env.example");
        Assert.That(example.Where(v => !used.Contains(v)), Is.Empty, "lines in deploy/.env.example that nothing uses");
    }

    [Test]
    public void TheProxyTheImageAndTheAppAgreeOnPortHealthAndTrustedNetwork()
    {
        var compose = Read("deploy/docker-compose.yml");
        var caddy = Read("deploy/Caddyfile");
        var dockerfile = Read("deploy/Dockerfile");
        var program = Read("src/CoopAlliance.Web/Program.cs");

        Assert.That(dockerfile, Does.Contain("ASPNETCORE_URLS=http://+:8080").And.Contain("EXPOSE 8080"));
        Assert.That(caddy, Does.Contain("app1:8080").And.Contain("app2:8080"));
        Assert.That(caddy, Does.Contain("health_uri /health/ready"));
        Assert.That(program, Does.Contain("\"/health/ready\"").And.Contain("\"/health/live\""));
        Assert.That(dockerfile, Does.Contain("/health/live"));

        var subnet = Subnet().Match(compose).Groups[1].Value;
        Assert.That(subnet, Is.Not.Empty);
        Assert.That(compose, Does.Contain($"ForwardedHeaders__KnownNetworks__0: {subnet}"), "the app must trust exactly the compose network's proxy");
        Assert.That(program, Does.Contain("UseForwardedHeaders"));
        // One node migrates; the other waits for it and does not.
        Assert.That(Regex.Matches(compose, "Database__MigrateOnStartup: \"true\"").Count, Is.EqualTo(1));
    }

    [Test]
    public void TheDatabaseSetUpScriptParsesAsTSql()
    {
        var sql = Read("deploy/init-db.sql")
            .Replace("$(DbName)", "CoopAlliance", StringComparison.Ordinal)
            .Replace("$(AppUser)", "coopalliance_app", StringComparison.Ordinal)
            .Replace("$(AppPassword)", "Example-Passw0rd", StringComparison.Ordinal);

        Assert.That(sql, Does.Not.Contain("$("), "every sqlcmd variable is one docker-compose.yml passes");
        Assert.That(SqlServerScriptTests.ParseErrors(sql, out var script), Is.Empty);
        Assert.That(script!.Batches.Count, Is.GreaterThanOrEqualTo(5));
    }

    [GeneratedRegex(@"^\s+([A-Za-z]+__[A-Za-z0-9_]+):", RegexOptions.Multiline)]
    private static partial Regex EnvironmentKey();

    [GeneratedRegex(@"\$\{([A-Z0-9_]+)\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"subnet:\s*([0-9./]+)")]
    private static partial Regex Subnet();
}
