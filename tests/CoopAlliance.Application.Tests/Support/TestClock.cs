namespace CoopAlliance.Application.Tests.Support;

/// <summary>A clock the tests set and move; every use case reads time from it.</summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>The alliance's zone in the tests (<c>App:TimeZone</c>, see <see cref="Testing"/>).</summary>
    public const string AllianceZoneId = "America/New_York";

    public static readonly TimeZoneInfo AllianceZone = TimeZoneInfo.FindSystemTimeZoneById(AllianceZoneId);

    /// <summary>Monday 23 November 2026, 15:00 UTC (10:00 in the alliance's zone).</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow { get; set; } = Default;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>The alliance's calendar day now (its zone, as the application counts days), not the UTC day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, AllianceZone).DateTime);

    public void Set(int year, int month, int day, int hour = 15) => UtcNow = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>Sets the clock to a wall-clock time in the alliance's zone (its UTC offset that day, summer or winter).</summary>
    public void SetLocal(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        UtcNow = new DateTimeOffset(local, AllianceZone.GetUtcOffset(local)).ToUniversalTime();
    }

    public void Advance(TimeSpan by) => UtcNow += by;
}
