using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CoopAlliance.Application.Benefits.Files;

/// <summary>The 834's content as CSV, for carriers that take CSV: one row per member and coverage, streamed.</summary>
public static class EnrollmentCsvWriter
{
    public static readonly string[] Columns =
    [
        "Subscriber id", "Subscriber", "Relationship", "Maintenance", "Reason", "Taxpayer id", "Last name", "First name",
        "Birth date", "Gender", "Group number", "Coverage", "Plan", "Tier", "Coverage start", "Coverage end", "Hire date",
    ];

    /// <summary>Options shared by the benefits CSV files: spreadsheet formulas are escaped.</summary>
    internal static CsvConfiguration Options { get; } = new(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };

    public static async Task<int> WriteAsync(TextWriter output, IAsyncEnumerable<EnrollmentMember> members, bool includeTaxpayerIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(members);
        var rows = 0;
        await using (var csv = new CsvWriter(output, Options, leaveOpen: true))
        {
            foreach (var column in Columns)
                csv.WriteField(column);
            await csv.NextRecordAsync();
            await foreach (var member in members.WithCancellation(ct))
            {
                ct.ThrowIfCancellationRequested();
                csv.WriteField(member.SubscriberId);
                csv.WriteField(member.IsSubscriber ? "Y" : "N");
                csv.WriteField(member.Relationship);
                csv.WriteField(((int)member.Maintenance).ToString("000", CultureInfo.InvariantCulture));
                csv.WriteField(member.MaintenanceReason ?? "");
                csv.WriteField(TaxpayerId(member.TaxpayerId, includeTaxpayerIds));
                csv.WriteField(member.LastName);
                csv.WriteField(member.FirstName);
                csv.WriteField(Date(member.BirthDate));
                csv.WriteField(member.Gender?.ToString() ?? "");
                csv.WriteField(member.GroupNumber);
                csv.WriteField(member.CoverageCode);
                csv.WriteField(member.PlanCode);
                csv.WriteField(member.TierCode ?? "");
                csv.WriteField(Date(member.CoverageStart));
                csv.WriteField(Date(member.CoverageEnd));
                csv.WriteField(Date(member.IsSubscriber ? member.HireDate : null));
                await csv.NextRecordAsync();
                rows++;
            }
            await csv.FlushAsync();
        }
        await output.FlushAsync(ct);
        return rows;
    }

    /// <summary>The id in full (digits only) when asked for, else "•••• 1234" like everywhere else; "" when there is none.</summary>
    public static string TaxpayerId(string? taxpayerId, bool include)
    {
        var digits = taxpayerId is null ? "" : string.Concat(taxpayerId.Where(char.IsAsciiDigit));
        if (digits.Length == 0)
            return "";
        return include ? digits : "•••• " + digits[Math.Max(0, digits.Length - 4)..];
    }

    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
