namespace CoopAlliance.Domain.Assistance;

/// <summary>
/// Business-day arithmetic on the alliance's calendar: weekends and listed holidays are not business days.
/// Pure and deterministic, so SLA due dates can be computed, tested and re-computed anywhere.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<DayOfWeek> _weekend;
    private readonly HashSet<DateOnly> _holidays;

    public BusinessCalendar(IEnumerable<DateOnly>? holidays = null, IEnumerable<DayOfWeek>? weekend = null)
    {
        _holidays = [.. holidays ?? []];
        _weekend = [.. weekend ?? [DayOfWeek.Saturday, DayOfWeek.Sunday]];
        if (_weekend.Count >= 7)
        {
            throw new ArgumentException("A calendar needs at least one business day in the week.", nameof(weekend));
        }
    }

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsBusinessDay(DateOnly day) => !_weekend.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    /// <summary>The day itself if it is a business day, otherwise the next one.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>
    /// The <paramref name="days"/>-th business day after <paramref name="start"/> (the start day itself not counted):
    /// a request sent on Friday with one business day to answer is due on Monday, and so is one sent on Saturday.
    /// Zero days means the start day, or the next business day if the start is not one.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return OnOrAfter(start);
        }

        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>
    /// How many business days lie after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is earlier. So <c>AddBusinessDays(d, n)</c> is n business days after d.
    /// </summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -BusinessDaysBetween(to, from);
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
