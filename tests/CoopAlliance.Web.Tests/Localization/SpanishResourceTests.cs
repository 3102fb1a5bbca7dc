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

    /// <summary>
    /// <c>L["Register — {0}", title].Value</c> is the unfilled format ("Register — {0}"): an HTML localizer fills the
    /// values in only when it writes the text. Text used as a string is read with <c>L.GetString(…, values)</c>.
    /// </summary>
    [Test]
    public void NoViewReadsTheUnfilledFormatOfALocalizedTextWithValues()
    {
        var pages = Path.Combine(SpanishText.RepoRoot, "src", "CoopAlliance.Web", "Pages");
        var offenders = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => UnfilledFormats(File.ReadAllText(file)).Select(text => $"{Path.GetRelativePath(pages, file)}: {text}"))
            .ToList();
        Assert.That(offenders, Is.Empty);
        Assert.That(UnfilledFormats("""@{ var t = L["Plan {0}", B[x].Value].Value; var u = L["Plain"].Value; var v = L.GetString("Go {0}", y).Value; }"""),
            Is.EqualTo(new[] { "L[\"Plan {0}\", B[x].Value].Value" }), "the scan itself");
    }

    private static IEnumerable<string> UnfilledFormats(string text)
    {
        for (var start = text.IndexOf("L[\"", StringComparison.Ordinal); start >= 0; start = text.IndexOf("L[\"", start + 1, StringComparison.Ordinal))
        {
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }

            int end = start + 1, depth = 0;
            var inString = false;
            for (; end < text.Length; end++)
            {
                var c = text[end];
                if (inString)
                {
                    if (c == '\\')
                    {
                        end++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    break;
                }
            }

            var call = text[start..Math.Min(end + 1, text.Length)];
            var firstString = System.Text.RegularExpressions.Regex.Match(call, "^L\\[\"(?:[^\"\\\\]|\\\\.)*\"\\s*,");
            if (firstString.Success && text.AsSpan(Math.Min(end + 1, text.Length)).StartsWith(".Value", StringComparison.Ordinal))
            {
                yield return call + ".Value";
            }
        }
    }

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
