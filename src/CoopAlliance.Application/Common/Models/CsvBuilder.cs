using System.Globalization;
using System.Text;

namespace CoopAlliance.Application.Common.Models;

/// <summary>
/// Writes RFC 4180 CSV (quoted where needed, CRLF line ends) for the "export" button on every list.
/// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
/// </summary>
public sealed class CsvBuilder
{
    private readonly StringBuilder _text = new();

    public CsvBuilder Row(params object?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Escape(Format(cells[i])));
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
    }
}
