using CoopAlliance.Application.Common.Words;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>Event dates and times as the reader's language writes them ("Saturday, December 5, 2026, 3:30 PM" / "sábado, 5 de diciembre de 2026, 15:30").</summary>
public static class EventTimes
{
    public static string FullDayAndTime(DateTime at) => $"{Formats.FullDay(DateOnly.FromDateTime(at))}, {Formats.Time(TimeOnly.FromDateTime(at))}";

    public static string LongDayAndTime(DateTime at) => $"{Formats.LongDay(DateOnly.FromDateTime(at))}, {Formats.Time(TimeOnly.FromDateTime(at))}";

    public static string Time(DateTime at) => Formats.Time(TimeOnly.FromDateTime(at));

    public static string Day(DateTime at) => Formats.Day(DateOnly.FromDateTime(at));
}

/// <summary>Pieces of markup that go inside a translated sentence as its arguments (the text is encoded, the tag is not).</summary>
public static class Markup
{
    public static Microsoft.AspNetCore.Html.IHtmlContent Strong(string? text) =>
        new Microsoft.AspNetCore.Html.HtmlContentBuilder().AppendHtml("<strong>").Append(text ?? "").AppendHtml("</strong>");

    public static Microsoft.AspNetCore.Html.IHtmlContent DotsLeft(int left) =>
        new Microsoft.AspNetCore.Html.HtmlContentBuilder().AppendHtml("<strong id=\"dots-left\">").Append(left.ToString(System.Globalization.CultureInfo.InvariantCulture)).AppendHtml("</strong>");
}
