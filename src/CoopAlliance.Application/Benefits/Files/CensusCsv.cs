using CsvHelper;

namespace CoopAlliance.Application.Benefits.Files;

/// <summary>A person on a quote census: no names or ids, only what a carrier prices on.</summary>
public sealed record CensusMember(string CoopName, string? State, DateOnly? BirthDate, string? TierCode, bool IsSubscriber);

/// <summary>
/// The census CSV for quotes: per co-op (and state), age band and tier, how many subscribers and dependents. Rows are counted in
/// memory by that key (a few hundred keys per co-op at most), the people themselves are streamed.
/// </summary>
public static class CensusCsv
{
    public static readonly string[] Columns = ["Co-op", "State", "Age band", "Tier", "Subscribers", "Dependents", "Total"];

    public const string UnknownBand = "unknown";
    public const string NoTier = "none";

    /// <summary>The age bands in order: under 20, 20-24 … 60-64, 65+, unknown.</summary>
    public static IReadOnlyList<string> Bands { get; } =
        ["under 20", .. Enumerable.Range(0, 9).Select(i => $"{20 + (i * 5)}-{24 + (i * 5)}"), "65+", UnknownBand];

    /// <summary>Whole years at <paramref name="asOf"/>; someone born on 29 February turns a year older on 1 March in common years.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly asOf)
    {
        var age = asOf.Year - birthDate.Year;
        if (asOf.Month < birthDate.Month || (asOf.Month == birthDate.Month && asOf.Day < birthDate.Day))
            age--;
        return age;
    }

    public static string BandOf(DateOnly? birthDate, DateOnly asOf)
    {
        if (birthDate is not { } born || born > asOf)
            return UnknownBand;
        var age = AgeOn(born, asOf);
        return age switch
        {
            < 20 => Bands[0],
            >= 65 => "65+",
            _ => Bands[1 + ((age - 20) / 5)],
        };
    }

    public static async Task<int> WriteAsync(TextWriter output, IAsyncEnumerable<CensusMember> members, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(members);
        var counts = new Dictionary<(string Coop, string State, string Band, string Tier), (int Subscribers, int Dependents)>();
        await foreach (var member in members.WithCancellation(ct))
        {
            var key = (member.CoopName.Trim(), member.State?.Trim().ToUpperInvariant() ?? "", BandOf(member.BirthDate, asOf),
                string.IsNullOrWhiteSpace(member.TierCode) ? NoTier : member.TierCode.Trim().ToUpperInvariant());
            var (subscribers, dependents) = counts.GetValueOrDefault(key);
            counts[key] = member.IsSubscriber ? (subscribers + 1, dependents) : (subscribers, dependents + 1);
        }

        var bandOrder = Bands.Select((band, i) => (band, i)).ToDictionary(x => x.band, x => x.i);
        await using (var csv = new CsvWriter(output, EnrollmentCsvWriter.Options, leaveOpen: true))
        {
            foreach (var column in Columns)
                csv.WriteField(column);
            await csv.NextRecordAsync();
            foreach (var (key, (subscribers, dependents)) in counts
                .OrderBy(c => c.Key.Coop, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Key.State, StringComparer.Ordinal)
                .ThenBy(c => bandOrder[c.Key.Band]).ThenBy(c => c.Key.Tier, StringComparer.Ordinal))
            {
                csv.WriteField(key.Coop);
                csv.WriteField(key.State);
                csv.WriteField(key.Band);
                csv.WriteField(key.Tier);
                csv.WriteField(subscribers);
                csv.WriteField(dependents);
                csv.WriteField(subscribers + dependents);
                await csv.NextRecordAsync();
            }
            await csv.FlushAsync();
        }
        await output.FlushAsync(ct);
        return counts.Count;
    }
}
