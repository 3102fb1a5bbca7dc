using CoopAlliance.Application.Common.Words;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Shared;

/// <summary>
/// The words reps and mentors read for enum values (statuses, kinds, regions, categories…), in the request's language.
/// They are the glossary's words (<see cref="Glossary.Label"/>, Application's Resources/Texts/Words.es.resx), so a page,
/// an email and a PDF say the same thing; this resource (Resources/Pages/Shared/RepWords) holds only the few page
/// phrases around them ("{0} hours"). Inject <c>IStringLocalizer&lt;RepWords&gt;</c>.
/// </summary>
public sealed class RepWords;

public static class RepWordsExtensions
{
    /// <summary>An enum value in words, in the request's language ("Active" / "Activa").</summary>
#pragma warning disable IDE0060 // the localizer is the extension's receiver, kept so views read W.Word(x) for every word
    public static string Word(this IStringLocalizer<RepWords> words, Enum value) => Glossary.Label(value);

    /// <summary>A word the glossary gives as text (a transition's verb, a skill level), in the request's language.</summary>
    public static string Word(this IStringLocalizer<RepWords> words, string english) => Application.Texts.Words.Translate(english);

    /// <summary>The options of a select box (see <see cref="Choices"/>) with their texts in the request's language.</summary>
    public static IEnumerable<SelectListItem> Translated(this IEnumerable<SelectListItem> items, IStringLocalizer<RepWords> words) =>
        items.Select(i =>
        {
            i.Text = Application.Texts.Words.Translate(i.Text);
            return i;
        });
#pragma warning restore IDE0060

    /// <summary>"3.5 hours", "1 hour" / "3.5 horas", "1 hora".</summary>
    public static string Hours(this IStringLocalizer<RepWords> words, decimal hours) =>
        hours == 1 ? words["{0} hour", hours.ToString("0.##")] : words["{0} hours", hours.ToString("0.##")];
}

/// <summary>The short date forms the rep's and mentor's pages use, in the request's language (English unchanged).</summary>
public static class RepDates
{
    private static bool Spanish => AppCulture.Current == Domain.Common.Languages.Spanish;

    private static System.Globalization.CultureInfo Culture => AppCulture.FormatCulture(AppCulture.Current);

    /// <summary>"Jan 2026" / "ene 2026".</summary>
    public static string MonthYear(DateOnly day) => day.ToString("MMM yyyy", Culture).Replace(".", "");

    /// <summary>"Dec 5" / "5 dic".</summary>
    public static string ShortDay(DateOnly day) => day.ToString(Spanish ? "d MMM" : "MMM d", Culture).Replace(".", "");

    public static string ShortDay(DateTimeOffset at) => ShortDay(DateOnly.FromDateTime(at.DateTime));

    /// <summary>"Saturday, December 5" / "sábado, 5 de diciembre".</summary>
    public static string WeekdayMonthDay(DateOnly day) => Formats.WeekdayMonthDay(day);

    /// <summary>"Dec 5, 2026 3:30 PM" / "5 dic 2026 15:30".</summary>
    public static string DayTime(DateTimeOffset at) => $"{Formats.Day(DateOnly.FromDateTime(at.DateTime))} {Formats.Time(TimeOnly.FromDateTime(at.DateTime))}";

    /// <summary>"Dec 5, 2026" / "5 dic 2026".</summary>
    public static string Day(DateTimeOffset at) => Formats.Day(DateOnly.FromDateTime(at.DateTime));

    /// <summary>"December 5, 2026" / "5 de diciembre de 2026".</summary>
    public static string LongDay(DateTimeOffset at) => Formats.LongDay(DateOnly.FromDateTime(at.DateTime));
}
