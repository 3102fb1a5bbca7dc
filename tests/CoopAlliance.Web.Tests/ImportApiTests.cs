using System.Net;
using System.Net.Http.Headers;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

/// <summary>The spreadsheet import over HTTP: a dry run writes nothing, refused rows come back as problem+json with the report, reps may not import.</summary>
public sealed class ImportApiTests : WebTest
{
    private const string Header = "ref,legal_name,kind,region,status,town";

    private static MultipartFormDataContent Files(string coops)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(coops));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "coops", "coops.csv" } };
    }

    [Test]
    public async Task ADryRunWritesNothingAndABadRowIsRefusedAsProblemJsonWithItsLineAndColumn()
    {
        var staff = await StaffAsync();
        var csv = $"{Header}\nweb-imp-1,Web Import Bakery Cooperative,WorkerCoop,WesternMassachusetts,Active,Greenfield\n" +
                  "web-imp-2,Web Import Press Cooperative,NotAKind,WesternMassachusetts,Active,Amherst\n";

        var dry = await JsonAsync(await staff.PostAsync("/api/v1/imports/dry-run", Files(csv)));
        Assert.That(dry.GetProperty("dryRun").GetBoolean(), Is.True);
        Assert.That(dry.GetProperty("errorCount").GetInt32(), Is.EqualTo(1));
        var error = dry.GetProperty("errors")[0];
        Assert.That(error.GetProperty("line").GetInt32(), Is.EqualTo(3));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.ImportRef != null && c.ImportRef.StartsWith("web-imp-"))), Is.Zero);

        var problem = await ProblemAsync(await staff.PostAsync("/api/v1/imports", Files(csv)), HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("report").GetProperty("errorCount").GetInt32(), Is.EqualTo(1));
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.ImportRef != null && c.ImportRef.StartsWith("web-imp-"))), Is.Zero,
            "a file with an error writes nothing");

        var good = await JsonAsync(await staff.PostAsync("/api/v1/imports", Files(csv.Replace("NotAKind", "WorkerCoop", StringComparison.Ordinal))));
        Assert.That(good.GetProperty("imported").GetBoolean(), Is.True);
        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync(c => c.ImportRef != null && c.ImportRef.StartsWith("web-imp-"))), Is.EqualTo(2));
        await ProblemAsync(await staff.PostAsync("/api/v1/imports/dry-run", new StringContent("x")), HttpStatusCode.BadRequest);
        Assert.That((await (await RepAsync()).PostAsync("/api/v1/imports/dry-run", Files(csv))).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
