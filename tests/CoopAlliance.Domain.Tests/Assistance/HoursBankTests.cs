using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Domain.Tests.Assistance;

public sealed class HoursBankTests
{
    [Test]
    public void AFiscalYearStartingInJulyRunsToTheEndOfJune()
    {
        var june = FiscalYear.Containing(new DateOnly(2026, 6, 30), startMonth: 7);
        var july = FiscalYear.Containing(new DateOnly(2026, 7, 1), startMonth: 7);

        Assert.That(june, Is.EqualTo(new FiscalYear(new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30))));
        Assert.That(july, Is.EqualTo(new FiscalYear(new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30))));
        Assert.That(july.Name, Is.EqualTo("FY2027"));
    }

    [Test]
    public void ACalendarFiscalYearIsTheCalendarYear()
    {
        var year = FiscalYear.Containing(new DateOnly(2026, 12, 31));

        Assert.That(year.Start, Is.EqualTo(new DateOnly(2026, 1, 1)));
        Assert.That(year.End, Is.EqualTo(new DateOnly(2026, 12, 31)));
        Assert.That(year.Contains(new DateOnly(2027, 1, 1)), Is.False);
    }

    [Test]
    public void TheBankSaysWhatIsLeftAndWhetherMoreHoursWouldExceedIt()
    {
        var bank = new HoursBank(FiscalYear.Containing(new DateOnly(2026, 11, 1)), 10m, 8.5m);

        Assert.That(bank.Remaining, Is.EqualTo(1.5m));
        Assert.That(bank.WouldExceed(1.5m), Is.False);
        Assert.That(bank.WouldExceed(1.75m), Is.True);
        Assert.That(bank.IsExceeded, Is.False);
    }
}
