using System.Globalization;
using CoopAlliance.Application.Common.Reporting;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// Draws a <see cref="ReportDocument"/> as a PDF with SkiaSharp (see docs/decisions/0005-pdf-with-skiasharp.md).
/// Layout happens first (<see cref="ReportLayout"/>), so the footer of every page knows the page count and the
/// embedded fonts can be cut down to the glyphs the document uses.
/// Stateless and thread-safe: each call has its own fonts and canvas; the full typefaces are shared.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer
{
    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var layout = LayOut(document);
        var pages = layout.Pages;
        var chrome = Enumerable.Range(0, pages.Count)
            .Select(i => pages[i].IsCover ? [] : PageChrome(layout, document.Footer, string.Format(CultureInfo.InvariantCulture, document.PageNumberFormat, i + 1, pages.Count)))
            .ToList();
        var texts = pages.SelectMany(p => p.Ops).Concat(chrome.SelectMany(c => c)).OfType<TextOp>().ToList();

        using var output = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title,
            Author = document.Author,
            Subject = document.Subject,
            Keywords = document.Keywords,
            Creator = "CoopAlliance",
            RasterDpi = SKDocument.DefaultRasterDpi,
            EncodingQuality = 101,
        };
        if (document.CreatedAt is { } created)
        {
            metadata.Creation = created.UtcDateTime;
            metadata.Modified = created.UtcDateTime;
        }

        using (var regularFace = ReportFonts.Regular.SubsetFor(texts.Where(t => !t.Bold).Select(t => t.Text)))
        using (var boldFace = ReportFonts.Bold.SubsetFor(texts.Where(t => t.Bold).Select(t => t.Text)))
        using (var regular = new SKFont(regularFace) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true })
        using (var bold = new SKFont(boldFace) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true })
        using (var paint = new SKPaint { IsAntialias = true })
        using (var pdf = SKDocument.CreatePdf(output, metadata))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(ReportLayout.PageWidth, ReportLayout.PageHeight);
                foreach (var op in chrome[i].Concat(pages[i].Ops))
                {
                    Draw(canvas, op, regular, bold, paint);
                }

                pdf.EndPage();
            }

            pdf.Close();
        }

        return output.ToArray();
    }

    /// <summary>
    /// Lays the document out; when it prints page numbers of its own headings (a table of contents, a "see page"),
    /// again with the numbers the previous run found, until they stop changing (the numbers' width can move text).
    /// </summary>
    private static ReportLayout LayOut(ReportDocument document)
    {
        var layout = new ReportLayout(document);
        var anchors = layout.Run().Anchors;
        for (var pass = 0; pass < 4 && ReportLayout.RefersToPages(document); pass++)
        {
            var known = anchors;
            layout.Dispose();
            layout = new ReportLayout(document, known);
            anchors = layout.Run().Anchors;
            if (anchors.Count == known.Count && anchors.All(a => known.TryGetValue(a.Key, out var page) && page == a.Value))
            {
                break;
            }
        }

        return layout;
    }

    private static void Draw(SKCanvas canvas, DrawOp op, SKFont regular, SKFont bold, SKPaint paint)
    {
        paint.Style = SKPaintStyle.Fill;
        switch (op)
        {
            case TextOp t:
                var font = t.Bold ? bold : regular;
                font.Size = t.Size;
                paint.Color = t.Color;
                canvas.DrawText(t.Text, t.X, t.Y, SKTextAlign.Left, font, paint);
                break;
            case RectOp r:
                paint.Color = r.Color;
                canvas.DrawRect(r.Rect, paint);
                break;
            case LineOp l:
                paint.Color = l.Color;
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = l.Width;
                if (l.Dotted)
                {
                    // Round dots 3.5 pt apart: a dash of almost nothing with round caps.
                    using var dots = SKPathEffect.CreateDash([0.01f, 3.5f], 0);
                    paint.StrokeCap = SKStrokeCap.Round;
                    paint.PathEffect = dots;
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                    paint.PathEffect = null;
                    paint.StrokeCap = SKStrokeCap.Butt;
                }
                else
                {
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                }

                break;
            case ImageOp i:
                using (var image = SKImage.FromEncodedData(i.Data))
                {
                    if (image is not null)
                    {
                        canvas.DrawImage(image, i.Rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
                    }
                }

                break;
            case DestinationOp d:
                canvas.DrawNamedDestinationAnnotation(new SKPoint(d.X, d.Y), d.Name);
                break;
            case LinkOp k:
                canvas.DrawLinkDestinationAnnotation(k.Rect, k.Name);
                break;
        }
    }

    /// <summary>What every page repeats: the letterhead at the top, the footer text and "Page x of y" at the bottom.</summary>
    private static List<DrawOp> PageChrome(ReportLayout layout, string? footer, string number)
    {
        var ops = new List<DrawOp>();
        var lines = layout.LetterheadLines;
        for (var i = 0; i < lines.Count; i++)
        {
            var size = ReportLayout.LetterheadLineSize(i);
            var text = layout.Ellipsize(lines[i], i == 0, size, ReportLayout.ContentWidth);
            ops.Add(new TextOp(text, ReportLayout.ContentLeft, layout.LetterheadBaseline(i), i == 0, size,
                i == 0 ? ReportLayout.Colors.Accent : ReportLayout.Colors.Muted));
        }

        if (lines.Count > 0)
        {
            var y = layout.LetterheadRuleY;
            ops.Add(new LineOp(ReportLayout.ContentLeft, y, ReportLayout.ContentRight, y, ReportLayout.Colors.Accent, 1.2f));
        }

        const float size8 = 8;
        ops.Add(new LineOp(ReportLayout.ContentLeft, ReportLayout.FooterRuleY, ReportLayout.ContentRight, ReportLayout.FooterRuleY,
            ReportLayout.Colors.Rule, 0.5f));
        var numberWidth = layout.Measure(number, false, size8);
        ops.Add(new TextOp(number, ReportLayout.ContentRight - numberWidth, ReportLayout.FooterBaseline, false, size8, ReportLayout.Colors.Muted));
        if (!string.IsNullOrWhiteSpace(footer))
        {
            var text = layout.Ellipsize(footer, false, size8, ReportLayout.ContentWidth - numberWidth - 18);
            ops.Add(new TextOp(text, ReportLayout.ContentLeft, ReportLayout.FooterBaseline, false, size8, ReportLayout.Colors.Muted));
        }

        return ops;
    }
}
