using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAlliance.Web.Tests.Support;

namespace CoopAlliance.Web.Tests.Api;

/// <summary>
/// The typed client in Api/Client is generated from Api/openapi-v1.json; this keeps that snapshot equal to the document the app serves,
/// so a change to the document shows up as a client diff (and a breaking one as a compile or test failure).
/// </summary>
public sealed class ApiDocumentSnapshotTests : WebTest
{
    /// <summary>Set to 1 to rewrite the snapshot from the served document (scripts/generate-api-client.sh does).</summary>
    public const string UpdateVariable = "UPDATE_API_SNAPSHOT";

    public static string SnapshotPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "openapi-v1.json");

    /// <summary>Indented, without the servers entry (its host is the test server's, not a real one).</summary>
    private static string Canonical(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        document.Remove("servers");
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    [Test]
    public async Task TheServedDocumentMatchesTheSnapshotTheClientIsGeneratedFrom()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        var served = Canonical(await response.Content.ReadAsStringAsync());

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath(), served);
        }

        var snapshot = File.Exists(SnapshotPath()) ? Canonical(await File.ReadAllTextAsync(SnapshotPath())) : "";
        Assert.That(served, Is.EqualTo(snapshot), "the API document changed: run scripts/generate-api-client.sh and review the client diff");
    }
}
