using CoopAlliance.Application.Common.Words;

namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of the emails to mentors (offers, session reminders): Resources/Texts/MentoringTexts.resx and .es.resx,
/// written in the language the mentor chose for their login (the switch), English when they have none.
/// </summary>
public sealed class MentoringTexts
{
    /// <summary>"Saturday, December 5" / "sábado, 5 de diciembre", in the language being written.</summary>
    public static string WeekdayMonthDay(DateOnly day) => Formats.WeekdayMonthDay(day);

    /// <summary>"December 5" / "5 de diciembre".</summary>
    public static string MonthDay(DateOnly day) => Formats.MonthDay(day);
}
