using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CoopAlliance.Domain.Operations;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Imports;

/// <summary>
/// The staff import page: a dry run shows the errors by line and column and offers nothing to import; a clean one shows
/// what would be added and, confirmed, imports the files kept on the server and shows the run; the runs list pages.
/// </summary>
public sealed partial class ImportPageTests : WebTest
{
    private const string Header = "ref,legal_name,kind,region,status,town";
    private const string Good = $"{Header}\npage-imp-1,Page Import Bakery Cooperative,WorkerCoop,WesternMassachusetts,Active,Greenfield\n" +
                                "page-imp-2,Page Import Press Cooperative,WorkerCoop,WesternMassachusetts,Active,Amherst\n";
    private const string Roster = "coop_ref,full_name,email\npage-imp-1,Ada Baker,ada@page-import.example.coop\n";

    [Test]
    public async Task ACheckShowsErrorsByLineThenACleanCheckIsConfirmedAndTheRunIsShown()
    {
        var staff = await App.SignedInBrowserAsync(AppFactory.StaffEmail);
        Assert.That(await staff.GetStringAsync("/Coops"), Does.Contain("href=\"/Imports\""), "the co-ops list links the import page");

        var bad = await PostFilesAsync(staff, "Check", Good.Replace("Amherst\n", "Amherst\npage-imp-3,,WorkerCoop,Mars,Active,X\n", StringComparison.Ordinal), null);
        Assert.That(bad, Does.Contain("data-import-report=\"errors\"").And.Contain("data-error-line=\"4\" data-error-column=\"legal_name\"")
            .And.Contain("data-error-column=\"region\"").And.Not.Contain("Import these files"));

        var check = await PostFilesAsync(staff, "Check", Good, Roster);
        Assert.That(check, Does.Contain("data-import-report=\"ok\"").And.Contain("Import these files"));
        Assert.That(Regex.Match(check, "data-file=\"coops.csv\">.*?data-created>(\\d+)<", RegexOptions.Singleline).Groups[1].Value, Is.EqualTo("2"));
        Assert.That(await CountAsync(), Is.Zero, "a check writes nothing");

        var upload = UploadToken().Match(check).Groups[1].Value;
        var run = await staff.PostAsync("/Imports?handler=Run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["upload"] = upload,
            [Forms.TokenField] = Forms.TokenIn(check),
        }));
        Assert.That(run.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var shown = await staff.GetStringAsync(run.Headers.Location!.OriginalString);
        Assert.That(shown, Does.Contain("data-run-status=\"Succeeded\"").And.Contain("Co-ops: 2 added").And.Contain("People: 1 added"));
        Assert.That(await CountAsync(), Is.EqualTo(2));

        var again = await PostFilesAsync(staff, "Check", Good, Roster);
        Assert.That(Regex.Match(again, "data-file=\"coops.csv\">.*?data-unchanged>(\\d+)<", RegexOptions.Singleline).Groups[1].Value, Is.EqualTo("2"),
            "the same files again: nothing to add");

        var replay = await staff.PostAsync("/Imports?handler=Run", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["upload"] = upload,
            [Forms.TokenField] = Forms.TokenIn(check),
        }));
        Assert.That(await replay.Content.ReadAsStringAsync(), Does.Contain("no longer on the server"), "an imported upload is removed");

        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.ImportRuns.Add(new ImportRun($"hash-{i}", $"old-{i:00}.csv", "someone", DateTimeOffset.UnixEpoch.AddDays(i)));
            }

            return await db.SaveChangesAsync();
        });
        var first = await staff.GetStringAsync("/Imports");
        var second = await staff.GetStringAsync("/Imports?pageNumber=2");
        Assert.That(first, Does.Contain("old-29.csv").And.Contain("href=\"/Imports?pageNumber=2\"").And.Not.Contain("old-00.csv"));
        Assert.That(second, Does.Contain("old-00.csv"));

        var rep = await App.SignedInBrowserAsync(AppFactory.RepEmail);
        Assert.That((await rep.GetAsync("/Imports")).StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "staff only");
    }

    private Task<int> CountAsync() => App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.ImportRef != null && c.ImportRef.StartsWith("page-imp-")));

    private static async Task<string> PostFilesAsync(HttpClient client, string handler, string coops, string? roster)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await Forms.TokenAsync(client, "/Imports")), Forms.TokenField },
            { Csv(coops), "coops", "coops.csv" },
        };
        if (roster is not null)
        {
            form.Add(Csv(roster), "roster", "roster.csv");
        }

        var response = await client.PostAsync($"/Imports?handler={handler}", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        return html;
    }

    private static ByteArrayContent Csv(string text)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return file;
    }

    [GeneratedRegex("name=\"upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadToken();
}
