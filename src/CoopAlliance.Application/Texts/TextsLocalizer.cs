using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The localizers of the static writers (emails, PDFs) that are built outside dependency injection: the same resource
/// files as an injected <see cref="IStringLocalizer{T}"/>; a text not yet translated reads in English.
/// </summary>
internal static class TextsLocalizer
{
    // One factory for them all: it caches each resource's ResourceManager, so every static writer shares the lookups.
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = AppCulture.ResourcesPath }), NullLoggerFactory.Instance);

    public static IStringLocalizer Create(Type marker) => Factory.Create(marker);

    public static string Translate(IStringLocalizer localizer, string english, object[] args)
    {
        var text = AppCulture.Current == Domain.Common.Languages.English ? english : localizer[english] is { ResourceNotFound: false } found ? found.Value : english;
        return args.Length == 0 ? text : string.Format(AppCulture.FormatCulture(AppCulture.Current), text, args);
    }
}
