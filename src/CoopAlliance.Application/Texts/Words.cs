using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The shared words (<see cref="Glossary"/>: statuses, regions, payment methods, audited fields) in the reader's language
/// (Resources/Texts/Words.es.resx), looked up by their English text. Glossary is static, so the lookup is too, as in
/// <see cref="Messages"/>. A word not yet translated reads in English. A word the code writes in lower case for use inside
/// a sentence ("legal &amp; bylaws") shares the key of its capitalized twin and is lower-cased after translation
/// (resource names are unique regardless of case).
/// </summary>
public sealed class Words
{
    private static readonly IStringLocalizer Localizer = TextsLocalizer.Create(typeof(Words));

    public static string Translate(string english)
    {
        if (AppCulture.Current == Domain.Common.Languages.English)
        {
            return english;
        }

        return Find(english) ?? english;
    }

    /// <summary>
    /// A word inside a refusal (<see cref="Domain.Common.DomainWord"/>): the shared words first, then those of benefits and
    /// events (tiers, registration statuses), a lower-case word by its capitalized twin; English when none has it.
    /// </summary>
    public static string TranslateAny(string english)
    {
        if (AppCulture.Current == Domain.Common.Languages.English || english.Length == 0)
        {
            return english;
        }

        if (Find(english) is { } word)
        {
            return word;
        }

        var lower = char.IsLower(english[0]);
        var key = lower ? char.ToUpperInvariant(english[0]) + english[1..] : english;
        foreach (var text in new Func<string, string>[] { e => BenefitsTexts.T(e), e => EventTexts.T(e) })
        {
            foreach (var candidate in lower ? new[] { english, key } : [english])
            {
                var said = text(candidate);
                if (said != candidate)
                {
                    return candidate == key && lower ? char.ToLower(said[0], AppCulture.FormatCulture(AppCulture.Current)) + said[1..] : said;
                }
            }
        }

        return english;
    }

    private static string? Find(string english)
    {
        var text = Localizer[english];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }

        if (english.Length > 0 && char.IsLower(english[0]))
        {
            var capitalized = Localizer[char.ToUpperInvariant(english[0]) + english[1..]];
            if (!capitalized.ResourceNotFound)
            {
                return char.ToLower(capitalized.Value[0], AppCulture.FormatCulture(AppCulture.Current)) + capitalized.Value[1..];
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="english"/> has a word in <paramref name="language"/> (for the checks).</summary>
    public static bool IsTranslated(string english, string language)
    {
        using (AppCulture.Use(language))
        {
            return Find(english) is not null;
        }
    }
}
