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

    [GeneratedRegex(@"\.EnsureCreated(Async)?\s*\(")]
    private static partial Regex EnsureCreatedCall();
}
