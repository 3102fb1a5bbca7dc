using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoopAlliance.Web.Pages;

/// <summary>What a column holds, which decides how its order is said ("newest first", "A to Z").</summary>
public enum SortKind
{
    Text,
    Date,
    Number,
    Rank,
    /// <summary>A workflow's order (a request's status, a co-op's stage).</summary>
    Stage,
}

/// <summary>How a list's order is said, the same on every list.</summary>
public static class SortWords
{
    public static string Order(SortKind kind, bool descending) => kind switch
    {
        SortKind.Date => descending ? "newest first" : "oldest first",
        SortKind.Number => descending ? "largest first" : "smallest first",
        SortKind.Rank => descending ? "highest first" : "lowest first",
        SortKind.Stage => descending ? "furthest along first" : "earliest first",
        _ => descending ? "Z to A" : "A to Z",
    };

    /// <summary>"Sorted by Sent, newest first".</summary>
    public static string SortedBy(string column, SortKind kind, bool descending) => $"Sorted by {column}, {Order(kind, descending)}";
}

/// <summary>
/// A column header of a sorted list: <c>&lt;th sort-active="@(Model.Sort == X)" sort-descending="@Model.Desc" sort-href="@Model.SortUrl(X)"&gt;Sent&lt;/th&gt;</c>.
/// The active column gets <c>aria-sort</c> and a visible arrow; with <c>sort-href</c> the header is a link
/// (the page's URL toggles the direction when the column is already the active one).
/// </summary>
[HtmlTargetElement("th", Attributes = "sort-active")]
public sealed class SortableHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("sort-active")] public bool Active { get; set; }
    [HtmlAttributeName("sort-descending")] public bool Descending { get; set; }
    [HtmlAttributeName("sort-href")] public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var label = (await output.GetChildContentAsync()).GetContent();
        if (Active)
        {
            output.Attributes.SetAttribute("aria-sort", Descending ? "descending" : "ascending");
        }

        var arrow = Active ? $"<span class=\"sort-arrow\" aria-hidden=\"true\">{(Descending ? "▼" : "▲")}</span>" : "";
        output.Content.SetHtmlContent(Href is null
            ? label + arrow
            : $"<a class=\"sort-link\" href=\"{HtmlEncoder.Default.Encode(Href)}\">{label}{arrow}</a>");
    }
}

/// <summary>
/// A list's caption that says its order on screen: <c>&lt;caption sorted-by="Sent" sort-kind="Date" sort-descending="true"&gt;Assistance requests&lt;/caption&gt;</c>
/// renders "Sorted by Sent, newest first" above the table, with the table's name kept for screen readers.
/// </summary>
[HtmlTargetElement("caption", Attributes = "sorted-by")]
public sealed class SortCaptionTagHelper : TagHelper
{
    [HtmlAttributeName("sorted-by")] public string Column { get; set; } = "";
    [HtmlAttributeName("sort-kind")] public SortKind Kind { get; set; }
    [HtmlAttributeName("sort-descending")] public bool Descending { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = (await output.GetChildContentAsync()).GetContent().Trim();
        output.Attributes.SetAttribute("class", "caption-top sort-caption");
        var words = HtmlEncoder.Default.Encode(SortWords.SortedBy(Column, Kind, Descending));
        output.Content.SetHtmlContent(name.Length == 0 ? words : $"<span class=\"visually-hidden\">{name}. </span>{words}");
    }
}
