using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoopAlliance.Application.Tests.Support;

/// <summary>Reads a PDF's text back as a viewer shows it: lines top to bottom, page by page.</summary>
public static partial class PdfText
{
    public static (int Pages, List<string> Lines) Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return (document.NumberOfPages, document.GetPages().SelectMany(Lines).ToList());
    }

    public static List<string> Lines(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var text = new System.Text.StringBuilder();
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

    /// <summary>Runs of white space as one space, trimmed.</summary>
    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
