using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoopAlliance.Application.Benefits.Reconciliation;

/// <summary>
/// Which header of a carrier's monthly bill holds what we need; every carrier lays its bill out differently, so staff
/// set this once per carrier (stored as JSON on the carrier).
/// </summary>
public sealed record CarrierBillMapping(
    string GroupNumberColumn,
    string MemberIdColumn,
    string PremiumColumn,
    string? MemberNameColumn = null,
    string? TierColumn = null,
    string? PeriodColumn = null,
    string? CoverageColumn = null,
    string Delimiter = ",")
{
    public static CarrierBillMapping Default { get; } = new("Group Number", "Member ID", "Premium", "Member Name", "Tier", "Billing Period");
}

/// <summary>One subscriber's line on the bill.</summary>
public sealed record BilledLine(int RowNumber, string GroupNumber, string MemberId, string? MemberName, string? Tier, decimal Premium, string? Period);

/// <summary>A row that could not be read, by its data-row number (1 = the first row after the header).</summary>
public sealed record BillRowProblem(int RowNumber, string Message);

public sealed record CarrierBill(IReadOnlyList<BilledLine> Lines, IReadOnlyList<BillRowProblem> Problems);

/// <summary>Reads a carrier's bill through its mapping: bad rows are reported by number, the rest still read.</summary>
public static class CarrierBillReader
{
    public static CarrierBill Read(Stream csv, CarrierBillMapping mapping)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = mapping.Delimiter,
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvReader(reader, config);
        if (!parser.Read() || !parser.ReadHeader() || parser.HeaderRecord is not { Length: > 0 } headers)
        {
            return new CarrierBill([], [new BillRowProblem(0, "The file is empty: the bill needs a header row and one row per subscriber.")]);
        }

        var found = headers.Select(h => h.Trim()).ToArray();
        int? Column(string? name) => name is null ? null : Array.FindIndex(found, h => string.Equals(h, name.Trim(), StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : -1;
        var required = new[] { ("group number", mapping.GroupNumberColumn), ("member id", mapping.MemberIdColumn), ("premium", mapping.PremiumColumn) };
        var missing = required.Where(r => Column(r.Item2) == -1).Select(r => $"\"{r.Item2}\" ({r.Item1})").ToList();
        missing.AddRange(new[] { mapping.MemberNameColumn, mapping.TierColumn, mapping.PeriodColumn, mapping.CoverageColumn }
            .Where(c => c is not null && Column(c) == -1).Select(c => $"\"{c}\""));
        if (missing.Count > 0)
        {
            return new CarrierBill([], [new BillRowProblem(0,
                $"The bill has no column {string.Join(", ", missing)}; its columns are {string.Join(", ", found.Select(h => $"\"{h}\""))}. Check the carrier's column mapping.")]);
        }

        var (group, member, premium) = (Column(mapping.GroupNumberColumn)!.Value, Column(mapping.MemberIdColumn)!.Value, Column(mapping.PremiumColumn)!.Value);
        var (name, tier, period) = (Column(mapping.MemberNameColumn), Column(mapping.TierColumn), Column(mapping.PeriodColumn));
        var lines = new List<BilledLine>();
        var problems = new List<BillRowProblem>();
        var row = 0;
        while (parser.Read())
        {
            row++;
            string? Cell(int? index) => index is { } i && i < parser.Parser.Count ? Clean(parser.GetField(i)) : null;
            if (Enumerable.Range(0, parser.Parser.Count).All(i => string.IsNullOrWhiteSpace(parser.GetField(i))))
            {
                row--;
                continue;
            }

            var memberId = Cell(member);
            var amountText = Cell(premium);
            if (memberId is null)
            {
                problems.Add(new BillRowProblem(row, $"Row {row}: no member id in \"{mapping.MemberIdColumn}\"."));
                continue;
            }

            if (!TryAmount(amountText, out var amount))
            {
                problems.Add(new BillRowProblem(row, $"Row {row}: \"{amountText}\" in \"{mapping.PremiumColumn}\" is not an amount."));
                continue;
            }

            lines.Add(new BilledLine(row, Cell(group) ?? "", memberId, Cell(name), Cell(tier), amount, Cell(period)));
        }

        return new CarrierBill(lines, problems);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Amounts as carriers write them: "$1,234.50", "1234.5", "-12.00" and "(12.00)" for a credit.</summary>
    public static bool TryAmount(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var negative = t.StartsWith('(') && t.EndsWith(')');
        if (negative)
        {
            t = t[1..^1].Trim();
        }

        if (t.StartsWith('-'))
        {
            negative = !negative;
            t = t[1..].Trim();
        }

        t = t.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (t.Length == 0 || !decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }
}
