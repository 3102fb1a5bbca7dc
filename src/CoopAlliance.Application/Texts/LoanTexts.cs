using CoopAlliance.Application.Common.Words;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of the loan fund a borrower reads — arrears reminders and the loan statement — in the borrower's language
/// (Resources/Texts/LoanTexts.es.resx), keyed by their English text.
/// </summary>
public sealed class LoanTexts
{
    private static readonly IStringLocalizer Localizer = TextsLocalizer.Create(typeof(LoanTexts));

    /// <summary>The English text in the current language (<see cref="AppCulture.Current"/>), formatted with <paramref name="args"/>.</summary>
    public static string T(string english, params object[] args) => TextsLocalizer.Translate(Localizer, english, args);
}
