using CoopAlliance.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Common.Time;

/// <summary>
/// The alliance's one notion of "now" and "today": the instant comes from <see cref="TimeProvider"/> (the only
/// reader of the wall clock; tests replace it), the calendar day and the time people see are in the one
/// configured zone (<c>App:TimeZone</c>). Every due date, SLA, "not in the future" check and job period is
/// decided with <see cref="Today"/>, so they cannot disagree in the evening.
/// </summary>
public sealed class AllianceClock(TimeProvider time, IOptions<AppOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The alliance's time zone.</summary>
    public TimeZoneInfo Zone => _zone;

    /// <summary>The instant, for timestamps that are stored (always UTC).</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>The alliance's local date and time now, with its offset.</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    /// <summary>The alliance's calendar day now.</summary>
    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>The alliance's calendar day at an instant.</summary>
    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(ToLocal(at).DateTime);

    /// <summary>An instant as the alliance's local time, for showing to people.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone);

    /// <summary>The instant the alliance's calendar day starts (local midnight).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight));
    }

    /// <summary>The first day of the alliance's current month.</summary>
    public DateOnly FirstOfThisMonth => new(Today.Year, Today.Month, 1);
}
