using CoopAlliance.Application.Common.Reporting;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// Draws a <see cref="ReportDocument"/> as a PDF with SkiaSharp (see docs/decisions/0005-pdf-with-skiasharp.md).
/// Layout happens first (<see cref="ReportLayout"/>), so the footer of every page knows the page count.
/// Stateless and thread-safe: each call has its own fonts and canvas; the typefaces are shared.
/// </summary>
public sealed class SkiaPdfRenderer : IPdfRenderer
{
    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var layout = new ReportLayout(document);
        var result = layout.Run();

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

        using (var pdf = SKDocument.CreatePdf(output, metadata))
        using (var regular = new SKFont(ReportFonts.Regular) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true })
        using (var bold = new SKFont(ReportFonts.Bold) { Hinting = SKFontHinting.None, LinearMetrics = true, Subpixel = true })
        using (var paint = new SKPaint { IsAntialias = true })
        {
            var pages = result.Pages;
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = pdf.BeginPage(ReportLayout.PageWidth, ReportLayout.PageHeight);
                DrawLetterhead(canvas, layout, regular, bold, paint);
                foreach (var op in pages[i].Ops)
                {
                    Draw(canvas, op, regular, bold, paint);
                }

                DrawFooter(canvas, layout, document.Footer, i + 1, pages.Count, regular, paint);
                pdf.EndPage();
            }

            pdf.Close();
        }

        return output.ToArray();
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
                canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paint);
                break;
        }
    }

    private static void DrawLetterhead(SKCanvas canvas, ReportLayout layout, SKFont regular, SKFont bold, SKPaint paint)
    {
        var lines = layout.LetterheadLines;
        if (lines.Count == 0)
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var size = ReportLayout.LetterheadLineSize(i);
            var text = layout.Ellipsize(lines[i], i == 0, size, ReportLayout.ContentWidth);
            Draw(canvas, new TextOp(text, ReportLayout.ContentLeft, layout.LetterheadBaseline(i), i == 0, size,
                i == 0 ? ReportLayout.Colors.Accent : ReportLayout.Colors.Muted), regular, bold, paint);
        }

        var y = layout.LetterheadRuleY;
        Draw(canvas, new LineOp(ReportLayout.ContentLeft, y, ReportLayout.ContentRight, y, ReportLayout.Colors.Accent, 1.2f), regular, bold, paint);
    }

    private static void DrawFooter(SKCanvas canvas, ReportLayout layout, string? footer, int page, int pageCount, SKFont regular, SKPaint paint)
    {
        const float size = 8;
        var y = ReportLayout.FooterRuleY;
        Draw(canvas, new LineOp(ReportLayout.ContentLeft, y, ReportLayout.ContentRight, y, ReportLayout.Colors.Rule, 0.5f), regular, regular, paint);

        var number = $"Page {page} of {pageCount}";
        var numberWidth = layout.Measure(number, false, size);
        Draw(canvas, new TextOp(number, ReportLayout.ContentRight - numberWidth, ReportLayout.FooterBaseline, false, size, ReportLayout.Colors.Muted),
            regular, regular, paint);
        if (!string.IsNullOrWhiteSpace(footer))
        {
            var text = layout.Ellipsize(footer, false, size, ReportLayout.ContentWidth - numberWidth - 18);
            Draw(canvas, new TextOp(text, ReportLayout.ContentLeft, ReportLayout.FooterBaseline, false, size, ReportLayout.Colors.Muted),
                regular, regular, paint);
        }
    }
}
