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
    public IReadOnlyList<ReportBlock> Blocks { get; init; } = [];
}

/// <summary>One piece of a report's body, laid out top to bottom.</summary>
public abstract record ReportBlock;

/// <summary>A section title; level 1 is the largest. A heading never ends a page alone.</summary>
public sealed record Heading(string Text, int Level = 1) : ReportBlock;

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

/// <summary>Vertical space in points (1/72 inch).</summary>
public sealed record Spacer(float Height = 12) : ReportBlock;

/// <summary>The next block starts on a new page.</summary>
public sealed record PageBreak : ReportBlock;
