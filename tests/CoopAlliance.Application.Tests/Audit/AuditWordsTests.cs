using System.Text.RegularExpressions;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Tests.Assistance;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Application.Tests.Audit;

/// <summary>The audit trail in people's words (issue 20, item 10): no raw field names, enum values or ids.</summary>
public sealed partial class AuditWordsTests : AssistanceTestBase
{
    [Test]
    public async Task AProviderAssignmentReadsWithTheProvidersNameAndACategoryInWords()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync("Dana Lawyer");
        await InProgressAsync(coopId, provider.Id);

        var entries = await SendAsync(new ListAuditEntries(coopId, 1, 50));
        var words = await SendAsync(new DescribeAuditEntries(entries.Items));
        var lines = words.SelectMany(w => w.Changes).ToList();

        Assert.That(lines, Has.Some.EqualTo("Provider: (none) → Dana Lawyer"), string.Join(" | ", lines));
        Assert.That(lines, Has.Some.StartWith("Category: Legal & bylaws"), string.Join(" | ", lines));
        Assert.That(lines, Has.None.Contains("LegalAndBylaws").And.None.Contains("Provider id").And.None.Contains("(empty)"));
        Assert.That(words.Select(w => w.What), Has.Some.EqualTo("Assign assistance"));
        Assert.That(words.Select(w => w.Who), Has.All.Not.Contains("@"), "people by name, not email");
    }

    [Test]
    public async Task AnEmailRecordedAsTheAuthorIsShownAsThePersonsName()
    {
        await AddLoginAsync("dana.reader@alliance.coop", Common.Security.Roles.Staff);
        var entry = new AuditEntryDto(1, Clock.UtcNow, "dana.reader@alliance.coop", "UpdateCoop", nameof(Cooperative), "7", 7, "Modified",
            """{"Kind":{"Old":"WorkerCoop","New":"ConversionInProgress"},"RevenueBand":{"Old":null,"New":"From100KTo500K"}}""");

        var words = (await SendAsync(new DescribeAuditEntries([entry]))).Single();

        Assert.That(words.Who, Is.EqualTo("dana.reader"), "the login's full name (invited with the part before @)");
        Assert.That(words.What, Is.EqualTo("Update co-op"));
        Assert.That(words.Detail, Is.EqualTo("changed cooperative #7"));
        Assert.That(words.Changes, Has.Some.StartWith("Kind: " + CoopKind.WorkerCoop.Describe()));
        Assert.That(words.Changes, Has.Some.StartWith("Revenue band: (none) → "));
        Assert.That(string.Join(" ", words.Changes), Does.Not.Contain("From100KTo500K"));
    }

    [Test]
    public void EveryValueOfEveryDomainEnumHasALabelInWords()
    {
        var enums = typeof(Cooperative).Assembly.GetTypes().Where(t => t.IsEnum).ToList();
        Assert.That(enums, Has.Count.GreaterThan(20));
        var raw = enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Select(v => (Value: $"{v.GetType().Name}.{v}", Label: Glossary.Label(v)))
            .Where(x => x.Label.Length == 0 || CamelCase().IsMatch(x.Label))
            .Select(x => $"{x.Value} → \"{x.Label}\"").ToList();

        Assert.That(raw, Is.Empty, "labels that still read like code");
        Assert.That(Glossary.Label(PaymentMethod.Ach), Is.EqualTo("ACH transfer"));
        Assert.That(Glossary.Field("ProviderId"), Is.EqualTo("Provider"));
        Assert.That(Glossary.Field("AssignedByUserId"), Is.EqualTo("Assigned by"));
    }

    /// <summary>A lower-case letter straight before a capital: "LegalAndBylaws", "OnTrack".</summary>
    [GeneratedRegex("[a-z][A-Z]")]
    private static partial Regex CamelCase();
}
