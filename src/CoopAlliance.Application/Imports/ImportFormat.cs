using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoopAlliance.Application.Imports;

/// <summary>A file to import: its name (as staff know it) and a way to open it again (the import reads it more than once, never whole).</summary>
public sealed record ImportFile(string FileName, Func<Stream> Open);

/// <summary>The spreadsheets an alliance moves in with: its co-ops, and optionally their people (contacts and rosters).</summary>
public sealed record ImportFiles(ImportFile Coops, ImportFile? Roster);

/// <summary>
/// The columns of the import files (UTF-8 CSV, comma-separated, a header row; column names in any order, case-insensitive;
/// a column the format does not know is an error, so a misspelt header never drops data silently). Required columns are
/// marked *. Documented in README ("Importing co-ops").
/// </summary>
public static class ImportFormat
{
    public const string Ref = "ref";
    public const string LegalName = "legal_name";
    public const string TradeName = "trade_name";
    public const string Kind = "kind";
    public const string Sector = "sector";
    public const string StreetAddress = "street_address";
    public const string Town = "town";
    public const string State = "state";
    public const string PostalCode = "postal_code";
    public const string Region = "region";
    public const string FoundedOn = "founded_on";
    public const string WorkerOwners = "worker_owners";
    public const string OtherWorkers = "other_workers";
    public const string RevenueBand = "revenue_band";
    public const string Website = "website";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Description = "description";
    public const string Status = "status";
    public const string MemberSince = "member_since";

    public const string CoopRef = "coop_ref";
    public const string FullName = "full_name";
    public const string Role = "role";
    public const string WorkerOwner = "worker_owner";
    public const string StartedOn = "started_on";
    public const string PrimaryContact = "primary_contact";

    /// <summary>coops.csv: one co-op per row, keyed by <c>ref</c> (the alliance's own reference for it, at most 64 characters).</summary>
    public static readonly IReadOnlyList<(string Name, bool Required)> CoopColumns =
    [
        (Ref, true), (LegalName, true), (TradeName, false), (Kind, true), (Sector, false), (StreetAddress, false), (Town, false),
        (State, false), (PostalCode, false), (Region, true), (FoundedOn, false), (WorkerOwners, false), (OtherWorkers, false),
        (RevenueBand, false), (Website, false), (Email, false), (Phone, false), (Description, false), (Status, true), (MemberSince, false),
    ];

    /// <summary>roster.csv: one person per row (a contact, a worker on the roster, or both), keyed by co-op and email, or co-op and name.</summary>
    public static readonly IReadOnlyList<(string Name, bool Required)> RosterColumns =
    [
        (CoopRef, true), (FullName, true), (Email, false), (Phone, false), (Role, false), (WorkerOwner, false), (StartedOn, false), (PrimaryContact, false),
    ];

    internal static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        DetectColumnCountChanges = false,
        BadDataFound = null,
        MissingFieldFound = null,
        IgnoreBlankLines = true,
    };

    /// <summary>An enum value as written in a spreadsheet: its name in any case, spaces, hyphens and underscores ignored ("worker coop", "WorkerCoop").</summary>
    internal static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        var compact = new string(text.Where(ch => ch is not (' ' or '-' or '_')).ToArray());
        if (compact.Length > 0 && !char.IsDigit(compact[0]) && Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        value = default;
        return false;
    }

    internal static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}

/// <summary>One problem with one cell (or a whole row when <see cref="Column"/> is empty), by the line of the file it is on.</summary>
public sealed record ImportRowError(string File, int Line, string Column, string Message);

/// <summary>
/// Reads one import file row by row (CsvHelper's parser, streamed: one row in memory at a time), checks its header against
/// the format and hands out the cells of each row by column name, collecting the row's errors with their line and column.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly int[] _index;
    private readonly List<ImportRowError> _rowErrors = [];
    private readonly IReadOnlyList<(string Name, bool Required)> _columns;

    private ImportCsv(string fileName, StreamReader reader, CsvReader csv, IReadOnlyList<(string Name, bool Required)> columns, int[] index, List<ImportRowError> headerErrors)
    {
        FileName = fileName;
        _reader = reader;
        _csv = csv;
        _columns = columns;
        _index = index;
        HeaderErrors = headerErrors;
    }

    public string FileName { get; }
    public IReadOnlyList<ImportRowError> HeaderErrors { get; }
    public int Line { get; private set; }
    public IReadOnlyList<ImportRowError> RowErrors => _rowErrors;

    public static ImportCsv Open(ImportFile file, IReadOnlyList<(string Name, bool Required)> columns)
    {
        var reader = new StreamReader(file.Open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvReader(reader, ImportFormat.Configuration);
        var errors = new List<ImportRowError>();
        var index = Enumerable.Repeat(-1, columns.Count).ToArray();
        if (!csv.Read())
        {
            errors.Add(new(file.FileName, 1, "", "The file is empty: the first line must name the columns."));
            return new ImportCsv(file.FileName, reader, csv, columns, index, errors);
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            var known = -1;
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Name == name)
                {
                    known = c;
                }
            }

            if (known < 0)
            {
                errors.Add(new(file.FileName, 1, header[i], $"Unknown column \"{header[i]}\". The columns are: {string.Join(", ", columns.Select(c => c.Name))}."));
            }
            else if (index[known] >= 0)
            {
                errors.Add(new(file.FileName, 1, header[i], $"The column \"{name}\" appears twice."));
            }
            else
            {
                index[known] = i;
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Required && index[c] < 0)
            {
                errors.Add(new(file.FileName, 1, columns[c].Name, $"The required column \"{columns[c].Name}\" is missing."));
            }
        }

        return new ImportCsv(file.FileName, reader, csv, columns, index, errors);
    }

    /// <summary>Moves to the next row; false at the end of the file.</summary>
    public bool Next()
    {
        _rowErrors.Clear();
        if (!_csv.Read())
        {
            return false;
        }

        Line = _csv.Parser.RawRow;
        if (_csv.Parser.Count != (_csv.HeaderRecord?.Length ?? 0))
        {
            _rowErrors.Add(new(FileName, Line, "", $"The row has {_csv.Parser.Count} cells; the header has {_csv.HeaderRecord?.Length ?? 0}."));
        }

        return true;
    }

    /// <summary>The cell of a column, trimmed; null when empty or absent.</summary>
    public string? Text(string column, int maxLength = 200)
    {
        var c = ColumnIndex(column);
        if (_index[c] < 0 || _index[c] >= _csv.Parser.Count)
        {
            return null;
        }

        var value = _csv.Parser[_index[c]];
        if (string.IsNullOrWhiteSpace(value))
        {
            if (_columns[c].Required)
            {
                Error(column, "Required.");
            }

            return null;
        }

        value = value.Trim();
        if (value.Length > maxLength)
        {
            Error(column, $"At most {maxLength} characters (this one has {value.Length}).");
            return null;
        }

        return value;
    }

    public T? Enum<T>(string column) where T : struct, System.Enum
    {
        var text = Text(column, 100);
        if (text is null)
        {
            return null;
        }

        if (ImportFormat.TryEnum<T>(text, out var value))
        {
            return value;
        }

        Error(column, $"\"{text}\" is not one of: {ImportFormat.Names<T>()}.");
        return null;
    }

    public DateOnly? Date(string column)
    {
        var text = Text(column, 20);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"\"{text}\" is not a date written as 2024-03-31.");
        return null;
    }

    public int? Count(string column)
    {
        var text = Text(column, 12);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= 100_000)
        {
            return count;
        }

        Error(column, $"\"{text}\" is not a whole number from 0 to 100000.");
        return null;
    }

    public bool YesNo(string column)
    {
        var text = Text(column, 5);
        switch (text?.ToLowerInvariant())
        {
            case null or "no" or "n" or "false" or "0":
                return false;
            case "yes" or "y" or "true" or "1":
                return true;
            default:
                Error(column, $"\"{text}\" is not yes or no.");
                return false;
        }
    }

    public string? Email(string column)
    {
        var text = Text(column);
        if (text is not null && (text.IndexOf('@') is var at && (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1 || text.Contains(' '))))
        {
            Error(column, $"\"{text}\" is not an email address.");
            return null;
        }

        return text;
    }

    public void Error(string column, string message) => _rowErrors.Add(new(FileName, Line, column, message));

    private int ColumnIndex(string column)
    {
        for (var c = 0; c < _columns.Count; c++)
        {
            if (_columns[c].Name == column)
            {
                return c;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(column), column, "Not a column of this file.");
    }

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
