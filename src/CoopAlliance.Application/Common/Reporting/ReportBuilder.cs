namespace CoopAlliance.Application.Common.Reporting;

/// <summary>
/// Builds a <see cref="ReportDocument"/> top to bottom:
/// <code>
/// var pdf = renderer.Render(new ReportBuilder("Dues statement, January 2027")
///     .Letterhead("Valley Alliance of Worker Co-operatives", "Northampton, MA")
///     .Footer("Questions? office@valley-alliance.coop")
///     .KeyValues(("Co-op", coop.Name), ("Due", "February 15, 2027"))
///     .Table(t => t.Column("Item", 3).Column("Amount", 1, ColumnAlign.Right).Row("Dues", "$618.00"))
///     .Build());
/// </code>
/// </summary>
public sealed class ReportBuilder(string title)
{
    private readonly List<ReportBlock> _blocks = [];
    private ReportDocument _document = new() { Title = title, PageNumberFormat = Texts.Messages.Translate("Page {0} of {1}") };

    public ReportBuilder Letterhead(params string[] lines)
    {
        _document = _document with { Letterhead = lines };
        return this;
    }

    public ReportBuilder Footer(string text)
    {
        _document = _document with { Footer = text };
        return this;
    }

    public ReportBuilder Metadata(string? author = null, string? subject = null, string? keywords = null, DateTimeOffset? createdAt = null)
    {
        _document = _document with
        {
            Author = author ?? _document.Author,
            Subject = subject ?? _document.Subject,
            Keywords = keywords ?? _document.Keywords,
            CreatedAt = createdAt ?? _document.CreatedAt,
        };
        return this;
    }

    /// <summary>A whole first page; see <see cref="Reporting.Cover"/>.</summary>
    public ReportBuilder Cover(string title, string? subtitle = null, string? smallPrint = null, byte[]? image = null)
    {
        _document = _document with { Cover = new Cover(title, subtitle, smallPrint, image) };
        return this;
    }

    public ReportBuilder Heading(string text, int level = 1, string? anchor = null) => Add(new Heading(text, level) { Anchor = anchor });

    /// <summary>A picture fitted into <paramref name="maxWidth"/> × <paramref name="maxHeight"/> points.</summary>
    public ReportBuilder Image(byte[] data, float maxWidth, float maxHeight, string? caption = null) =>
        Add(new Image(data, maxWidth, maxHeight, caption));

    /// <summary>A table of contents of every heading up to <paramref name="maxLevel"/>.</summary>
    public ReportBuilder Contents(string? title = "Contents", int maxLevel = 1) => Add(new Contents(title, maxLevel));

    /// <summary>A table of contents of exactly these entries (each pointing at a heading's anchor).</summary>
    public ReportBuilder Contents(IEnumerable<ContentsEntry> entries, string? title = "Contents") =>
        Add(new Contents(title) { Entries = entries.ToList() });

    /// <summary>Text naming the page a heading lands on; "{page}" in <paramref name="text"/> becomes the number.</summary>
    public ReportBuilder PageReference(string text, string anchor) => Add(new PageReference(text, anchor));

    public ReportBuilder Paragraph(string text) => Add(new Paragraph(text));

    public ReportBuilder KeyValues(params (string Key, string Value)[] pairs) =>
        Add(new KeyValues(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)).ToList()));

    public ReportBuilder Table(Action<TableBuilder> build)
    {
        var table = new TableBuilder();
        build(table);
        return Add(table.Build());
    }

    public ReportBuilder BarChart(string title, IEnumerable<Bar> bars, string valueFormat = "#,##0.##", decimal? fullScale = null) =>
        Add(new BarChart(title, bars.ToList(), valueFormat) { FullScale = fullScale });

    public ReportBuilder LineChart(string title, IEnumerable<string> labels, IEnumerable<LineSeries> series, string valueFormat = "#,##0.##") =>
        Add(new LineChart(title, labels.ToList(), series.ToList(), valueFormat));

    public ReportBuilder Spacer(float height = 12) => Add(new Spacer(height));

    public ReportBuilder PageBreak() => Add(new PageBreak());

    /// <summary>Cards in a grid (see <see cref="CardGrid"/>), e.g. name badges several to a page.</summary>
    public ReportBuilder Cards(IEnumerable<Card> cards, int columns = 2, float height = 144) => Add(new CardGrid(cards.ToList(), columns, height));

    public ReportBuilder Add(ReportBlock block)
    {
        _blocks.Add(block);
        return this;
    }

    public ReportDocument Build() => _document with { Blocks = _blocks.ToList() };
}

public sealed class TableBuilder
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<IReadOnlyList<string>> _rows = [];
    private IReadOnlyList<string>? _totals;

    public TableBuilder Column(string header, float width = 1, ColumnAlign align = ColumnAlign.Left)
    {
        _columns.Add(new TableColumn(header, width, align));
        return this;
    }

    public TableBuilder Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    public TableBuilder Rows<T>(IEnumerable<T> items, Func<T, string[]> cells)
    {
        foreach (var item in items)
        {
            _rows.Add(cells(item));
        }

        return this;
    }

    public TableBuilder Totals(params string[] cells)
    {
        _totals = cells;
        return this;
    }

    public Table Build()
    {
        if (_columns.Count == 0)
        {
            throw new InvalidOperationException("A table needs at least one column.");
        }

        return new Table(_columns.ToList(), _rows.ToList(), _totals);
    }
}
