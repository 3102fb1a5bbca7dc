using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;

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

/// <summary>
/// Checked when staff save a carrier's mapping, so a wrong one is refused there and not found on the next bill: the
/// three columns the comparison needs, no header used for two things, and a delimiter carriers actually use.
/// </summary>
public sealed class CarrierBillMappingValidator : AbstractValidator<CarrierBillMapping>
{
    public static IReadOnlyList<string> Delimiters { get; } = [",", ";", "\t", "|"];

    public CarrierBillMappingValidator()
    {
        RuleFor(x => x.GroupNumberColumn).NotEmpty().WithMessage("Give the header of the column with the co-op's group number.").MaximumLength(100);
        RuleFor(x => x.MemberIdColumn).NotEmpty().WithMessage("Give the header of the column with the member id (\"CA-000123\").").MaximumLength(100);
        RuleFor(x => x.PremiumColumn).NotEmpty().WithMessage("Give the header of the column with the amount billed.").MaximumLength(100);
        RuleFor(x => x.MemberNameColumn).NotEmpty().When(x => x.MemberNameColumn is not null).WithMessage("Give a header or leave it out.").MaximumLength(100);
        RuleFor(x => x.TierColumn).NotEmpty().When(x => x.TierColumn is not null).WithMessage("Give a header or leave it out.").MaximumLength(100);
        RuleFor(x => x.PeriodColumn).NotEmpty().When(x => x.PeriodColumn is not null).WithMessage("Give a header or leave it out.").MaximumLength(100);
        RuleFor(x => x.CoverageColumn).NotEmpty().When(x => x.CoverageColumn is not null).WithMessage("Give a header or leave it out.").MaximumLength(100);
        RuleFor(x => x.Delimiter).Must(d => Delimiters.Contains(d, StringComparer.Ordinal))
            .WithMessage("The columns are separated by a comma, a semicolon, a tab or a bar.");
        RuleFor(x => x).Must(x => Used(x).Count() == Used(x).Distinct(StringComparer.OrdinalIgnoreCase).Count())
            .OverridePropertyName("Columns").WithMessage("Each header can stand for one thing only.");
    }

    // The reader trims and ignores case, so "Member ID" and " member id" are the same header.
    private static IEnumerable<string> Used(CarrierBillMapping x) =>
        new[] { x.GroupNumberColumn, x.MemberIdColumn, x.PremiumColumn, x.MemberNameColumn, x.TierColumn, x.PeriodColumn, x.CoverageColumn }
            .Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim());
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

    /// <summary>
    /// Amounts as carriers write them: "$1,234.50", "1234.5", "-12.00", "-$12.00", "$-12.00" and "(12.00)" or a trailing
    /// minus ("12.00-", from older billing systems) for a credit.
    /// </summary>
    public static bool TryAmount(string? text, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var negative = false;
        if (t.StartsWith('(') && t.EndsWith(')'))
        {
            negative = true;
            t = t[1..^1];
        }

        t = t.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (t.StartsWith('-') || t.EndsWith('-'))
        {
            negative = !negative;
            t = t.StartsWith('-') ? t[1..] : t[..^1];
        }

        if (t.Length == 0 || (!char.IsAsciiDigit(t[0]) && t[0] != '.')
            || !decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }
}
