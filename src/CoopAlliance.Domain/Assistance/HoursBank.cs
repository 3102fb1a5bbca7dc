namespace CoopAlliance.Domain.Assistance;

/// <summary>The alliance's fiscal year, which starts on the first day of a configurable month.</summary>
public readonly record struct FiscalYear(DateOnly Start, DateOnly End)
{
    /// <summary>The fiscal year containing <paramref name="day"/>, for a year starting in <paramref name="startMonth"/>.</summary>
    public static FiscalYear Containing(DateOnly day, int startMonth = 1)
    {
        if (startMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(startMonth), "The fiscal year starts in a month from 1 to 12.");
        }

        var startYear = day.Month >= startMonth ? day.Year : day.Year - 1;
        var start = new DateOnly(startYear, startMonth, 1);
        return new FiscalYear(start, start.AddYears(1).AddDays(-1));
    }

    /// <summary>Named after the calendar year it ends in ("FY2027" for July 2026 – June 2027).</summary>
    public string Name => $"FY{End.Year}";

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}

/// <summary>A co-op's subsidized hours for one fiscal year: granted, used, and what is left.</summary>
public sealed record HoursBank(FiscalYear Year, decimal Granted, decimal Used)
{
    public decimal Remaining => Granted - Used;

    public bool IsExceeded => Used > Granted;

    /// <summary>Whether <paramref name="moreHours"/> of subsidized help would take the co-op past its bank.</summary>
    public bool WouldExceed(decimal moreHours) => Used + moreHours > Granted;
}
