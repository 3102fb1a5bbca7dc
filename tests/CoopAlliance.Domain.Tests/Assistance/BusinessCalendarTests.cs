using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Domain.Tests.Assistance;

public sealed class BusinessCalendarTests
{
    // 2026-11-26 is Thanksgiving (a Thursday); 2026-12-25 a Friday; 2027-01-01 a Friday.
    private static readonly DateOnly Thanksgiving = new(2026, 11, 26);
    private static readonly DateOnly DayAfterThanksgiving = new(2026, 11, 27);
    private static readonly DateOnly Christmas = new(2026, 12, 25);
    private static readonly DateOnly NewYear = new(2027, 1, 1);

    private static readonly BusinessCalendar Calendar = new([Thanksgiving, DayAfterThanksgiving, Christmas, NewYear]);

    [Test]
    public void WeekendsAndListedHolidaysAreNotBusinessDays()
    {
        Assert.That(Calendar.IsBusinessDay(new DateOnly(2026, 11, 23)), Is.True, "Monday");
        Assert.That(Calendar.IsBusinessDay(new DateOnly(2026, 11, 21)), Is.False, "Saturday");
        Assert.That(Calendar.IsBusinessDay(new DateOnly(2026, 11, 22)), Is.False, "Sunday");
        Assert.That(Calendar.IsBusinessDay(Thanksgiving), Is.False);
        Assert.That(new BusinessCalendar().IsBusinessDay(Thanksgiving), Is.True, "a calendar without holidays");
    }

    [Test]
    public void OneBusinessDayAfterAFridayIsTheNextMonday()
    {
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 11, 20), 1), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void ARequestSentOnTheWeekendCountsFromMonday()
    {
        var saturday = new DateOnly(2026, 11, 21);

        Assert.That(Calendar.AddBusinessDays(saturday, 1), Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(Calendar.AddBusinessDays(saturday, 0), Is.EqualTo(new DateOnly(2026, 11, 23)));
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 11, 23), 0), Is.EqualTo(new DateOnly(2026, 11, 23)));
    }

    [Test]
    public void HolidaysInTheMiddleOfTheWeekAreSkipped()
    {
        // Wednesday before Thanksgiving + 1 → skips Thu (holiday), Fri (holiday), Sat, Sun → Monday.
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 11, 25), 1), Is.EqualTo(new DateOnly(2026, 11, 30)));
        // Monday + 5 → Tue, Wed, Mon, Tue, Wed.
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 11, 23), 5), Is.EqualTo(new DateOnly(2026, 12, 2)));
    }

    [Test]
    public void CountingAcrossTheYearEndSkipsChristmasNewYearAndWeekends()
    {
        // Thu 2026-12-24 + 3 → (Fri 25 holiday, weekend) Mon 28, Tue 29, Wed 30.
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 12, 24), 3), Is.EqualTo(new DateOnly(2026, 12, 30)));
        // Wed 2026-12-30 + 2 → Thu 31, (Fri 1 holiday, weekend) Mon 2027-01-04.
        Assert.That(Calendar.AddBusinessDays(new DateOnly(2026, 12, 30), 2), Is.EqualTo(new DateOnly(2027, 1, 4)));
        Assert.That(Calendar.BusinessDaysBetween(new DateOnly(2026, 12, 24), new DateOnly(2027, 1, 4)), Is.EqualTo(5));
    }

    [Test]
    public void BusinessDaysBetweenIsTheInverseOfAdding()
    {
        var start = new DateOnly(2026, 11, 18);
        for (var n = 0; n <= 40; n++)
        {
            var due = Calendar.AddBusinessDays(start, n);
            Assert.That(Calendar.BusinessDaysBetween(start, due), Is.EqualTo(n), $"n = {n}");
            Assert.That(Calendar.IsBusinessDay(due), Is.True, $"n = {n}");
        }

        Assert.That(Calendar.BusinessDaysBetween(new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 23)), Is.EqualTo(-3));
    }

    [Test]
    public void AConfiguredWeekendReplacesSaturdayAndSunday()
    {
        var calendar = new BusinessCalendar(weekend: [DayOfWeek.Friday, DayOfWeek.Saturday]);

        Assert.That(calendar.IsBusinessDay(new DateOnly(2026, 11, 22)), Is.True, "Sunday");
        Assert.That(calendar.AddBusinessDays(new DateOnly(2026, 11, 19), 1), Is.EqualTo(new DateOnly(2026, 11, 22)));
    }
}
