using System.Reflection;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Common;
using CoopAlliance.Infrastructure.Data;

namespace CoopAlliance.Application.Tests;

/// <summary>Dependencies point inward: the domain and the use cases know nothing of databases, the web or infrastructure.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly Assembly Domain = typeof(DomainRuleException).Assembly;
    private static readonly Assembly ApplicationLayer = typeof(ICommand).Assembly;

    /// <summary>What neither inner layer may reference (prefixes of assembly names).</summary>
    private static readonly string[] ForbiddenInnerReferences =
    [
        "Microsoft.EntityFrameworkCore.Sqlite",
        "Microsoft.EntityFrameworkCore.SqlServer",
        "Microsoft.EntityFrameworkCore.Relational",
        "Microsoft.Data.Sqlite",
        "Microsoft.Data.SqlClient",
        "Microsoft.AspNetCore",
        "Hangfire",
        "CoopAlliance.Infrastructure",
        "CoopAlliance.Web",
        "CoopAlliance.Migrations",
    ];

    [Test]
    public void TheDomainReferencesOnlyTheBaseLibrary()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.That(references, Is.Not.Empty);
        Assert.That(references.Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib")), Is.Empty,
            "no EF Core, no ASP.NET Core, no MediatR or other framework in the domain");
        Assert.That(references.Where(n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("Domain")]
    [TestCase("Application")]
    public void AnInnerLayerReferencesNoDatabaseProviderWebOrInfrastructure(string layer)
    {
        var assembly = layer == "Domain" ? Domain : ApplicationLayer;

        var forbidden = assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => ForbiddenInnerReferences.Any(f => n.StartsWith(f, StringComparison.Ordinal)));

        Assert.That(forbidden, Is.Empty);
    }

    [Test]
    public void TheApplicationLayerReferencesTheDomain()
    {
        Assert.That(ApplicationLayer.GetReferencedAssemblies().Select(a => a.Name), Does.Contain(Domain.GetName().Name));
    }

    [Test]
    public void TheCheckWouldSeeAProviderReference()
    {
        // Guards the tests above against checking nothing: the infrastructure does reference the providers.
        var infrastructure = typeof(AppDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.That(infrastructure, Does.Contain("Microsoft.EntityFrameworkCore.Sqlite").And.Contain("Microsoft.EntityFrameworkCore.SqlServer"));
    }

    [Test]
    public void WebTouchesInfrastructureOnlyInTheCompositionRoot()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "CoopAlliance.Web");
        var files = SourceFiles(web, "*.cs").Concat(SourceFiles(web, "*.cshtml")).ToList();

        var offenders = files.Where(f => File.ReadAllText(f).Contains("CoopAlliance.Infrastructure", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f));

        Assert.That(files, Is.Not.Empty);
        Assert.That(offenders, Is.EqualTo(new[] { "Program.cs" }));
    }

    [Test]
    public void NothingInTheSourceCreatesTheDatabaseWithoutMigrations()
    {
        var root = RepositoryRoot();
        var files = new[] { "src", "migrations" }.SelectMany(d => SourceFiles(Path.Combine(root, d), "*.cs")).ToList();

        var offenders = files.Where(f => EnsureCreatedCall().IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(root, f));

        Assert.That(files, Has.Count.GreaterThan(20));
        Assert.That(offenders, Is.Empty, "use migrations; EnsureCreated makes a database that can never be upgraded");
    }

    /// <summary>The one place that may read the wall clock: the registration every other reader of time goes through.</summary>
    private const string ClockRegistration = "src/CoopAlliance.Application/DependencyInjection.cs";

    [Test]
    public void NothingButTheOneClockRegistrationReadsTheWallClock()
    {
        var root = RepositoryRoot();
        var files = new[] { "src", "tests" }
            .SelectMany(d => SourceFiles(Path.Combine(root, d), "*.cs").Concat(SourceFiles(Path.Combine(root, d), "*.cshtml")))
            .ToList();

        var reads = files.SelectMany(f => WallClockReads(File.ReadAllText(f))
                .Select(r => (File: Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'), r.Line, r.Text)))
            .ToList();
        var offenders = reads.Where(r => r.File != ClockRegistration).Select(r => $"{r.File}:{r.Line}: {r.Text}");

        Assert.That(files, Has.Count.GreaterThan(100));
        Assert.That(offenders, Is.Empty,
            "read time from TimeProvider (instants) or AllianceClock (the alliance's today and local time); tests use their TestClock or the app's clock");
        Assert.That(reads.Where(r => r.File == ClockRegistration).Select(r => r.Text),
            Is.EqualTo(new[] { "services.AddSingleton(TimeProvider" + ".System);" }), "the one registration of the system clock");
    }

    // The samples are split in two so that this file itself reads no clock.
    [TestCase("var at = DateTime", ".UtcNow;")]
    [TestCase("var at = System.DateTime", ".Now.AddDays(1);")]
    [TestCase("var day = DateTime", ".Today;")]
    [TestCase("var at = DateTimeOffset", ".UtcNow;")]
    [TestCase("Log(DateTimeOffset", " .Now);")]
    [TestCase("var clock = TimeProvider", ".System;")]
    public void TheWallClockCheckSeesANewRead(string start, string end)
    {
        // Guards the test above against checking nothing: the sample sits on the third line of a file.
        var reads = WallClockReads("namespace X;\n\n" + start + end + "\n");

        Assert.That(reads.Select(r => r.Line), Is.EqualTo(new[] { 3 }));
    }

    [TestCase("var at = clock.GetUtcNow();")]
    [TestCase("var day = clock.Today;")]
    [TestCase("var at = new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);")]
    [TestCase("public DateTimeOffset UtcNow => time.GetUtcNow();")]
    [TestCase("var due = DateTime.UtcNowish;")]
    public void TheWallClockCheckLetsTheApplicationsClocksBe(string line)
    {
        Assert.That(WallClockReads(line), Is.Empty);
    }

    /// <summary>The lines (1-based) of a source text that read the wall clock.</summary>
    private static IEnumerable<(int Line, string Text)> WallClockReads(string source) =>
        source.Split('\n').Select((text, i) => (Line: i + 1, Text: text.Trim())).Where(l => WallClockRead().IsMatch(l.Text));

    /// <summary>The folder holding CoopAlliance.sln, found by walking up from the test binaries.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CoopAlliance.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }

    private static IEnumerable<string> SourceFiles(string dir, string pattern) =>
        Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b|\bTimeProvider\s*\.\s*System\b")]
    private static partial Regex WallClockRead();

    [GeneratedRegex(@"\.EnsureCreated(Async)?\s*\(")]
    private static partial Regex EnsureCreatedCall();
}
