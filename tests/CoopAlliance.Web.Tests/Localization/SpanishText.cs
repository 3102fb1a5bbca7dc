using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CoopAlliance.Web.Infrastructure;

namespace CoopAlliance.Web.Tests.Localization;

/// <summary>What the Spanish tests share: the repository's files, the pages in Spanish, and the literal-text scan.</summary>
public static partial class SpanishText
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The view folders a rep, a developing co-op's rep, a mentor or the public read (staff-only folders stay English).</summary>
    public static readonly string[] PeoplesFolders = ["MyCoop", "MyProject", "Mentor", "Public", "Account", "Shared"];

    /// <summary>The views at the root of Pages/ that are not staff-only.</summary>
    public static readonly string[] PeoplesRootViews = ["Index.cshtml", "Error.cshtml", "Language.cshtml"];

    public static IEnumerable<string> PeoplesViews()
    {
        var pages = Path.Combine(RepoRoot, "src", "CoopAlliance.Web", "Pages");
        return PeoplesFolders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(pages, f), "*.cshtml", SearchOption.AllDirectories))
            .Concat(PeoplesRootViews.Select(v => Path.Combine(pages, v)))
            .Where(p => !Path.GetFileName(p).StartsWith("_View", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(pages, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads <paramref name="path"/> in Spanish (the switch's cookie) as <paramref name="client"/> and returns the HTML after
    /// checking that it is served, says lang="es", and shows no text that lacks a Spanish translation (⟦…⟧ marks).
    /// </summary>
    public static async Task<string> ReadInSpanishAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{LanguageChoice.CookieName}=es");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), path);
        Assert.That(html, Does.Contain("<html lang=\"es\">"), path);
        var missing = Regex.Matches(html, $"{MissingTranslations.Open}(.*?){MissingTranslations.Close}").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(missing, Is.Empty, $"{path} shows text with no Spanish translation.");
        return html;
    }

    /// <summary>Every resource file pair under src/: (neutral file, its keys, the Spanish file's keys, Spanish values left empty).</summary>
    public static IEnumerable<(string Neutral, HashSet<string> English, HashSet<string> Spanish, List<string> Empty)> ResourcePairs()
    {
        var src = Path.Combine(RepoRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")).ToList();
        foreach (var neutral in files.Where(f => !Regex.IsMatch(f, @"\.[a-z]{2}(-[A-Z]{2})?\.resx$")))
        {
            var spanish = neutral[..^".resx".Length] + ".es.resx";
            var es = File.Exists(spanish) ? Keys(spanish) : [];
            yield return (Path.GetRelativePath(RepoRoot, neutral), Keys(neutral).Keys.ToHashSet(), es.Keys.ToHashSet(),
                es.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ToList());
        }

        foreach (var orphan in files.Where(f => f.EndsWith(".es.resx", StringComparison.Ordinal) && !File.Exists(f[..^".es.resx".Length] + ".resx")))
        {
            yield return (Path.GetRelativePath(RepoRoot, orphan[..^".es.resx".Length] + ".resx"), [], Keys(orphan).Keys.ToHashSet(), []);
        }
    }

    private static Dictionary<string, string> Keys(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    // Words that read the same in both languages or are names: the brand, formats, abbreviations.
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal)
    {
        "CoopAlliance", "PDF", "CSV", "iCal", "ICS", "API", "EIN", "ZIP", "URL", "RSS", "Atom", "JSON", "OK", "Email", "email", "Valley", "Alliance", "of", "Worker", "Co-operatives",
    };

    /// <summary>
    /// The literal English a view would show without going through the localizer: text between tags and the readable
    /// attributes (placeholder, title, aria-label, alt), once comments, scripts, Razor code and @-expressions are set aside.
    /// A heuristic, deliberately strict: write every readable word as @L["…"].
    /// </summary>
    public static IReadOnlyList<string> LiteralText(string view)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot, "src", "CoopAlliance.Web", "Pages", view));
        text = Regex.Replace(text, @"@\*.*?\*@", "", RegexOptions.Singleline);
        text = Regex.Replace(text, @"<(script|style)\b.*?</\1>", "", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        text = RemoveCodeBlocks(text);
        var found = new List<string>();
        foreach (Match a in Regex.Matches(text, @"\b(placeholder|title|aria-label|alt)=""([^""]*)"""))
        {
            var value = a.Groups[2].Value;
            if (!value.TrimStart().StartsWith('@') && HasWords(StripExpressions(value)))
            {
                found.Add($"{a.Groups[1].Value}=\"{value}\"");
            }
        }

        foreach (Match m in Regex.Matches(text, @">([^<>]*)<"))
        {
            foreach (var line in m.Groups[1].Value.Split('\n'))
            {
                var t = line.Trim();
                if (t.Length == 0 || LooksLikeCode(t))
                {
                    continue;
                }

                var rest = StripExpressions(t);
                if (HasWords(rest))
                {
                    found.Add(t);
                }
            }
        }

        return found;
    }

    private static bool LooksLikeCode(string line) =>
        line.StartsWith('@') && !line.StartsWith("@L[", StringComparison.Ordinal) && Regex.IsMatch(line, @"^@(if|else|foreach|for|switch|while|using|model|page|inject|await|section|\{|\()")
        || line.StartsWith('}') || line.StartsWith('{') || line.EndsWith(';') || line.EndsWith('{') || line.StartsWith("else", StringComparison.Ordinal)
        || line.StartsWith("case ", StringComparison.Ordinal) || line.StartsWith("default:", StringComparison.Ordinal) || line.StartsWith("break;", StringComparison.Ordinal);

    private static string StripExpressions(string t)
    {
        // @L["…"] and @L["…", args]; @(…); @Model.X.Y(…)[…]; HTML entities.
        var s = Regex.Replace(t, @"@\w+\[(""(?:[^""\\]|\\.)*"")(,[^\]]*)?\]", " ");
        for (var i = 0; i < 3; i++)
        {
            s = Regex.Replace(s, @"@\((?:[^()]|\([^()]*\))*\)", " ");
        }

        s = Regex.Replace(s, @"@[\w.]+(\((?:[^()]|\([^()]*\))*\))?(\[[^\]]*\])?(\.[\w]+(\((?:[^()]|\([^()]*\))*\))?)*", " ");
        s = Regex.Replace(s, @"&\w+;|&#\d+;", " ");
        return s;
    }

    private static bool HasWords(string s) =>
        Regex.Matches(s, @"[A-Za-z][A-Za-z'’-]+").Any(w => !SameInBothLanguages.Contains(w.Value));

    /// <summary>Takes out @{ … } and @functions { … } blocks (balanced braces): code, not text.</summary>
    private static string RemoveCodeBlocks(string text)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("@{", i, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, start - i);
            var depth = 0;
            var j = start + 1;
            for (; j < text.Length; j++)
            {
                if (text[j] == '{')
                {
                    depth++;
                }
                else if (text[j] == '}' && --depth == 0)
                {
                    break;
                }
            }

            i = j + 1;
        }

        return result.ToString();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoopAlliance.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root (CoopAlliance.sln) was not found.");
    }
}
