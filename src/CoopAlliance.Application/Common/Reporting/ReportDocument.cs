namespace CoopAlliance.Application.Common.Reporting;

/// <summary>
/// A printable report as plain data: handlers build it (usually with <see cref="ReportBuilder"/>) from what they
/// queried and hand it to <see cref="IPdfRenderer"/>. Nothing here knows about pages or fonts; the renderer lays
/// the blocks out on US Letter pages, repeating the letterhead and a "Page x of y" footer on every page.
/// Cells and values are strings on purpose: formatting money and dates is the caller's business.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>Printed at the top of the first page and stored as the PDF title.</summary>
    public required string Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    /// <summary>Stored as the PDF creation date; take it from <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>Lines at the top of every page: the first is the organisation's name, the rest smaller.</summary>
    public IReadOnlyList<string> Letterhead { get; init; } = [];
    /// <summary>Text at the bottom left of every page, beside "Page x of y".</summary>
    public string? Footer { get; init; }
    /// <summary>
    /// The page number's words, {0} the page and {1} the count: "Page {0} of {1}", or "Página {0} de {1}" when the
    /// document is built inside <see cref="Words.AppCulture.Use"/> for Spanish (<see cref="ReportBuilder"/> sets it).
    /// </summary>
    public string PageNumberFormat { get; init; } = "Page {0} of {1}";
    public IReadOnlyList<ReportBlock> Blocks { get; init; } = [];
    /// <summary>
    /// When set, the first page is this cover (no letterhead, no footer) and the title is not printed again above
    /// the first block; the cover still counts as page 1, so page numbers match the PDF viewer's.
    /// </summary>
    public Cover? Cover { get; init; }
}

/// <summary>
/// A whole first page: a big <paramref name="Title"/>, a <paramref name="Subtitle"/>, an optional picture
/// (JPEG or PNG bytes) and a line of <paramref name="SmallPrint"/> near the bottom.
/// </summary>
public sealed record Cover(string Title, string? Subtitle = null, string? SmallPrint = null, byte[]? Image = null);

/// <summary>One piece of a report's body, laid out top to bottom.</summary>
public abstract record ReportBlock;

/// <summary>A section title; level 1 is the largest. A heading never ends a page alone.</summary>
public sealed record Heading(string Text, int Level = 1) : ReportBlock
{
    /// <summary>A name for this heading that <see cref="Contents"/> entries and <see cref="PageReference"/>s point at.</summary>
    public string? Anchor { get; init; }
}

/// <summary>Text wrapped to the page width; a newline starts a new line.</summary>
public sealed record Paragraph(string Text) : ReportBlock;

public enum ColumnAlign
{
    Left,
    Right,
    Center,
}

/// <summary>A table column; <paramref name="Width"/> is relative to the other columns' widths.</summary>
public sealed record TableColumn(string Header, float Width = 1, ColumnAlign Align = ColumnAlign.Left);

/// <summary>
/// Rows of text cells under a header row. A long table continues on the next page with its header row repeated.
/// <paramref name="Totals"/>, when given, is a last bold row (e.g. "Total", "", "$12,345.00").
/// </summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Totals = null) : ReportBlock;

/// <summary>Label–value lines such as "Co-op: Pioneer Valley Bread Cooperative", labels in bold.</summary>
public sealed record KeyValues(IReadOnlyList<KeyValuePair<string, string>> Pairs) : ReportBlock;

/// <summary>One bar; <paramref name="Display"/> replaces the formatted value beside the bar when given.</summary>
public sealed record Bar(string Label, decimal Value, string? Display = null);

/// <summary>
/// A horizontal bar chart: a label, a bar scaled to the largest value (or to <see cref="FullScale"/>), and the value's text. Values are
/// formatted with <paramref name="ValueFormat"/> (a .NET numeric format such as "$#,##0.00" or "0.0'%'") in
/// US English unless a bar brings its own <see cref="Bar.Display"/>. Negative values draw no bar.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars, string ValueFormat = "#,##0.##") : ReportBlock
{
    /// <summary>The value a full-width bar stands for (e.g. 1 for shares of a whole); unset, the largest value fills the width.</summary>
    public decimal? FullScale { get; init; }
}

/// <summary>One line of a <see cref="LineChart"/>: a value for each of the chart's labels, in order.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<decimal> Values);

/// <summary>
/// A line chart: the <paramref name="Labels"/> spaced evenly along the bottom (years, months), each series a line through
/// its values on a shared scale from zero to the largest value, each point labelled with its value (formatted with
/// <paramref name="ValueFormat"/> in US English) and, with more than one series, a legend naming them. A series shorter
/// than the labels stops early; negative values sit on the zero line.
/// </summary>
public sealed record LineChart(string Title, IReadOnlyList<string> Labels, IReadOnlyList<LineSeries> Series, string ValueFormat = "#,##0.##") : ReportBlock
{
    /// <summary>The height of the plot in points (without the title, the labels and the legend).</summary>
    public float PlotHeight { get; init; } = 140;
}

/// <summary>Vertical space in points (1/72 inch).</summary>
public sealed record Spacer(float Height = 12) : ReportBlock;

/// <summary>The next block starts on a new page.</summary>
public sealed record PageBreak : ReportBlock;

/// <summary>
/// A picture (JPEG or PNG bytes) scaled to fit <paramref name="MaxWidth"/> × <paramref name="MaxHeight"/> points
/// (and the page) keeping its proportions, with an optional caption under it. It moves to the next page rather than
/// being cut; bytes that are not a readable picture draw nothing but the caption.
/// </summary>
public sealed record Image(byte[] Data, float MaxWidth, float MaxHeight, string? Caption = null) : ReportBlock;

/// <summary>One line of a table of contents, pointing at the heading whose <see cref="Heading.Anchor"/> is <paramref name="Anchor"/>.</summary>
public sealed record ContentsEntry(string Text, string Anchor, int Level = 1);

/// <summary>
/// A table of contents: each entry with the page its heading lands on (and a link to it). Without
/// <see cref="Entries"/> it lists every heading of the document up to <paramref name="MaxLevel"/>; with them, exactly
/// those lines (so one heading can be listed twice, under two sections).
/// </summary>
public sealed record Contents(string? Title = "Contents", int MaxLevel = 1) : ReportBlock
{
    public IReadOnlyList<ContentsEntry>? Entries { get; init; }
}

/// <summary>
/// A line of text that names the page a heading lands on: <paramref name="Text"/> with "{page}" replaced by its
/// number, e.g. new PageReference("Full entry: see page {page}.", "coop-12").
/// </summary>
public sealed record PageReference(string Text, string Anchor) : ReportBlock;

/// <summary>One card of a <see cref="CardGrid"/>: a big <paramref name="Title"/> (a name on a badge), smaller lines under it and a bold <paramref name="Corner"/> at its bottom right (a code).</summary>
public sealed record Card(string Title, IReadOnlyList<string> Lines, string? Corner = null);

/// <summary>
/// Cards of the same size, <paramref name="Columns"/> across and as many rows as fit a page, each framed by a dotted cut
/// line: name badges, place cards, labels. <paramref name="Height"/> is each card's height in points.
/// </summary>
public sealed record CardGrid(IReadOnlyList<Card> Cards, int Columns = 2, float Height = 144) : ReportBlock;
