using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

/// <summary>
/// The localizers of the static writers (emails, PDFs) that are built outside dependency injection: the same resource
/// files as an injected <see cref="IStringLocalizer{T}"/>; a text not yet translated reads in English.
/// </summary>
internal static class TextsLocalizer
{
    public static IStringLocalizer Create(Type marker) => new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions { ResourcesPath = AppCulture.ResourcesPath }), NullLoggerFactory.Instance).Create(marker);

    public static string Translate(IStringLocalizer localizer, string english, object[] args)
    {
        var text = AppCulture.Current == Domain.Common.Languages.English ? english : localizer[english] is { ResourceNotFound: false } found ? found.Value : english;
        return args.Length == 0 ? text : string.Format(AppCulture.FormatCulture(AppCulture.Current), text, args);
    }
}
