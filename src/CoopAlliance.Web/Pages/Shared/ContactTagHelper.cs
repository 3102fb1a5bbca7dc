using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// A contact a person can tap on a phone: <c>&lt;contact email="@x" /&gt;</c> becomes a <c>mailto:</c> link,
/// <c>&lt;contact phone="@x" /&gt;</c> a <c>tel:</c> link; nothing given shows <c>empty-text</c> (or nothing).
/// </summary>
[HtmlTargetElement("contact", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContactTagHelper : TagHelper
{
    [HtmlAttributeName("email")] public string? Email { get; set; }
    [HtmlAttributeName("phone")] public string? Phone { get; set; }
    [HtmlAttributeName("empty-text")] public string? EmptyText { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        var (href, text) = !string.IsNullOrWhiteSpace(Email) ? ("mailto:" + Email.Trim(), Email.Trim())
            : !string.IsNullOrWhiteSpace(Phone) ? (TelHref(Phone), Phone.Trim())
            : (null, null);
        if (href is null)
        {
            output.TagName = null;
            output.Content.SetContent(EmptyText ?? "");
            return;
        }

        output.TagName = "a";
        output.Attributes.SetAttribute("href", href);
        var existing = output.Attributes["class"]?.Value?.ToString();
        output.Attributes.SetAttribute("class", string.IsNullOrWhiteSpace(existing) ? "contact-link" : existing + " contact-link");
        output.Content.SetContent(text);
    }

    /// <summary>"(413) 555-0123 ext. 4" → "tel:4135550123": the digits a phone dials, keeping a leading +.</summary>
    public static string TelHref(string phone)
    {
        var number = phone.Split(["ext", "x", "X", "#"], 2, StringSplitOptions.None)[0];
        var sb = new StringBuilder("tel:");
        foreach (var ch in number.Trim())
        {
            if (char.IsAsciiDigit(ch) || (ch == '+' && sb.Length == 4))
            {
                sb.Append(ch);
            }
        }

        return UrlEncoder.Default.Encode(sb.ToString()).Replace("%3A", ":", StringComparison.Ordinal).Replace("%2B", "+", StringComparison.Ordinal);
    }
}
