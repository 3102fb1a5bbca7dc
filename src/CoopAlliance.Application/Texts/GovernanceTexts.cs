using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of the alliance's meetings a delegate reads — the meeting notice and the minutes — in the co-op's language
/// (Resources/Texts/GovernanceTexts.es.resx), keyed by their English text.
/// </summary>
public sealed class GovernanceTexts
{
    private static readonly IStringLocalizer Localizer = TextsLocalizer.Create(typeof(GovernanceTexts));

    /// <summary>The English text in the current language (<see cref="AppCulture.Current"/>), formatted with <paramref name="args"/>.</summary>
    public static string T(string english, params object[] args) => TextsLocalizer.Translate(Localizer, english, args);
}
