using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Tests.Dues;

/// <summary>How amounts read on invoices, statements and emails.</summary>
public sealed class MoneyTests
{
    [TestCase(618, "$618.00")]
    [TestCase(1234567.891, "$1,234,567.89")]
    [TestCase(0.005, "$0.01")]
    [TestCase(2.675, "$2.68")]
    [TestCase(0, "$0.00")]
    [TestCase(-45.5, "−$45.50")]
    public void AmountsShowDollarsWithGroupSeparatorsAndCentsRoundedHalfAwayFromZero(decimal amount, string expected) =>
        Assert.That(Money.Format(amount), Is.EqualTo(expected));

    [TestCase(412000, "$412,000")]
    [TestCase(412000.5, "$412,000.50")]
    [TestCase(-3000, "−$3,000")]
    public void ShortAmountsDropTheCentsOfWholeDollars(decimal amount, string expected) =>
        Assert.That(Money.Short(amount), Is.EqualTo(expected));

    [TestCase(0.15, "0.15 %")]
    [TestCase(2.5000, "2.5 %")]
    public void PercentagesDropTrailingZeros(decimal percent, string expected) =>
        Assert.That(Money.Percent(percent), Is.EqualTo(expected));
}
