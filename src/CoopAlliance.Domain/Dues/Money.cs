using System.Globalization;

namespace CoopAlliance.Domain.Dues;

/// <summary>Dollar amounts in words and the one rounding rule of dues.</summary>
public static class Money
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>To the cent, half away from zero — applied once, to an invoice's total.</summary>
    public static decimal RoundToCent(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);

    // Standard numeric formats ("N2": group separators, two decimals, half away from zero) rather than custom
    // patterns: the same text, and several times faster — a run formats a handful of amounts for every co-op.

    /// <summary>"$618.00".</summary>
    public static string Format(decimal amount) =>
        amount < 0 ? "−" + Format(-amount) : "$" + amount.ToString("N2", Us);

    /// <summary>"$412,000" for whole dollars, else "$412,000.50".</summary>
    public static string Short(decimal amount) =>
        amount == decimal.Truncate(amount) ? (amount < 0 ? "−" + Short(-amount) : "$" + amount.ToString("N0", Us)) : Format(amount);

    /// <summary>"0.15 %".</summary>
    public static string Percent(decimal percent) => percent.ToString("0.####", Us) + " %";

    /// <summary>
    /// Shows exact line amounts to the cent so that they add up to the (once-rounded) total: each is rounded and
    /// the largest line absorbs the difference of at most a few cents.
    /// </summary>
    public static decimal[] Distribute(IReadOnlyList<decimal> exact, decimal total)
    {
        var rounded = exact.Select(RoundToCent).ToArray();
        var difference = total - rounded.Sum();
        if (difference != 0 && rounded.Length > 0)
        {
            var largest = 0;
            for (var i = 1; i < rounded.Length; i++)
            {
                if (Math.Abs(rounded[i]) > Math.Abs(rounded[largest]))
                {
                    largest = i;
                }
            }

            rounded[largest] += difference;
        }

        return rounded;
    }
}
