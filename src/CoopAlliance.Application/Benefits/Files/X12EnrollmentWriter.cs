using System.Globalization;
using System.Text;

namespace CoopAlliance.Application.Benefits.Files;

public enum EnrollmentFileKind
{
    Full = 1,
    Changes = 2,
}

/// <summary>The INS03 maintenance type code: "001", "021", "024", "030".</summary>
public enum MaintenanceKind
{
    Change = 1,
    Addition = 21,
    Termination = 24,
    Audit = 30,
}

/// <summary>Who sends the file to whom, when, and its control number (unique per export).</summary>
public sealed record EnrollmentFileHeader(
    string SenderId,
    string ReceiverId,
    int ControlNumber,
    DateTimeOffset CreatedAt,
    EnrollmentFileKind Kind,
    string ReferenceId,
    string SponsorName,
    string SponsorId,
    string PayerName,
    string PayerId,
    bool Production);

/// <summary>One covered person (a subscriber or a dependent) with one coverage.</summary>
public sealed record EnrollmentMember(
    string SubscriberId,
    bool IsSubscriber,
    string Relationship,
    MaintenanceKind Maintenance,
    string? MaintenanceReason,
    string? TaxpayerId,
    string LastName,
    string FirstName,
    DateOnly? BirthDate,
    char? Gender,
    string GroupNumber,
    string CoverageCode,
    string PlanCode,
    string? TierCode,
    DateOnly CoverageStart,
    DateOnly? CoverageEnd,
    DateOnly? HireDate);

/// <summary>What was written: members (subscribers + dependents) and the transaction's segment count (ST to SE).</summary>
public sealed record EnrollmentFileResult(int Members, int Subscribers, int Dependents, int Segments);

/// <summary>
/// Writes an ASC X12 834 benefit enrollment file (005010X220A1): the ISA/GS/ST envelopes, the sponsor and payer, then a
/// member loop per person (INS, REF*0F subscriber id, REF*1L group, DTP*336 hire, NM1*IL, DMG, HD, DTP*348/349), and
/// the closing SE/GE/IEA with their counts and matching control numbers. It streams: members are read and written one
/// at a time, so a file of a million members takes no more memory than a file of one.
/// </summary>
public static class X12EnrollmentWriter
{
    public const char Element = '*';
    public const char SubElement = ':';
    public const char Repetition = '^';
    public const char Terminator = '~';
    public const string Version = "005010X220A1";

    public static async Task<EnrollmentFileResult> WriteAsync(TextWriter output, EnrollmentFileHeader header, IAsyncEnumerable<EnrollmentMember> members,
        CancellationToken ct)
    {
        var control = header.ControlNumber.ToString("000000000", CultureInfo.InvariantCulture);
        var group = header.ControlNumber.ToString(CultureInfo.InvariantCulture);
        var at = header.CreatedAt;
        var segments = 0;
        var line = new StringBuilder(256);

        async Task Segment(params string?[] elements)
        {
            line.Clear();
            var last = elements.Length - 1;
            while (last > 0 && string.IsNullOrEmpty(elements[last]))
            {
                last--; // trailing empty elements are dropped, as X12 requires
            }

            for (var i = 0; i <= last; i++)
            {
                if (i > 0)
                {
                    line.Append(Element);
                }

                line.Append(elements[i]);
            }

            line.Append(Terminator).Append('\n');
            await output.WriteAsync(line, ct);
            segments++;
        }

        await output.WriteAsync(Isa(header, control).AsMemory(), ct);
        await output.WriteAsync($"{Terminator}\n".AsMemory(), ct);
        await output.WriteAsync($"GS*BE*{Id(header.SenderId)}*{Id(header.ReceiverId)}*{at:yyyyMMdd}*{at:HHmm}*{group}*X*{Version}{Terminator}\n".AsMemory(), ct);
        segments = 0;
        var st = header.ControlNumber.ToString("0000", CultureInfo.InvariantCulture);
        await Segment("ST", "834", st, Version);
        await Segment("BGN", "00", Text(header.ReferenceId, 50), at.ToString("yyyyMMdd", CultureInfo.InvariantCulture), at.ToString("HHmm", CultureInfo.InvariantCulture),
            null, null, null, header.Kind == EnrollmentFileKind.Full ? "4" : "2");
        await Segment("N1", "P5", Text(header.SponsorName, 60), "FI", Id(header.SponsorId));
        await Segment("N1", "IN", Text(header.PayerName, 60), "FI", Id(header.PayerId));

        var (count, subscribers) = (0, 0);
        await foreach (var m in members.WithCancellation(ct))
        {
            count++;
            subscribers += m.IsSubscriber ? 1 : 0;
            var maintenance = ((int)m.Maintenance).ToString("000", CultureInfo.InvariantCulture);
            await Segment("INS", m.IsSubscriber ? "Y" : "N", m.IsSubscriber ? "18" : m.Relationship, maintenance, Text(m.MaintenanceReason, 3), "A",
                null, null, m.IsSubscriber ? "FT" : null);
            await Segment("REF", "0F", Id(m.SubscriberId));
            await Segment("REF", "1L", Id(m.GroupNumber));
            if (m.IsSubscriber && m.HireDate is { } hired)
            {
                await Segment("DTP", "336", "D8", Date(hired));
            }

            var taxpayer = string.IsNullOrWhiteSpace(m.TaxpayerId) ? null : new string(m.TaxpayerId.Where(char.IsAsciiDigit).ToArray());
            await Segment("NM1", "IL", "1", Text(m.LastName, 60), Text(m.FirstName, 35), null, null, null,
                taxpayer is { Length: > 0 } ? "34" : null, taxpayer is { Length: > 0 } ? taxpayer : null);
            if (m.BirthDate is { } born)
            {
                await Segment("DMG", "D8", Date(born), m.Gender is { } g ? g.ToString() : "U");
            }

            await Segment("HD", maintenance, null, Text(m.CoverageCode, 3), Text(m.PlanCode, 50), Text(m.TierCode, 3));
            await Segment("DTP", "348", "D8", Date(m.CoverageStart));
            if (m.CoverageEnd is { } ended)
            {
                await Segment("DTP", "349", "D8", Date(ended));
            }
        }

        await Segment("SE", (segments + 1).ToString(CultureInfo.InvariantCulture), st);
        await output.WriteAsync($"GE*1*{group}{Terminator}\n".AsMemory(), ct);
        await output.WriteAsync($"IEA*1*{control}{Terminator}\n".AsMemory(), ct);
        await output.FlushAsync(ct);
        return new EnrollmentFileResult(count, subscribers, count - subscribers, segments);
    }

    /// <summary>The interchange header: fixed width, 106 characters with its terminator.</summary>
    internal static string Isa(EnrollmentFileHeader header, string control) =>
        string.Join(Element, "ISA", "00", new string(' ', 10), "00", new string(' ', 10), "ZZ", Id(header.SenderId).PadRight(15)[..15], "ZZ",
            Id(header.ReceiverId).PadRight(15)[..15], header.CreatedAt.ToString("yyMMdd", CultureInfo.InvariantCulture),
            header.CreatedAt.ToString("HHmm", CultureInfo.InvariantCulture), Repetition.ToString(), "00501", control, "0", header.Production ? "P" : "T",
            SubElement.ToString());

    private static string Date(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Free text without the delimiters, upper case, trimmed to its element's length.</summary>
    public static string? Text(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var clean = new string(value.Where(ch => ch is not (Element or SubElement or Repetition or Terminator) && !char.IsControl(ch)).ToArray())
            .Trim().ToUpperInvariant();
        return clean.Length > max ? clean[..max] : clean;
    }

    private static string Id(string value) => Text(value, 80) ?? "";
}
