using System.Diagnostics;
using System.Text.Json;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests;

/// <summary>The OpenAPI document other programs start from: who may call what, the problems each operation answers, stable names, and no lint errors.</summary>
public sealed class ApiDocumentTests : WebTest
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private JsonElement _document;

    [OneTimeSetUp]
    public async Task ReadTheDocument()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        _document = await JsonAsync(response);
    }

    private IEnumerable<(string Path, string Method, JsonElement Operation)> Operations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(m => Methods.Contains(m.Name)).Select(m => (path.Name, m.Name, m.Value)));

    private JsonElement Operation(string path, string method) => _document.GetProperty("paths").GetProperty(path).GetProperty(method);

    [Test]
    public void TheBearerSchemeIsDeclaredAndEveryOperationSaysWhoMayCallIt()
    {
        var bearer = _document.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiDocument.BearerScheme);
        Assert.That((bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()), Is.EqualTo(("http", "bearer")));

        Assert.That(Operations().Where(o => !o.Operation.TryGetProperty("security", out _)).Select(o => $"{o.Method} {o.Path}"), Is.Empty);
        Assert.Multiple(() =>
        {
            // Anonymous operations say so explicitly; the others name the scheme and the roles the request declares.
            Assert.That(Operation("/api/v1/auth/login", "post").GetProperty("security").GetArrayLength(), Is.Zero);
            Assert.That(Operation("/api/v1/membership-applications", "post").GetProperty("security").GetArrayLength(), Is.Zero);
            Assert.That(Roles("/api/v1/coops", "post"), Is.EqualTo(new[] { "Staff" }));
            Assert.That(Roles("/api/v1/coops/{id}", "put"), Is.EquivalentTo(new[] { "Staff", "CoopRep" }));
            Assert.That(Roles("/api/v1/coops", "get"), Is.Empty, "any signed-in user (the list narrows to what the caller may see)");
            Assert.That(Operation("/api/v1/coops", "post").GetProperty("description").GetString(), Does.Contain("Who may call: Staff"));
        });
    }

    private string[] Roles(string path, string method)
    {
        var requirement = Operation(path, method).GetProperty("security").EnumerateArray().Single();
        return requirement.GetProperty(ApiDocument.BearerScheme).EnumerateArray().Select(r => r.GetString()!).ToArray();
    }

    [Test]
    public void EveryOperationHasAUniqueOperationIdASummaryATagAndProblemResponses()
    {
        var operations = Operations().ToList();
        var ids = operations.Select(o => o.Operation.TryGetProperty("operationId", out var id) ? id.GetString() : null).ToList();

        Assert.That(operations, Has.Count.GreaterThan(100));
        Assert.That(ids, Has.None.Null.And.Unique);
        Assert.That(operations.Where(o => string.IsNullOrWhiteSpace(o.Operation.TryGetProperty("summary", out var s) ? s.GetString() : null))
            .Select(o => $"{o.Method} {o.Path}"), Is.Empty, "every operation has a summary");
        Assert.That(operations.Where(o => !o.Operation.TryGetProperty("tags", out _)).Select(o => $"{o.Method} {o.Path}"), Is.Empty);
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation.GetProperty("responses");
            var anonymous = operation.GetProperty("security").GetArrayLength() == 0;
            var expected = new List<string>();
            expected.AddRange(anonymous ? [] : ["401", "403"]);
            expected.AddRange(path.Contains('{') ? ["404"] : []);
            expected.AddRange(method is "post" or "put" ? ["400"] : []);
            Assert.That(responses.EnumerateObject().Select(r => r.Name), Is.SupersetOf(expected), $"{method} {path}");
            foreach (var problem in responses.EnumerateObject().Where(r => r.Name.StartsWith('4')))
            {
                var schema = problem.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString();
                Assert.That(schema, Is.EqualTo(problem.Name == "400"
                    ? "#/components/schemas/HttpValidationProblemDetails"
                    : "#/components/schemas/ProblemDetails"), $"{method} {path} {problem.Name}");
            }
        }
    }

    [Test]
    public void ConflictsRuleRefusalsAndRateLimitsAreDocumentedWhereTheyHappen()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Responses("/api/v1/coops/{id}", "put"), Does.Contain("409"), "the co-op profile is saved with the version read");
            Assert.That(Responses("/api/v1/coops/{id}", "get"), Does.Not.Contain("409").And.Not.Contain("422"));
            Assert.That(Responses("/api/v1/coops/{id}/membership/approve", "post"), Does.Contain("422"), "a transition the status does not allow");
            Assert.That(Responses("/api/v1/auth/login", "post"), Does.Contain("429").And.Contain("401").And.Contain("400"), "a wrong password is a 401");
            Assert.That(Responses("/api/v1/membership-applications", "post"), Does.Contain("429"));
        });
    }

    private IEnumerable<string> Responses(string path, string method) =>
        Operation(path, method).GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

    [Test]
    public void TheStableNamesFollowTheTagAndTheAction()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Operation("/api/v1/coops", "get").GetProperty("operationId").GetString(), Is.EqualTo("Coops_List"));
            Assert.That(Operation("/api/v1/invoices/{id}/pdf", "get").GetProperty("operationId").GetString(), Is.EqualTo("Invoices_GetPdf"));
            Assert.That(Operation("/api/v1/ta-requests/{id}/start", "post").GetProperty("operationId").GetString(), Is.EqualTo("Assistance_Start"));
        });
    }

    [Test]
    public void TheDocumentHasTagDescriptionsALicenceAServerWithoutATrailingSlashAndEnumsAsStrings()
    {
        var tags = _document.GetProperty("tags").EnumerateArray().ToList();
        Assert.That(tags.Select(t => t.GetProperty("name").GetString()), Is.EquivalentTo(ApiDocument.Tags.Keys));
        Assert.That(tags.Where(t => string.IsNullOrWhiteSpace(t.TryGetProperty("description", out var d) ? d.GetString() : null)), Is.Empty);
        Assert.That(_document.GetProperty("info").GetProperty("license").GetProperty("name").GetString(), Is.Not.Empty);
        Assert.That(_document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()), Has.All.Not.EndsWith("/"));

        var status = _document.GetProperty("components").GetProperty("schemas").GetProperty("MembershipStatus");
        Assert.That(status.GetProperty("enum").EnumerateArray().Select(v => v.GetString()), Does.Contain("Active").And.Contain("Applicant"));
    }

    /// <summary>Redocly CLI's recommended rules on the served document: no errors (scripts/test.sh installs the linter).</summary>
    [Test]
    public async Task TheServedDocumentHasNoLintErrors()
    {
        var redocly = Path.Combine(RepositoryRoot(), "tools", "redocly", "node_modules", ".bin", "redocly");
        if (!File.Exists(redocly))
        {
            Assert.Fail($"The OpenAPI linter is not installed at {redocly}: run scripts/test.sh (it installs @redocly/cli).");
        }

        var file = Path.Combine(Path.GetTempPath(), $"coopalliance-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await App.CreateClient().GetStringAsync("/openapi/v1.json"));
        try
        {
            var lint = new ProcessStartInfo(redocly, ["lint", file, "--extends=recommended", "--format=stylish"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
            };
            using var process = Process.Start(lint)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var text = await output + await errors;
            TestContext.Out.WriteLine(text);

            Assert.That(process.ExitCode, Is.Zero, text);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (CoopAlliance.sln) was not found.");
    }
}
