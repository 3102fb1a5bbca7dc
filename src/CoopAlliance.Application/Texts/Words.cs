using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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
    private static readonly IStringLocalizer Localizer = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = AppCulture.ResourcesPath }), NullLoggerFactory.Instance).Create(typeof(Words));

    public static string Translate(string english)
    {
        if (AppCulture.Current == Domain.Common.Languages.English)
        {
            return english;
        }

        return Find(english) ?? english;
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
