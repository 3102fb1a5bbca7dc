using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Tests.Cooperatives;

public sealed class ExportCoopDataTests : TestBase
{
    private const string InternalNote = "Staff only: their treasurer seems overwhelmed";

    private static async Task<int> AddOtherCoopAsync()
    {
        var profile = new CoopProfile("Brattleboro Bicycle Collective", null, CoopKind.WorkerCoop, "Retail", "9 Elm St", "Brattleboro", "VT", "05301",
            Region.SouthernVermont, new DateOnly(2012, 2, 1), 4, 1, RevenueBand.From100KTo500K, null, "hello@brattbikes.example", "802-555-0199", "Bikes.");
        var coop = Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2019, 1, 1), Actor.System, Clock.GetUtcNow());
        coop.AddPerson(new PersonDetails("Quentin Zorro", "Treasurer", "quentin.zorro@brattbikes.example", null, true, null, true));
        await AddAsync(coop);
        return coop.Id;
    }

    private static async Task<int> SubmitAsync(int coopId, string title)
    {
        RunAsRep(coopId);
        var id = await SendAsync(new SubmitAssistanceRequest
        {
            Category = AssistanceCategory.LegalAndBylaws,
            Title = title,
            Description = "We need help.",
            Urgency = Priority.Normal,
            PreferredContact = ContactMethod.Email,
            ContactDetail = "someone@example.coop",
        });
        RunAsStaff();
        return id;
    }

    private static Dictionary<string, string> Open(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    [Test]
    public async Task TheExportHoldsTheCoopsOwnDataAndNothingOfAnotherCoopOrInternal()
    {
        var a = await AddActiveCoopAsync();
        var b = await AddOtherCoopAsync();
        var ours = await SubmitAsync(a, "Update our bylaws");
        await SendAsync(new AddAssistanceComment(ours, InternalNote, IsInternal: true));
        await SendAsync(new AddAssistanceComment(ours, "We will call you on Tuesday."));
        var theirs = await SubmitAsync(b, "Zorro's secret succession plan");
        await SendAsync(new AddAssistanceComment(theirs, "Quentin should sign the form."));

        RunAsRep(a);
        var export = await SendAsync(new ExportCoopData(a));
        var files = Open(export.Content);

        Assert.That(files.Keys, Is.SupersetOf(new[]
        {
            "README.txt", "profile.json", "roster.json", "roster.csv", "membership-history.json", "invoices.json", "payments.csv",
            "assistance-requests.json", "assistance-comments.csv", "benefits-elections.json", "listings.json", "event-registrations.csv",
        }));
        foreach (var (name, text) in files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.DoesNotThrow(() => JsonDocument.Parse(text), name);
        }

        foreach (var (name, text) in files.Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)))
        {
            using var csv = new CsvHelper.CsvReader(new StringReader(text), System.Globalization.CultureInfo.InvariantCulture);
            Assert.DoesNotThrow(() => { while (csv.Read()) { } }, name);
        }

        var all = string.Join("\n", files.Values);
        Assert.That(all, Does.Contain("Pioneer Valley Bread Cooperative").And.Contain("Maria Alvarez").And.Contain("Update our bylaws")
            .And.Contain("We will call you on Tuesday."));
        Assert.That(all, Does.Not.Contain(InternalNote), "staff's internal comment stays out");
        foreach (var foreign in new[] { "Brattleboro Bicycle Collective", "Quentin", "Zorro", "brattbikes.example", "Quentin should sign" })
        {
            Assert.That(all, Does.Not.Contain(foreign), foreign);
        }

        using var profile = JsonDocument.Parse(files["profile.json"]);
        Assert.That(profile.RootElement.GetProperty("id").GetInt32(), Is.EqualTo(a));
        using var requests = JsonDocument.Parse(files["assistance-requests.json"]);
        Assert.That(requests.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetInt32()), Is.EqualTo(new[] { ours }));
        Assert.That(files["README.txt"], Does.Contain("roster.csv"));
    }

    [Test]
    public async Task ARepOfAnotherCoopGetsNotFoundAndStaffGetAnyCoop()
    {
        var a = await AddActiveCoopAsync();
        var b = await AddOtherCoopAsync();

        RunAsRep(b, userId: 9100);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ExportCoopData(a)));
        RunAsMentor();
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ExportCoopData(a)));

        RunAsStaff();
        var files = Open((await SendAsync(new ExportCoopData(b))).Content);
        Assert.That(files["profile.json"], Does.Contain("Brattleboro Bicycle Collective"));
        Assert.That(string.Join("\n", files.Values), Does.Not.Contain("Pioneer Valley Bread"));
    }
}
