using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace CoopAlliance.Application.Tests.Reporting;

/// <summary>Reads a PDF page's text back as a viewer shows it, for assertions.</summary>
public static partial class PdfText
{
    /// <summary>The page's text as lines, top to bottom; runs on one baseline are joined with a space where there is a gap.</summary>
    public static List<string> Lines(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var text = new StringBuilder();
                Letter? previous = null;
                foreach (var letter in g.OrderBy(l => l.StartBaseLine.X))
                {
                    if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > previous.PointSize * 0.6 && previous.Value != " ")
                    {
                        text.Append(' ');
                    }

                    text.Append(letter.Value);
                    previous = letter;
                }

                return Spaces().Replace(text.ToString(), " ").Trim();
            })
            .Where(l => l.Length > 0)
            .ToList();

    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
