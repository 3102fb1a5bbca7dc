using System.Globalization;
using System.Text;

namespace CoopAlliance.Domain.Marketing;

/// <summary>
/// The readable part of a public address: "Pioneer Valley Bakers' Co-op" → "pioneer-valley-bakers-co-op". Public
/// URLs carry the id as well (/directory/12/pioneer-valley-bakers-co-op), so a renamed co-op keeps its address and
/// the old words redirect to the new.
/// </summary>
public static class Slug
{
    public static string From(string? text, int maxLength = 60)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "coop";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(char.ToLowerInvariant(ch));
                dash = false;
            }
            else if (ch == '&')
            {
                if (sb.Length > 0 && !dash) sb.Append('-');
                sb.Append("and-");
                dash = true;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "coop" : slug;
    }
}
