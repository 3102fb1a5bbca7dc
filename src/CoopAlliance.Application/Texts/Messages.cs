using System.Globalization;
using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// What the application says when it refuses something: validation messages and domain rules, in the reader's
/// language (Resources/Texts/Messages.es.resx), looked up by their English text. Applied where every such message
/// passes — <see cref="Common.Exceptions.ValidationException"/> and <see cref="Domain.Common.DomainRuleException"/> — so
/// a page, the API's problem+json and a form all read the same words. A message not yet translated reads in English.
/// </summary>
public sealed class Messages
{
    private static readonly IStringLocalizer Localizer = TextsLocalizer.Create(typeof(Messages));

    public static string Translate(string english)
    {
        if (AppCulture.Current == Domain.Common.Languages.English)
        {
            return english;
        }

        var text = Localizer[english];
        return text.ResourceNotFound ? english : text.Value;
    }

    /// <summary>
    /// A message with values in it ("Page size must be between 1 and {0}."): translated by its English format, then
    /// filled in with the current culture, so the English reads exactly as an interpolated string would.
    /// </summary>
    public static string Format(string english, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Translate(english), args);
}
