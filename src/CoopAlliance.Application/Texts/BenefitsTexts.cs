namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of group benefits in the reader's language (Resources/Texts/BenefitsTexts.es.resx), keyed by their English
/// text: the worker's election confirmation and benefits-day emails (in the co-op's language), the rep's benefits PDFs,
/// and the benefits enums' words on the rep's page.
/// </summary>
public sealed class BenefitsTexts
{
    private static readonly Microsoft.Extensions.Localization.IStringLocalizer Localizer = TextsLocalizer.Create(typeof(BenefitsTexts));

    /// <summary>The English text in the current language, formatted with <paramref name="args"/>.</summary>
    public static string T(string english, params object[] args) => TextsLocalizer.Translate(Localizer, english, args);
}
