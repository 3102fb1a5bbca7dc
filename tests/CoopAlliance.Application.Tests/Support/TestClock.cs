namespace CoopAlliance.Application.Tests.Support;

/// <summary>A clock the tests set and move; every use case reads time from it.</summary>
public sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow { get; set; } = Default;

    public override DateTimeOffset GetUtcNow() => UtcNow;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public DateOnly Today => DateOnly.FromDateTime(UtcNow.UtcDateTime);

    public void Set(int year, int month, int day, int hour = 15) => UtcNow = new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero);

    public void Advance(TimeSpan by) => UtcNow += by;
}
