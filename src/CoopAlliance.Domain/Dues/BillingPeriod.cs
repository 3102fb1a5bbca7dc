using System.Globalization;
using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Dues;

public enum BillingFrequency
{
    Monthly = 1,
    Quarterly = 2,
    Annual = 3,
}

/// <summary>
/// A billing period: a month ("2027-01"), a quarter ("2027-Q1") or a year ("2027"). <see cref="Start"/> and
/// <see cref="End"/> are both inclusive days.
/// </summary>
public readonly record struct BillingPeriod(BillingFrequency Frequency, int Year, int Index)
{
    public DateOnly Start => Frequency switch
    {
        BillingFrequency.Monthly => new DateOnly(Year, Index, 1),
        BillingFrequency.Quarterly => new DateOnly(Year, ((Index - 1) * 3) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Next().Start.AddDays(-1);

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public int PeriodsPerYear => Frequency.PeriodsPerYear();

    public string Key => Frequency switch
    {
        BillingFrequency.Monthly => $"{Year:0000}-{Index:00}",
        BillingFrequency.Quarterly => $"{Year:0000}-Q{Index}",
        _ => $"{Year:0000}",
    };

    /// <summary>In words: "January 2027", "the first quarter of 2027", "2027".</summary>
    public string Describe() => Frequency switch
    {
        BillingFrequency.Monthly => Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        BillingFrequency.Quarterly => $"Q{Index} {Year} ({Start.ToString("MMM", CultureInfo.InvariantCulture)}–{End.ToString("MMM", CultureInfo.InvariantCulture)})",
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public BillingPeriod Next() => Frequency switch
    {
        BillingFrequency.Monthly => Index == 12 ? new(Frequency, Year + 1, 1) : new(Frequency, Year, Index + 1),
        BillingFrequency.Quarterly => Index == 4 ? new(Frequency, Year + 1, 1) : new(Frequency, Year, Index + 1),
        _ => new(Frequency, Year + 1, 1),
    };

    /// <summary>The period of this frequency that contains the day.</summary>
    public static BillingPeriod Containing(BillingFrequency frequency, DateOnly day) => frequency switch
    {
        BillingFrequency.Monthly => new(frequency, day.Year, day.Month),
        BillingFrequency.Quarterly => new(frequency, day.Year, ((day.Month - 1) / 3) + 1),
        _ => new(frequency, day.Year, 1),
    };

    public static bool TryParse(string? key, out BillingPeriod period)
    {
        period = default;
        key = key?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(key) || key.Length < 4 || !int.TryParse(key[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 2000 || year > 2200)
        {
            return false;
        }

        if (key.Length == 4)
        {
            period = new(BillingFrequency.Annual, year, 1);
            return true;
        }

        if (key.Length == 7 && key[4] == '-' && int.TryParse(key[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            period = new(BillingFrequency.Monthly, year, month);
            return true;
        }

        if (key.Length == 7 && key[4..6] == "-Q" && key[6] is >= '1' and <= '4')
        {
            period = new(BillingFrequency.Quarterly, year, key[6] - '0');
            return true;
        }

        return false;
    }

    public static BillingPeriod Parse(string key) =>
        TryParse(key, out var period)
            ? period
            : throw DomainRuleException.Format("\"{0}\" is not a billing period; write a month (2027-01), a quarter (2027-Q1) or a year (2027).", key);

    public override string ToString() => Key;
}

public static class BillingFrequencyWords
{
    public static int PeriodsPerYear(this BillingFrequency frequency) => frequency switch
    {
        BillingFrequency.Monthly => 12,
        BillingFrequency.Quarterly => 4,
        _ => 1,
    };

    public static string Describe(this BillingFrequency frequency) => frequency switch
    {
        BillingFrequency.Monthly => "monthly",
        BillingFrequency.Quarterly => "quarterly",
        _ => "annually",
    };
}
