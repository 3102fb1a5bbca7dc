using System.Globalization;
using CoopAlliance.Domain.Common;

namespace CoopAlliance.Application.Common.Words;

/// <summary>
/// The cultures behind the two languages. Text comes from resource files in the UI culture (en, es); dates and numbers
/// are formatted as the language is written in the United States (en-US, es-US), so a dollar amount reads
/// "$1,234.56" in both languages (US dollars stay US dollars) while a date reads "5 de diciembre de 2026" in Spanish.
/// </summary>
public static class AppCulture
{
    /// <summary>Where every project keeps its resource files (Resources/…, named after the view or marker type).</summary>
    public const string ResourcesPath = "Resources";

    private static readonly Dictionary<string, string> FormatCultures = new()
    {
        [Languages.English] = "en-US",
        [Languages.Spanish] = "es-US",
    };

    public static CultureInfo FormatCulture(string? language) => CultureInfo.GetCultureInfo(FormatCultures[Languages.Normalize(language)]);

    public static CultureInfo UiCulture(string? language) => CultureInfo.GetCultureInfo(Languages.Normalize(language));

    /// <summary>The language of the request or of the surrounding <see cref="Use"/>: en or es.</summary>
    public static string Current => Languages.Normalize(CultureInfo.CurrentUICulture.Name);

    /// <summary>
    /// Writes in <paramref name="language"/> until disposed: a job composing an email or a statement for a co-op uses
    /// the co-op's preferred language, whatever the language of the request or job that runs it.
    /// </summary>
    public static IDisposable Use(string? language)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = FormatCulture(language);
        CultureInfo.CurrentUICulture = UiCulture(language);
        return new Restore(culture, ui);
    }

    private sealed class Restore(CultureInfo culture, CultureInfo ui) : IDisposable
    {
        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }
}

/// <summary>Dates and counts as the current language writes them ("Dec 5, 2026" / "5 dic 2026").</summary>
public static class Formats
{
    private static CultureInfo Culture => AppCulture.FormatCulture(AppCulture.Current);

    private static bool Spanish => AppCulture.Current == Languages.Spanish;

    /// <summary>"Dec 5, 2026" / "5 dic 2026".</summary>
    public static string Day(DateOnly day) => day.ToString(Spanish ? "d MMM yyyy" : "MMM d, yyyy", Culture).Replace(".", "");

    /// <summary>"December 5, 2026" / "5 de diciembre de 2026".</summary>
    public static string LongDay(DateOnly day) => day.ToString(Spanish ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy", Culture);

    /// <summary>"Saturday, December 5, 2026" / "sábado, 5 de diciembre de 2026".</summary>
    public static string FullDay(DateOnly day) => day.ToString(Spanish ? "dddd, d 'de' MMMM 'de' yyyy" : "dddd, MMMM d, yyyy", Culture);

    /// <summary>"Saturday, December 5" / "sábado, 5 de diciembre".</summary>
    public static string WeekdayMonthDay(DateOnly day) => day.ToString(Spanish ? "dddd, d 'de' MMMM" : "dddd, MMMM d", Culture);

    /// <summary>"December 5" / "5 de diciembre".</summary>
    public static string MonthDay(DateOnly day) => day.ToString(Spanish ? "d 'de' MMMM" : "MMMM d", Culture);

    /// <summary>"January 2027" / "enero de 2027".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString(Spanish ? "MMMM 'de' yyyy" : "MMMM yyyy", Culture);

    /// <summary>"3:30 PM" / "15:30".</summary>
    public static string Time(TimeOnly time) => time.ToString(Spanish ? "H:mm" : "h:mm tt", Culture);

    /// <summary>"1,250" in both (es-US groups thousands with a comma, like the invoices).</summary>
    public static string Count(int n) => n.ToString("N0", Culture);
}
