using System.Globalization;
using CoopAlliance.Application.Common.Reporting;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// The first of two passes: places every block of a <see cref="ReportDocument"/> on pages and records what to
/// draw where. The second pass (<see cref="SkiaPdfRenderer"/>) draws the pages, now knowing how many there are,
/// so every footer can say "Page x of y". Units are PDF points (1/72 inch); y grows downwards.
/// </summary>
internal sealed class ReportLayout : IDisposable
{
    public static class Colors
    {
        public static readonly SKColor Text = new(0x1F, 0x29, 0x33);
        public static readonly SKColor Muted = new(0x55, 0x60, 0x6B);
        public static readonly SKColor Accent = new(0x1E, 0x5F, 0x46);
        public static readonly SKColor HeaderFill = new(0xE1, 0xED, 0xE6);
        public static readonly SKColor Zebra = new(0xF4, 0xF7, 0xF5);
        public static readonly SKColor Rule = new(0xC4, 0xCD, 0xD3);
    }

    public const float PageWidth = 612;   // US Letter, 8.5 × 11 in
    public const float PageHeight = 792;
    public const float MarginX = 54;
    public const float MarginTop = 40;
    public const float FooterRuleY = PageHeight - 50;
    public const float FooterBaseline = PageHeight - 36;
    public const float ContentLeft = MarginX;
    public const float ContentRight = PageWidth - MarginX;
    public const float ContentWidth = ContentRight - ContentLeft;
    public const float ContentBottom = FooterRuleY - 10;

    private const float TitleSize = 18;
    private const float BodySize = 10;
    private const float TableSize = 9;
    private const float LineFactor = 1.3f;
    private const float CellPadX = 4;
    private const float CellPadY = 3;
    private const float LetterheadFirstSize = 12;
    private const float LetterheadSize = 8.5f;
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    private readonly SKFont _regular = NewFont(ReportFonts.Regular.Typeface);
    private readonly SKFont _bold = NewFont(ReportFonts.Bold.Typeface);
    private readonly List<LaidOutPage> _pages = [];
    private readonly Dictionary<string, int> _anchors = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, int> _knownPages;
    private LaidOutPage _page = null!;
    private float _y;

    /// <param name="document">What to lay out.</param>
    /// <param name="knownPages">
    /// Where each anchored heading landed in a previous run (empty on the first): contents and page references
    /// print these numbers, and the renderer runs the layout again until they stop changing.
    /// </param>
    public ReportLayout(ReportDocument document, IReadOnlyDictionary<string, int>? knownPages = null)
    {
        Document = document;
        _knownPages = knownPages ?? new Dictionary<string, int>();
        LetterheadLines = document.Letterhead.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        ContentTop = LetterheadLines.Count == 0
            ? MarginTop
            : LetterheadRuleY + 14;
    }

    public ReportDocument Document { get; }
    public IReadOnlyList<string> LetterheadLines { get; }
    public float ContentTop { get; }
    public IReadOnlyList<LaidOutPage> Pages => _pages;

    /// <summary>Baseline of letterhead line <paramref name="index"/>.</summary>
    public float LetterheadBaseline(int index) =>
        index == 0 ? MarginTop + LetterheadFirstSize : MarginTop + LetterheadFirstSize * LineFactor + index * LetterheadSize * LineFactor - 2;

    public float LetterheadRuleY => LetterheadBaseline(Math.Max(0, LetterheadLines.Count - 1)) + 7;

    public static float LetterheadLineSize(int index) => index == 0 ? LetterheadFirstSize : LetterheadSize;

    /// <summary>Whether a layout needs a second run to know its page numbers (a table of contents or a page reference).</summary>
    public static bool RefersToPages(ReportDocument document) => document.Blocks.Any(b => b is Contents or PageReference);

    /// <summary>The anchor of a heading: its own, or one made from its place in the document.</summary>
    public static string AnchorOf(Heading heading, int index) => heading.Anchor ?? $"heading-{index}";

    public LayoutResult Run()
    {
        if (Document.Cover is { } cover)
        {
            NewPage();
            _page.IsCover = true;
            PlaceCover(cover);
            NewPage();
        }
        else
        {
            NewPage();
            PlaceTitle(Document.Title);
        }

        for (var index = 0; index < Document.Blocks.Count; index++)
        {
            var block = Document.Blocks[index];
            switch (block)
            {
                case Heading h: PlaceHeading(h, AnchorOf(h, index), index + 1 < Document.Blocks.Count ? Document.Blocks[index + 1] : null); break;
                case Paragraph p: PlaceParagraph(p); break;
                case Table t: PlaceTable(t); break;
                case KeyValues kv: PlaceKeyValues(kv); break;
                case BarChart c: PlaceBarChart(c); break;
                case LineChart c: PlaceLineChart(c); break;
                case Spacer s: PlaceSpacer(s); break;
                case PageBreak: PlacePageBreak(); break;
                case Image i: PlaceImage(i); break;
                case Contents c: PlaceContents(c); break;
                case PageReference r: PlacePageReference(r); break;
                case CardGrid g: PlaceCards(g); break;
                default: throw new NotSupportedException($"The PDF renderer does not know the block {block.GetType().Name}.");
            }
        }

        return new LayoutResult(_pages, _anchors);
    }

    public float Measure(string text, bool bold, float size)
    {
        var font = bold ? _bold : _regular;
        font.Size = size;
        return font.MeasureText(text);
    }

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>; newlines are kept, long words are split.</summary>
    public List<string> Wrap(string text, bool bold, float size, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\t', ' ').Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Measure(candidate, bold, size) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                // A word wider than the whole line (a long URL, say) is cut where it must be.
                while (Measure(line, bold, size) > width)
                {
                    var cut = FitPrefix(line, bold, size, width);
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>One line, shortened with an ellipsis if it does not fit.</summary>
    public string Ellipsize(string text, bool bold, float size, float width)
    {
        text = text.Replace('\n', ' ');
        if (Measure(text, bold, size) <= width)
        {
            return text;
        }

        var cut = FitPrefix(text, bold, size, width - Measure("…", bold, size));
        return text[..cut].TrimEnd() + "…";
    }

    private int FitPrefix(string text, bool bold, float size, float width)
    {
        var elements = StringInfo.ParseCombiningCharacters(text);
        var fit = elements.Length > 1 ? elements[1] : text.Length;   // at least one character, or we never finish
        for (var i = 2; i <= elements.Length; i++)
        {
            var end = i == elements.Length ? text.Length : elements[i];
            if (Measure(text[..end], bold, size) > width)
            {
                break;
            }

            fit = end;
        }

        return fit;
    }

    private static float LineHeight(float size) => size * LineFactor;

    private static float Baseline(float top, float size) => top + size * 1.02f;

    private void NewPage()
    {
        _page = new LaidOutPage();
        _pages.Add(_page);
        _y = ContentTop;
    }

    private bool AtTopOfPage => _y <= ContentTop + 0.01f;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (or the page is empty anyway).</summary>
    private void EnsureSpace(float height)
    {
        if (_y + height > ContentBottom && !AtTopOfPage)
        {
            NewPage();
        }
    }

    private void Text(string text, float x, float top, bool bold, float size, SKColor color) =>
        _page.Ops.Add(new TextOp(text, x, Baseline(top, size), bold, size, color));

    private void TextAligned(string text, float left, float width, ColumnAlign align, float top, bool bold, float size, SKColor color)
    {
        var x = align switch
        {
            ColumnAlign.Right => left + width - Measure(text, bold, size),
            ColumnAlign.Center => left + (width - Measure(text, bold, size)) / 2,
            _ => left,
        };
        Text(text, x, top, bold, size, color);
    }

    private void PlaceLines(List<string> lines, float x, bool bold, float size, SKColor color)
    {
        var lh = LineHeight(size);
        foreach (var line in lines)
        {
            EnsureSpace(lh);
            Text(line, x, _y, bold, size, color);
            _y += lh;
        }
    }

    private void PlaceTitle(string title)
    {
        PlaceLines(Wrap(title, true, TitleSize, ContentWidth), ContentLeft, true, TitleSize, Colors.Text);
        _y += 8;
    }

    private void PlaceHeading(Heading heading, string? anchor = null, ReportBlock? next = null)
    {
        var size = heading.Level switch { <= 1 => 14f, 2 => 12f, _ => 10.5f };
        var lines = Wrap(heading.Text, true, size, ContentWidth);
        if (!AtTopOfPage)
        {
            _y += size * 0.7f;
        }

        // Keep the heading with at least a few lines of what follows it (or with the whole picture that follows it).
        var following = next is Image image && ImageHeight(image) is { } pictureHeight
            ? Math.Min(pictureHeight, ContentBottom - ContentTop - lines.Count * LineHeight(size))
            : 3 * LineHeight(BodySize);
        EnsureSpace(lines.Count * LineHeight(size) + following);
        if (anchor is not null)
        {
            _anchors.TryAdd(anchor, _pages.Count);
            if (RefersToPages(Document))
            {
                _page.Ops.Add(new DestinationOp(anchor, ContentLeft, _y));
            }
        }

        PlaceLines(lines, ContentLeft, true, size, heading.Level <= 1 ? Colors.Accent : Colors.Text);
        _y += 3;
    }

    private void PlaceCards(CardGrid grid)
    {
        const float pad = 12;
        const float titleSize = 22;
        const float lineSize = 11;
        const float cornerSize = 13;
        var columns = Math.Clamp(grid.Columns, 1, 4);
        var width = ContentWidth / columns;
        var height = Math.Clamp(grid.Height, 48, ContentBottom - ContentTop);
        for (var i = 0; i < grid.Cards.Count; i++)
        {
            var column = i % columns;
            if (column == 0)
            {
                if (i > 0)
                {
                    _y += height;
                }

                EnsureSpace(height);
            }

            var card = grid.Cards[i];
            var left = ContentLeft + column * width;
            var top = _y;
            var right = left + width;
            var bottom = top + height;
            _page.Ops.Add(new LineOp(left, top, right, top, Colors.Rule, 0.6f, Dotted: true));
            _page.Ops.Add(new LineOp(left, bottom, right, bottom, Colors.Rule, 0.6f, Dotted: true));
            _page.Ops.Add(new LineOp(left, top, left, bottom, Colors.Rule, 0.6f, Dotted: true));
            _page.Ops.Add(new LineOp(right, top, right, bottom, Colors.Rule, 0.6f, Dotted: true));

            var inner = width - 2 * pad;
            var y = top + pad;
            // The name as large as fits on two lines.
            var size = titleSize;
            var titleLines = Wrap(card.Title, true, size, inner);
            while (titleLines.Count > 2 && size > 12)
            {
                size -= 2;
                titleLines = Wrap(card.Title, true, size, inner);
            }

            foreach (var line in titleLines.Take(2))
            {
                Text(Ellipsize(line, true, size, inner), left + pad, y, true, size, Colors.Text);
                y += LineHeight(size);
            }

            _page.Ops.Add(new LineOp(left + pad, y + 2, left + pad + 48, y + 2, Colors.Accent, 2f));
            y += 8;
            var cornerTop = bottom - pad - LineHeight(cornerSize);
            foreach (var line in card.Lines.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                if (y + LineHeight(lineSize) > cornerTop)
                {
                    break;
                }

                Text(Ellipsize(line, false, lineSize, inner), left + pad, y, false, lineSize, Colors.Muted);
                y += LineHeight(lineSize);
            }

            if (!string.IsNullOrWhiteSpace(card.Corner))
            {
                TextAligned(card.Corner, left + pad, inner, ColumnAlign.Right, cornerTop, true, cornerSize, Colors.Accent);
            }
        }

        if (grid.Cards.Count > 0)
        {
            _y += height + 6;
        }
    }

    private void PlaceParagraph(Paragraph paragraph)
    {
        PlaceLines(Wrap(paragraph.Text, false, BodySize, ContentWidth), ContentLeft, false, BodySize, Colors.Text);
        _y += 6;
    }

    private void PlaceSpacer(Spacer spacer)
    {
        _y += Math.Max(0, spacer.Height);
        if (_y > ContentBottom)
        {
            NewPage();
        }
    }

    private void PlacePageBreak()
    {
        if (!AtTopOfPage)
        {
            NewPage();
        }
    }

    private void PlaceKeyValues(KeyValues block)
    {
        if (block.Pairs.Count == 0)
        {
            return;
        }

        var lh = LineHeight(BodySize);
        var keyWidth = Math.Min(block.Pairs.Max(p => Measure(p.Key, true, BodySize)) + 12, ContentWidth * 0.4f);
        var valueWidth = ContentWidth - keyWidth;
        foreach (var (key, value) in block.Pairs)
        {
            var keyLines = Wrap(key, true, BodySize, keyWidth - 12);
            var valueLines = Wrap(value, false, BodySize, valueWidth);
            var rows = Math.Max(keyLines.Count, valueLines.Count);
            EnsureSpace(Math.Min(rows * lh, ContentBottom - ContentTop));
            for (var i = 0; i < rows; i++)
            {
                EnsureSpace(lh);
                if (i < keyLines.Count)
                {
                    Text(keyLines[i], ContentLeft, _y, true, BodySize, Colors.Text);
                }

                if (i < valueLines.Count)
                {
                    Text(valueLines[i], ContentLeft + keyWidth, _y, false, BodySize, Colors.Text);
                }

                _y += lh;
            }
        }

        _y += 6;
    }

    private void PlaceTable(Table table)
    {
        var columns = table.Columns;
        if (columns.Count == 0)
        {
            return;
        }

        var total = columns.Sum(c => Math.Max(c.Width, 0.01f));
        var widths = columns.Select(c => Math.Max(c.Width, 0.01f) / total * ContentWidth).ToArray();
        var lefts = new float[columns.Count];
        for (var i = 1; i < columns.Count; i++)
        {
            lefts[i] = lefts[i - 1] + widths[i - 1];
        }

        var lh = LineHeight(TableSize);
        List<string>[] WrapRow(IReadOnlyList<string> cells, bool bold) =>
            columns.Select((_, i) => Wrap(i < cells.Count ? cells[i] ?? "" : "", bold, TableSize, widths[i] - 2 * CellPadX)).ToArray();

        var header = WrapRow(columns.Select(c => c.Header).ToList(), true);
        var headerHeight = header.Max(l => l.Count) * lh + 2 * CellPadY;

        void DrawRow(List<string>[] cells, int from, int count, bool bold, SKColor? fill, bool firmTopRule = false)
        {
            var height = count * lh + 2 * CellPadY;
            if (fill is { } f)
            {
                _page.Ops.Add(new RectOp(new SKRect(ContentLeft, _y, ContentRight, _y + height), f));
            }

            if (firmTopRule)
            {
                _page.Ops.Add(new LineOp(ContentLeft, _y, ContentRight, _y, Colors.Text, 0.8f));
            }

            for (var c = 0; c < columns.Count; c++)
            {
                for (var l = from; l < Math.Min(from + count, cells[c].Count); l++)
                {
                    TextAligned(cells[c][l], ContentLeft + lefts[c] + CellPadX, widths[c] - 2 * CellPadX, columns[c].Align,
                        _y + CellPadY + (l - from) * lh, bold, TableSize, Colors.Text);
                }
            }

            _y += height;
            _page.Ops.Add(new LineOp(ContentLeft, _y, ContentRight, _y, Colors.Rule, 0.5f));
        }

        void DrawHeader() => DrawRow(header, 0, header.Max(l => l.Count), true, Colors.HeaderFill);

        var rows = table.Rows.Select(r => WrapRow(r, false)).ToList();
        var first = rows.Count > 0 ? rows[0].Max(l => l.Count) * lh + 2 * CellPadY : 0;
        // Never leave a header row alone at the bottom of a page.
        EnsureSpace(headerHeight + Math.Min(first, ContentBottom - ContentTop - headerHeight));
        DrawHeader();

        void PlaceRow(List<string>[] cells, bool bold, SKColor? fill, bool firmTopRule = false)
        {
            var lines = cells.Max(l => l.Count);
            var start = 0;
            var freshPage = false;
            while (start < lines)
            {
                var needed = (lines - start) * lh + 2 * CellPadY;
                if (_y + needed <= ContentBottom)
                {
                    DrawRow(cells, start, lines - start, bold, fill, firmTopRule);
                    return;
                }

                if (freshPage)
                {
                    // A row taller than a whole page: put what fits here and carry on with the rest.
                    var fit = Math.Max(1, (int)((ContentBottom - _y - 2 * CellPadY) / lh));
                    DrawRow(cells, start, fit, bold, fill, firmTopRule);
                    start += fit;
                }

                NewPage();
                DrawHeader();
                freshPage = true;
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            PlaceRow(rows[r], false, r % 2 == 1 ? Colors.Zebra : null);
        }

        if (table.Totals is { } totals)
        {
            PlaceRow(WrapRow(totals, true), true, null, firmTopRule: true);
        }

        _y += 10;
    }

    private void PlaceBarChart(BarChart chart)
    {
        const float rowHeight = 16;
        var titleSize = 10.5f;
        var titleLines = Wrap(chart.Title, true, titleSize, ContentWidth);
        EnsureSpace(titleLines.Count * LineHeight(titleSize) + 4 + Math.Min(chart.Bars.Count, 3) * rowHeight);
        PlaceLines(titleLines, ContentLeft, true, titleSize, Colors.Text);
        _y += 4;
        if (chart.Bars.Count == 0)
        {
            PlaceLines(["No data."], ContentLeft, false, TableSize, Colors.Muted);
            _y += 8;
            return;
        }

        var texts = chart.Bars.Select(b => b.Display ?? b.Value.ToString(chart.ValueFormat, UsEnglish)).ToList();
        var labelWidth = Math.Min(chart.Bars.Max(b => Measure(b.Label, false, TableSize)) + 8, ContentWidth * 0.35f);
        var valueWidth = texts.Max(t => Measure(t, false, TableSize)) + 6;
        var barArea = Math.Max(ContentWidth - labelWidth - valueWidth, 20);
        var max = chart.FullScale ?? chart.Bars.Max(b => b.Value);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            EnsureSpace(rowHeight);
            var bar = chart.Bars[i];
            var textTop = _y + (rowHeight - TableSize * 1.2f) / 2;
            Text(Ellipsize(bar.Label, false, TableSize, labelWidth - 8), ContentLeft, textTop, false, TableSize, Colors.Text);
            var length = max > 0 && bar.Value > 0 ? (float)Math.Min(bar.Value / max, 1m) * barArea : 0;
            var barLeft = ContentLeft + labelWidth;
            if (length > 0)
            {
                _page.Ops.Add(new RectOp(new SKRect(barLeft, _y + 3, barLeft + length, _y + rowHeight - 3), Colors.Accent));
            }

            Text(texts[i], barLeft + length + 4, textTop, false, TableSize, Colors.Muted);
            _y += rowHeight;
        }

        _y += 10;
    }

    /// <summary>The colours of a line chart's series, in order (the accent first); more series reuse them.</summary>
    private static readonly SKColor[] SeriesColors =
        [Colors.Accent, new(0xC0, 0x6A, 0x1B), new(0x3B, 0x5B, 0xA5), new(0x8E, 0x3B, 0x8A), new(0x6B, 0x7A, 0x2A)];

    private void PlaceLineChart(LineChart chart)
    {
        const float titleSize = 10.5f;
        const float valueGap = 3;
        var titleLines = Wrap(chart.Title, true, titleSize, ContentWidth);
        var labelHeight = LineHeight(TableSize) + 4;
        var legendHeight = chart.Series.Count > 1 ? LineHeight(TableSize) + 4 : 0;
        var valueHeight = LineHeight(TableSize);
        EnsureSpace(titleLines.Count * LineHeight(titleSize) + 4 + valueHeight + chart.PlotHeight + labelHeight + legendHeight);
        PlaceLines(titleLines, ContentLeft, true, titleSize, Colors.Text);
        _y += 4;
        if (chart.Labels.Count == 0 || chart.Series.All(s => s.Values.Count == 0))
        {
            PlaceLines(["No data."], ContentLeft, false, TableSize, Colors.Muted);
            _y += 8;
            return;
        }

        var max = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var scale = max > 0 ? max : 1;
        var axisLabels = new[] { 0m, max / 2, max }.Select(v => v.ToString(chart.ValueFormat, UsEnglish)).ToList();
        var axisWidth = axisLabels.Max(t => Measure(t, false, TableSize)) + 6;
        var plotLeft = ContentLeft + axisWidth;
        var plotWidth = ContentWidth - axisWidth;
        var plotTop = _y + valueHeight;
        var plotBottom = plotTop + chart.PlotHeight;
        var step = plotWidth / chart.Labels.Count;

        // The scale: a rule at zero, half and full, each labelled on the left.
        for (var i = 0; i < 3; i++)
        {
            var y = plotBottom - chart.PlotHeight * i / 2f;
            _page.Ops.Add(new LineOp(plotLeft, y, ContentRight, y, i == 0 ? Colors.Text : Colors.Rule, i == 0 ? 0.8f : 0.4f));
            TextAligned(axisLabels[i], ContentLeft, axisWidth - 6, ColumnAlign.Right, y - TableSize * 0.6f, false, TableSize, Colors.Muted);
        }

        float X(int index) => plotLeft + step * (index + 0.5f);
        float Y(decimal value) => plotBottom - (float)(Math.Max(value, 0) / scale) * chart.PlotHeight;

        for (var i = 0; i < chart.Labels.Count; i++)
        {
            TextAligned(Ellipsize(chart.Labels[i], false, TableSize, step - 2), X(i) - step / 2, step, ColumnAlign.Center, plotBottom + 3, false, TableSize, Colors.Text);
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = SeriesColors[s % SeriesColors.Length];
            var count = Math.Min(series.Values.Count, chart.Labels.Count);
            for (var i = 0; i < count; i++)
            {
                var (x, y) = (X(i), Y(series.Values[i]));
                if (i > 0)
                {
                    _page.Ops.Add(new LineOp(X(i - 1), Y(series.Values[i - 1]), x, y, color, 1.6f));
                }

                _page.Ops.Add(new RectOp(new SKRect(x - 2.2f, y - 2.2f, x + 2.2f, y + 2.2f), color));
                var text = series.Values[i].ToString(chart.ValueFormat, UsEnglish);
                TextAligned(text, x - step / 2, step, ColumnAlign.Center, y - valueGap - TableSize * 1.1f, false, TableSize, color);
            }
        }

        _y = plotBottom + labelHeight;
        if (chart.Series.Count > 1)
        {
            var x = ContentLeft + axisWidth;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var color = SeriesColors[s % SeriesColors.Length];
                _page.Ops.Add(new RectOp(new SKRect(x, _y + 3, x + 10, _y + 9), color));
                Text(chart.Series[s].Name, x + 14, _y, false, TableSize, Colors.Text);
                x += 14 + Measure(chart.Series[s].Name, false, TableSize) + 16;
            }

            _y += legendHeight;
        }

        _y += 10;
    }

    private const float CaptionSize = 8.5f;
    private const float CaptionGap = 4;

    /// <summary>The picture's size in pixels, or null when the bytes are not a picture SkiaSharp can read.</summary>
    private static SKSizeI? PixelSize(byte[]? data)
    {
        if (data is not { Length: > 0 })
        {
            return null;
        }

        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        return codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0 ? null : new SKSizeI(codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The largest size with the picture's proportions inside <paramref name="maxWidth"/> × <paramref name="maxHeight"/>.</summary>
    private static SKSize Fit(SKSizeI pixels, float maxWidth, float maxHeight)
    {
        var scale = Math.Min(Math.Max(maxWidth, 1) / pixels.Width, Math.Max(maxHeight, 1) / pixels.Height);
        return new SKSize(pixels.Width * scale, pixels.Height * scale);
    }

    private SKSize? ImageBox(Image image) =>
        PixelSize(image.Data) is { } pixels
            ? Fit(pixels, Math.Min(image.MaxWidth, ContentWidth), Math.Min(image.MaxHeight, ContentBottom - ContentTop - CaptionBlockHeight(image)))
            : null;

    private float CaptionBlockHeight(Image image) =>
        string.IsNullOrWhiteSpace(image.Caption) ? 0 : CaptionGap + Wrap(image.Caption, false, CaptionSize, ContentWidth).Count * LineHeight(CaptionSize);

    private float? ImageHeight(Image image) => ImageBox(image) is { } box ? box.Height + CaptionBlockHeight(image) : null;

    private void PlaceImage(Image image)
    {
        if (ImageBox(image) is { } box)
        {
            EnsureSpace(box.Height + CaptionBlockHeight(image));
            _page.Ops.Add(new ImageOp(image.Data, SKRect.Create(ContentLeft, _y, box.Width, box.Height)));
            _y += box.Height;
        }

        if (!string.IsNullOrWhiteSpace(image.Caption))
        {
            _y += CaptionGap;
            PlaceLines(Wrap(image.Caption, false, CaptionSize, ContentWidth), ContentLeft, false, CaptionSize, Colors.Muted);
        }

        _y += 8;
    }

    private void PlaceCover(Cover cover)
    {
        const float titleSize = 30;
        const float subtitleSize = 15;
        const float smallSize = 9;
        var picture = PixelSize(cover.Image);
        var titleLines = Wrap(cover.Title, true, titleSize, ContentWidth);
        var subtitleLines = string.IsNullOrWhiteSpace(cover.Subtitle) ? [] : Wrap(cover.Subtitle, false, subtitleSize, ContentWidth);
        var smallLines = string.IsNullOrWhiteSpace(cover.SmallPrint) ? [] : Wrap(cover.SmallPrint, false, smallSize, ContentWidth);
        var smallTop = PageHeight - 72 - smallLines.Count * LineHeight(smallSize);

        // A band of the accent colour across the top, then the title a third of the way down (higher with a picture).
        _page.Ops.Add(new RectOp(new SKRect(0, 0, PageWidth, 18), Colors.Accent));
        _y = picture is null ? PageHeight * 0.32f : 96;
        PlaceCoverLines(titleLines, true, titleSize, Colors.Accent);
        _y += 6;
        _page.Ops.Add(new LineOp(ContentLeft, _y, ContentLeft + 96, _y, Colors.Accent, 2.5f));
        _y += 14;
        PlaceCoverLines(subtitleLines, false, subtitleSize, Colors.Text);
        if (picture is { } pixels)
        {
            _y += 18;
            var box = Fit(pixels, ContentWidth, Math.Max(smallTop - 24 - _y, 36));
            _page.Ops.Add(new ImageOp(cover.Image!, SKRect.Create(ContentLeft + (ContentWidth - box.Width) / 2, _y, box.Width, box.Height)));
        }

        _y = smallTop;
        if (smallLines.Count > 0)
        {
            _page.Ops.Add(new LineOp(ContentLeft, _y - 8, ContentRight, _y - 8, Colors.Rule, 0.5f));
        }

        PlaceCoverLines(smallLines, false, smallSize, Colors.Muted);
    }

    /// <summary>Lines on the cover: never moved to another page (a cover title is short; a very long one is cut at the foot of the page).</summary>
    private void PlaceCoverLines(List<string> lines, bool bold, float size, SKColor color)
    {
        foreach (var line in lines)
        {
            if (_y + LineHeight(size) > PageHeight - 36)
            {
                return;
            }

            Text(line, ContentLeft, _y, bold, size, color);
            _y += LineHeight(size);
        }
    }

    private void PlaceContents(Contents contents)
    {
        if (!string.IsNullOrWhiteSpace(contents.Title))
        {
            PlaceHeading(new Heading(contents.Title, 1));
            _y += 4;
        }

        var entries = contents.Entries ?? Document.Blocks
            .Select((block, index) => block is Heading h && h.Level <= contents.MaxLevel ? new ContentsEntry(h.Text, AnchorOf(h, index), h.Level) : null)
            .OfType<ContentsEntry>()
            .ToList();
        var lh = LineHeight(BodySize) + 2;
        var numberColumn = Measure("0000", false, BodySize);
        foreach (var entry in entries)
        {
            EnsureSpace(lh);
            var bold = entry.Level <= 1;
            var indent = Math.Max(entry.Level - 1, 0) * 16f;
            if (bold && !AtTopOfPage)
            {
                _y += 4;
                EnsureSpace(lh);
            }

            var text = Ellipsize(entry.Text, bold, BodySize, ContentWidth - indent - numberColumn - 12);
            var number = _knownPages.TryGetValue(entry.Anchor, out var page) ? page.ToString(UsEnglish) : "";
            Text(text, ContentLeft + indent, _y, bold, BodySize, Colors.Text);
            TextAligned(number, ContentRight - numberColumn, numberColumn, ColumnAlign.Right, _y, bold, BodySize, Colors.Text);
            var baseline = Baseline(_y, BodySize);
            var leaderFrom = ContentLeft + indent + Measure(text, bold, BodySize) + 6;
            var leaderTo = ContentRight - Measure(number, bold, BodySize) - 6;
            if (leaderTo > leaderFrom)
            {
                _page.Ops.Add(new LineOp(leaderFrom, baseline, leaderTo, baseline, Colors.Rule, 0.8f, Dotted: true));
            }

            if (number.Length > 0)
            {
                _page.Ops.Add(new LinkOp(new SKRect(ContentLeft + indent, _y, ContentRight, _y + lh), entry.Anchor));
            }

            _y += lh;
        }

        _y += 8;
    }

    private void PlacePageReference(PageReference reference)
    {
        var number = _knownPages.TryGetValue(reference.Anchor, out var page) ? page.ToString(UsEnglish) : "?";
        PlaceParagraph(new Paragraph(reference.Text.Replace("{page}", number, StringComparison.Ordinal)));
    }

    private static SKFont NewFont(SKTypeface typeface) => new(typeface, BodySize)
    {
        // Unhinted, linear metrics: what we measure is exactly what the PDF viewer will draw.
        Hinting = SKFontHinting.None,
        LinearMetrics = true,
        Subpixel = true,
    };

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }
}

/// <summary>The laid-out pages and, for each anchored heading, the page (from 1) it landed on.</summary>
internal sealed record LayoutResult(IReadOnlyList<LaidOutPage> Pages, IReadOnlyDictionary<string, int> Anchors);

internal sealed class LaidOutPage
{
    public List<DrawOp> Ops { get; } = [];
    /// <summary>A cover page is drawn without the letterhead and footer.</summary>
    public bool IsCover { get; set; }
}

internal abstract record DrawOp;

/// <summary>Text whose left end is at <paramref name="X"/> and baseline at <paramref name="Y"/>.</summary>
internal sealed record TextOp(string Text, float X, float Y, bool Bold, float Size, SKColor Color) : DrawOp;

internal sealed record RectOp(SKRect Rect, SKColor Color) : DrawOp;

internal sealed record LineOp(float X1, float Y1, float X2, float Y2, SKColor Color, float Width, bool Dotted = false) : DrawOp;

/// <summary>A JPEG or PNG drawn into <paramref name="Rect"/> (already fitted to keep its proportions).</summary>
internal sealed record ImageOp(byte[] Data, SKRect Rect) : DrawOp;

/// <summary>A named place in the PDF that links can jump to (a heading's anchor).</summary>
internal sealed record DestinationOp(string Name, float X, float Y) : DrawOp;

/// <summary>A clickable area that jumps to the destination <paramref name="Name"/>.</summary>
internal sealed record LinkOp(SKRect Rect, string Name) : DrawOp;
