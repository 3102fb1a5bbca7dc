namespace CoopAlliance.Web.Tests.Localization;

/// <summary>From now on a page ships in both languages: the resource files agree, and no view shows literal English.</summary>
public sealed class SpanishResourceTests
{
    [Test]
    public void EveryResourceHasTheSameKeysInEnglishAndSpanish()
    {
        var pairs = SpanishText.ResourcePairs().ToList();
        Assert.That(pairs, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (neutral, english, spanish, empty) in pairs)
            {
                Assert.That(spanish.Except(english), Is.Empty, $"{neutral}: keys in Spanish that English lacks.");
                Assert.That(english.Except(spanish), Is.Empty, $"{neutral}: keys with no Spanish translation.");
                Assert.That(empty, Is.Empty, $"{neutral}: Spanish values left empty.");
                // Resource names are case-insensitive: of "Ask" and "ask" the build keeps one and the page shows the wrong word.
                Assert.That(english.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty,
                    $"{neutral}: keys that differ only in case.");
            }
        });
    }

    public static IEnumerable<string> Views() => SpanishText.PeoplesViews();

    [TestCaseSource(nameof(Views))]
    public void AViewForRepsMentorsOrThePublicWritesEveryWordThroughTheLocalizer(string view) =>
        Assert.That(SpanishText.LiteralText(view), Is.Empty, $"Pages/{view} shows literal English; write it as @L[\"…\"] with its Spanish in Resources/Pages/{view[..^".cshtml".Length]}.es.resx.");

    [Test]
    public void TheLiteralTextScanFindsEnglishAndLetsTranslatedTextBe()
    {
        var dir = Path.Combine(SpanishText.RepoRoot, "src", "CoopAlliance.Web", "Pages", "Shared");
        var probe = Path.Combine(dir, $"_Probe{Guid.NewGuid():N}.cshtml");
        File.WriteAllText(probe, """
            @{ var x = "code is not text"; }
            @* a comment *@
            <h1>@L["Mis cuotas"]</h1>
            <p>Your co-op owes nothing.</p>
            <input placeholder="Search by name" />
            <span>@Model.Name · @(Model.Total)</span>
            @if (true)
            {
                <a title="@L["Open"]">@L["Open {0}", Model.Name]</a>
            }
            """);
        try
        {
            Assert.That(SpanishText.LiteralText("Shared/" + Path.GetFileName(probe)),
                Is.EquivalentTo(new[] { "Your co-op owes nothing.", "placeholder=\"Search by name\"" }));
        }
        finally
        {
            File.Delete(probe);
        }
    }
}
