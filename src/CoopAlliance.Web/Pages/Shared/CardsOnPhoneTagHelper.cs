using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// A list that becomes stacked cards on a phone: <c>&lt;table class="table" cards-on-phone&gt;</c>.
/// Server-side, each body cell gets its column's header text as <c>data-label</c>; below 576 px
/// site.css hides the header row and shows every row as a card whose cells carry their labels
/// (no script and no inline style, so the Content-Security-Policy holds and it works without JavaScript).
/// A cell that spans columns, or a column whose header is empty, gets no label.
/// </summary>
[HtmlTargetElement("table", Attributes = "cards-on-phone")]
public sealed partial class CardsOnPhoneTagHelper : TagHelper
{
    /// <summary>Runs after the tag helpers of the table's cells (sort headers), so it reads their final markup.</summary>
    public override int Order => 1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("cards-on-phone");
        var existing = output.Attributes["class"]?.Value?.ToString();
        output.Attributes.SetAttribute("class", string.IsNullOrWhiteSpace(existing) ? "table-cards" : existing + " table-cards");

        var html = (await output.GetChildContentAsync()).GetContent();
        output.Content.SetHtmlContent(Label(html));
    }

    /// <summary>Copies the header texts of the first header row onto the cells of every body row.</summary>
    public static string Label(string tableHtml)
    {
        var head = THead().Match(tableHtml);
        if (!head.Success)
        {
            return tableHtml;
        }

        var labels = HeaderCell().Matches(head.Value).Select(m => Text(m.Groups["inner"].Value)).ToList();
        if (labels.Count == 0)
        {
            return tableHtml;
        }

        var bodyStart = head.Index + head.Length;
        var body = tableHtml[bodyStart..];
        var labelled = Row().Replace(body, row =>
        {
            var column = 0;
            return CellStart().Replace(row.Value, cell =>
            {
                var attributes = cell.Groups["attrs"].Value;
                var index = column;
                column += Span(attributes);
                if (index >= labels.Count || Span(attributes) > 1 || labels[index].Length == 0 ||
                    attributes.Contains("data-label", StringComparison.OrdinalIgnoreCase))
                {
                    return cell.Value;
                }

                return $"<{cell.Groups["tag"].Value} data-label=\"{WebUtility.HtmlEncode(labels[index])}\"{attributes}>";
            });
        });
        return tableHtml[..bodyStart] + labelled;
    }

    private static int Span(string attributes)
    {
        var m = ColSpan().Match(attributes);
        return m.Success && int.TryParse(m.Groups[1].Value, out var n) && n > 1 ? n : 1;
    }

    /// <summary>A header's visible words: tags dropped (sort arrows are aria-hidden symbols, dropped too), entities decoded, spaces folded.</summary>
    private static string Text(string inner)
    {
        var withoutHidden = HiddenSpan().Replace(inner, "");
        var text = WebUtility.HtmlDecode(Tag().Replace(withoutHidden, " "));
        var sb = new StringBuilder();
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(sb.Length == 0 ? "" : " ").Append(part);
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<thead\b[^>]*>.*?</thead>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex THead();

    [GeneratedRegex(@"<th\b[^>]*>(?<inner>.*?)</th>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"<tr\b[^>]*>.*?</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Row();

    [GeneratedRegex(@"<(?<tag>td|th)\b(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex CellStart();

    [GeneratedRegex(@"colspan\s*=\s*""?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ColSpan();

    [GeneratedRegex(@"<span\b[^>]*(aria-hidden=""true""|class=""visually-hidden"")[^>]*>.*?</span>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenSpan();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
