namespace CoopAlliance.Application.Common.Reporting;

/// <summary>
/// Minutes shown as hours with one decimal, rounded once: the total is the sum of the minutes rounded (half away from
/// zero, so 75 minutes is 1.3 hours), and the parts are apportioned by largest remainder so that the hours shown for
/// the parts always add up to the total shown.
/// </summary>
public static class HoursInTenths
{
    public static decimal Total(int minutes) => Math.Round(minutes / 6m, MidpointRounding.AwayFromZero) / 10m;

    public static IReadOnlyList<decimal> Parts(IReadOnlyList<int> minutes)
    {
        var tenths = minutes.Select(m => m / 6).ToArray();
        var left = (int)(Total(minutes.Sum()) * 10) - tenths.Sum();
        foreach (var i in Enumerable.Range(0, minutes.Count).OrderByDescending(i => minutes[i] % 6).ThenBy(i => i).Take(left))
        {
            tenths[i]++;
        }

        return tenths.Select(t => t / 10m).ToList();
    }
}
