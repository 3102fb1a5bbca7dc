using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Infrastructure.Reporting;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoopAlliance.Application.Tests.Reporting;

/// <summary>Renders real PDFs with the SkiaSharp layer and reads them back with PdfPig, as a viewer would.</summary>
public sealed partial class PdfRendererTests
{
    private const string LongParagraph =
        "Dues are set each year by the membership at the annual meeting. A co-op pays a share of its gross revenue, " +
        "with a floor for co-ops in their first year and a ceiling for the largest members, so that the alliance's " +
        "work is paid for by everyone in proportion to what they can carry. Co-ops that fall behind can ask for a " +
        "payment plan at any time; nobody loses their vote over a late payment without a conversation first.";

    private readonly IPdfRenderer _renderer = new SkiaPdfRenderer();

    private static ReportDocument DuesReport(int rows = 200) => new ReportBuilder("Dues received, 2026")
        .Letterhead("Valley Alliance of Worker Co-operatives", "Western Massachusetts and Southern Vermont")
        .Footer("Prepared by the treasurer for the board")
        .Metadata(author: "Treasurer", subject: "Dues", keywords: "dues, 2026", createdAt: new DateTimeOffset(2027, 1, 5, 14, 0, 0, TimeSpan.Zero))
        .Heading("How dues work")
        .Paragraph(LongParagraph)
        .KeyValues(("Co-ops billed", "200"), ("Total received", "$1,234.56"), ("Rate", "Café — 0.15 %"))
        .BarChart("Dues by region", [new Bar("Pioneer Valley", 1234.56m), new Bar("Berkshires", 618m), new Bar("Southern Vermont", 0m)], "$#,##0.00")
        .Heading("Every co-op", 2)
        .Table(t => t
            .Column("Co-op", 3).Column("Region", 2).Column("Paid", 1, ColumnAlign.Right)
            .Rows(Enumerable.Range(1, rows), i => [$"Member co-op {i:000}", i % 2 == 0 ? "Pioneer Valley" : "Berkshires", $"${i * 10.5m:#,##0.00}"])
            .Totals("Total", "", "$211,050.00"))
        .Paragraph("End of report.")
        .Build();

    [Test]
    public void ALongTableRunsOverSeveralPagesAndEveryFooterCountsThem()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport()));

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(1));
        foreach (var page in pdf.GetPages())
        {
            Assert.That(Lines(page)[^1], Is.EqualTo($"Prepared by the treasurer for the board Page {page.Number} of {pdf.NumberOfPages}"));
        }
    }

    [Test]
    public void EveryPageOfALongTableRepeatsItsHeaderRowAndTheLetterhead()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport()));

        var tablePages = pdf.GetPages().Where(p => Lines(p).Any(l => l.StartsWith("Member co-op", StringComparison.Ordinal))).ToList();
        Assert.That(tablePages, Has.Count.GreaterThan(1));
        foreach (var page in pdf.GetPages())
        {
            Assert.That(Lines(page), Has.Some.EqualTo("Valley Alliance of Worker Co-operatives"), $"letterhead on page {page.Number}");
        }

        foreach (var page in tablePages)
        {
            Assert.That(Lines(page), Has.Some.EqualTo("Co-op Region Paid"), $"header row on page {page.Number}");
        }
    }

    [Test]
    public void EveryRowOfALongTableIsPrintedOnceAndInOrder()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport()));

        var rows = pdf.GetPages().SelectMany(Lines).Where(l => l.StartsWith("Member co-op", StringComparison.Ordinal)).ToList();
        Assert.That(rows, Has.Count.EqualTo(200));
        Assert.That(rows[0], Is.EqualTo("Member co-op 001 Berkshires $10.50"));
        Assert.That(rows[199], Is.EqualTo("Member co-op 200 Pioneer Valley $2,100.00"));
        Assert.That(pdf.GetPages().SelectMany(Lines), Has.Some.EqualTo("Total $211,050.00"));
    }

    [Test]
    public void NumbersInARightAlignedColumnEndAtTheSameEdge()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport(rows: 20)));
        var page = pdf.GetPage(1);

        var amounts = page.GetWords().Where(w => w.Text.StartsWith('$') && w.Text.EndsWith(".50", StringComparison.Ordinal)).ToList();
        Assert.That(amounts, Has.Count.GreaterThanOrEqualTo(2));
        var rightEdges = amounts.Select(w => Math.Round(w.BoundingBox.Right, 0)).Distinct().ToList();
        Assert.That(rightEdges, Has.Count.EqualTo(1), "right edges: " + string.Join(", ", rightEdges));
    }

    [Test]
    public void HeadingsParagraphsKeyValuesAndChartLabelsAreReadableText()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport()));
        var first = Lines(pdf.GetPage(1));
        var all = string.Join("\n", pdf.GetPages().SelectMany(Lines));

        Assert.That(first, Has.Some.EqualTo("Dues received, 2026"));
        Assert.That(first, Has.Some.EqualTo("How dues work"));
        Assert.That(first, Has.Some.EqualTo("Every co-op"));
        Assert.That(Normalize(all), Does.Contain(Normalize(LongParagraph)));
        Assert.That(first, Has.Some.EqualTo("Total received $1,234.56"));
        Assert.That(first, Has.Some.EqualTo("Rate Café — 0.15 %"), "accents, dashes and symbols come back as the same Unicode text");
        Assert.That(first, Has.Some.EqualTo("Dues by region"));
        Assert.That(first, Has.Some.EqualTo("Pioneer Valley $1,234.56"));
        Assert.That(first, Has.Some.EqualTo("Berkshires $618.00"));
        Assert.That(first, Has.Some.EqualTo("Southern Vermont $0.00"));
        Assert.That(all, Does.EndWith($"End of report.\nPrepared by the treasurer for the board Page {pdf.NumberOfPages} of {pdf.NumberOfPages}"));
    }

    [Test]
    public void ALongParagraphIsWrappedInsideTheMargins()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport()));
        var page = pdf.GetPage(1);

        var paragraphLines = Lines(page).Where(l => LongParagraph.Contains(l, StringComparison.Ordinal) && l.Length > 20).ToList();
        Assert.That(paragraphLines, Has.Count.GreaterThanOrEqualTo(3), "the paragraph takes several lines");
        foreach (var letter in pdf.GetPages().SelectMany(p => p.Letters))
        {
            Assert.That(letter.BoundingBox.Left, Is.GreaterThanOrEqualTo(ReportLayout.ContentLeft - 0.5), letter.Value);
            Assert.That(letter.BoundingBox.Right, Is.LessThanOrEqualTo(ReportLayout.ContentRight + 0.5), letter.Value);
        }
    }

    [Test]
    public void AWordLongerThanALineIsBrokenRatherThanRunningOffThePage()
    {
        var url = "https://example.coop/" + string.Concat(Enumerable.Repeat("very-long-path-segment/", 12));
        using var pdf = PdfDocument.Open(_renderer.Render(new ReportBuilder("Links").Paragraph("See " + url).Build()));

        var letters = pdf.GetPage(1).Letters;
        Assert.That(letters.Max(l => l.BoundingBox.Right), Is.LessThanOrEqualTo(ReportLayout.ContentRight + 0.5));
        Assert.That(Normalize(string.Concat(Lines(pdf.GetPage(1)).Skip(1).SkipLast(1))).Replace(" ", ""), Is.EqualTo("See" + url));
    }

    [Test]
    public void ThePdfCarriesTheDocumentsTitleAndAuthor()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport(rows: 3)));

        Assert.That(pdf.Information.Title, Is.EqualTo("Dues received, 2026"));
        Assert.That(pdf.Information.Author, Is.EqualTo("Treasurer"));
        Assert.That(pdf.Information.Subject, Is.EqualTo("Dues"));
        Assert.That(pdf.Information.Keywords, Is.EqualTo("dues, 2026"));
        Assert.That(pdf.Information.CreationDate, Does.StartWith("D:20270105140000"));
    }

    [Test]
    public void PagesAreUsLetter()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport(rows: 3)));

        var page = pdf.GetPage(1);
        Assert.That((page.Width, page.Height), Is.EqualTo((612d, 792d)));
    }

    [Test]
    public void APageBreakStartsANewPageAndAnEmptyReportStillHasOne()
    {
        using var empty = PdfDocument.Open(_renderer.Render(new ReportBuilder("Nothing yet").Build()));
        using var broken = PdfDocument.Open(_renderer.Render(new ReportBuilder("Two parts").Paragraph("One").PageBreak().Paragraph("Two").Build()));

        Assert.That(empty.NumberOfPages, Is.EqualTo(1));
        Assert.That(Lines(empty.GetPage(1)), Has.Some.EqualTo("Page 1 of 1"));
        Assert.That(broken.NumberOfPages, Is.EqualTo(2));
        Assert.That(Lines(broken.GetPage(2)), Has.Some.EqualTo("Two"));
        Assert.That(Lines(broken.GetPage(2)), Has.None.EqualTo("One"));
    }

    [Test]
    public void AHeadingIsNeverTheLastThingOnAPage()
    {
        var builder = new ReportBuilder("Sections");
        for (var i = 1; i <= 40; i++)
        {
            builder.Heading($"Section {i}", 2).Paragraph(LongParagraph);
        }

        using var pdf = PdfDocument.Open(_renderer.Render(builder.Build()));

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(2));
        foreach (var page in pdf.GetPages())
        {
            var body = Lines(page).Where(l => !l.StartsWith("Page ", StringComparison.Ordinal)).ToList();
            Assert.That(body[^1], Does.Not.StartWith("Section "), $"page {page.Number} ends with a heading");
        }
    }

    [Test]
    public void RenderingDoesNotDependOnInstalledFonts()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(DuesReport(rows: 3)));

        var fonts = pdf.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Is.Not.Empty);
        Assert.That(fonts, Has.All.Contains("DejaVuSans"), string.Join(", ", fonts));
    }

    [Test]
    public void TheEmbeddedFontsAreCutDownToTheGlyphsTheDocumentUses()
    {
        var pdf = _renderer.Render(DuesReport());

        // The two whole DejaVu faces alone would be about 750 KB; a subset keeps a statement small enough to email.
        Assert.That(pdf.Length, Is.LessThan(150_000));
        using var document = PdfDocument.Open(pdf);
        Assert.That(Lines(document.GetPage(1)), Has.Some.EqualTo("Rate Café — 0.15 %"));
    }

    [Test]
    public void AShortDocumentEmbedsOnlyTheGlyphsItDraws()
    {
        // The subset keeps just the drawn glyphs, renumbered, with their own cmap and metrics: a short letter is a few
        // kilobytes (keeping every glyph id, as before, cost about 16 KB a face; the whole faces about 375 KB).
        var pdf = _renderer.Render(new ReportBuilder("Dues statement").Paragraph("Café Ünïcode owes $618.00, due January 31, 2027.").Build());

        Assert.That(pdf.Length, Is.LessThan(16_000));
        using var document = PdfDocument.Open(pdf);
        Assert.That(Lines(document.GetPage(1)), Has.Some.EqualTo("Café Ünïcode owes $618.00, due January 31, 2027."));
    }

    [Test]
    public void CharactersBeyondTheBasicPlaneOrMissingFromTheFontDoNotStopADocument()
    {
        // 𝐀 (U+1D400) is beyond the Basic Multilingual Plane; 😀 is not in DejaVu Sans and draws as its missing glyph.
        var pdf = _renderer.Render(new ReportBuilder("Plane test").Paragraph("Bold 𝐀 and a smile 😀 then plain text").Build());

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", Lines(document.GetPage(1)));
        Assert.That(text, Does.Contain("Bold"));
        Assert.That(text, Does.Contain("then plain text"));
    }

    [Test]
    public void TheTextOfADocumentDrawnTwiceIsTheSame()
    {
        // Subsetting happens per document; two documents with different text must each get their own glyphs.
        using var first = PdfDocument.Open(_renderer.Render(new ReportBuilder("Zebra quartz").Paragraph("Jovial wax kings").Build()));
        using var second = PdfDocument.Open(_renderer.Render(new ReportBuilder("Über Ωmega").Paragraph("Łódź, Reykjavík, Москва").Build()));

        Assert.That(Lines(first.GetPage(1)).Take(2), Is.EqualTo(new[] { "Zebra quartz", "Jovial wax kings" }));
        Assert.That(Lines(second.GetPage(1)).Take(2), Is.EqualTo(new[] { "Über Ωmega", "Łódź, Reykjavík, Москва" }));
    }

    /// <summary>The page's text as lines, top to bottom; runs on one baseline are joined with a space where there is a gap.</summary>
    private static List<string> Lines(Page page) =>
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

    private static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
