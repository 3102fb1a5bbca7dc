using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of events in the reader's language (Resources/Texts/EventTexts.es.resx), keyed by their English text: the
/// registrant's emails (written in <see cref="Domain.Events.Registration.Language"/>), the session proposer's letters,
/// and the event enums' words (<see cref="Domain.Events.EventWords"/>) on the public pages.
/// </summary>
public sealed class EventTexts
{
    private static readonly IStringLocalizer Localizer = TextsLocalizer.Create(typeof(EventTexts));

    /// <summary>The English text in the current language (<see cref="AppCulture.Current"/>), formatted with <paramref name="args"/>.</summary>
    public static string T(string english, params object[] args) => TextsLocalizer.Translate(Localizer, english, args);
}
