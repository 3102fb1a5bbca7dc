using System.Globalization;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Dues;

/// <summary>The facts about a co-op that its dues depend on.</summary>
public sealed record DuesMember(int CooperativeId, CoopKind Kind, DateOnly? MemberSince);

/// <summary>
/// Computes one co-op's invoice for one period. Every amount stays at full decimal precision until the very end:
/// the annual amounts of the tier's components are added, the period's share taken (1/12, 1/4 or all), the
/// introductory rate applied, then pro-rating by days for a co-op that joined during the period (the days from
/// its membership date to the end of the period, both included, over the days in the period), then hardship
/// reductions. The total is rounded once, to the cent, half away from zero; the lines are shown to the cent and
/// the largest absorbs the rounding so that they add up to the total.
/// </summary>
public static class DuesCalculator
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The draft invoice, or null when the co-op owes nothing for the period (not yet a member, or no tier applies).</summary>
    public static InvoiceDraft? Compute(DuesPolicy policy, BillingPeriod period, DuesMember member, DuesFigures figures,
        IEnumerable<HardshipReduction> hardships) =>
        For(policy, period).Compute(member, figures, hardships);

    /// <summary>
    /// A calculator for one policy and period, for computing many co-ops' invoices: what depends only on the policy
    /// and the period (the period's days, the words of each component's terms) is worked out once.
    /// </summary>
    public static Calculator For(DuesPolicy policy, BillingPeriod period) => new(policy, period);

    public sealed class Calculator
    {
        private readonly DuesPolicy _policy;
        private readonly BillingPeriod _period;
        private readonly DateOnly _start;
        private readonly DateOnly _end;
        private readonly int _days;
        private readonly int _perYear;
        private readonly string _share;
        private readonly string _describe;
        private readonly Dictionary<DuesComponent, Terms> _terms = [];

        internal Calculator(DuesPolicy policy, BillingPeriod period)
        {
            _policy = policy;
            _period = period;
            (_start, _end, _days, _perYear) = (period.Start, period.End, period.Days, period.PeriodsPerYear);
            _describe = period.Describe();
            _share = _perYear == 1 ? "" : $"; 1/{_perYear} for {_describe}";
            foreach (var component in policy.Tiers.SelectMany(t => t.Components))
            {
                try
                {
                    _terms[component] = TermsOf(component);
                }
                catch (InvalidOperationException)
                {
                    // Malformed steps: left to each co-op's computation, which reports the error on that co-op's line of the run log.
                }
            }
        }

        /// <summary>The draft invoice, or null when the co-op owes nothing for the period (not yet a member, or no tier applies).</summary>
        public InvoiceDraft? Compute(DuesMember member, DuesFigures figures, IEnumerable<HardshipReduction> hardships)
        {
            if (member.MemberSince is { } since && since > _end)
            {
                return null;
            }

            var tier = _policy.TierFor(member.Kind);
            if (tier is null)
            {
                return null;
            }

            var lines = new List<(string Text, decimal Exact)>(tier.Components.Count + 2);
            foreach (var component in tier.Components)
            {
                var (annual, words) = Annual(component, _terms.GetValueOrDefault(component) ?? TermsOf(component), figures);
                lines.Add((words + _share, annual / _perYear));
            }

            var running = lines.Sum(l => l.Exact);
            if (tier.IntroductoryYears > 0 && tier.IntroductoryDiscountPercent > 0 && member.MemberSince is { } joined
                && _start < joined.AddYears(tier.IntroductoryYears))
            {
                var off = running * tier.IntroductoryDiscountPercent / 100m;
                lines.Add(($"Introductory rate for the first {Years(tier.IntroductoryYears)} of membership (member since {Day(joined)}): " +
                           $"{Money.Percent(tier.IntroductoryDiscountPercent)} off", -off));
                running -= off;
            }

            if (member.MemberSince is { } start && start > _start)
            {
                var days = _end.DayNumber - start.DayNumber + 1;
                var kept = running * days / _days;
                lines.Add(($"Joined on {Day(start)}: billed for {days} of the {_days} days of {_describe}", kept - running));
                running = kept;
            }

            foreach (var hardship in hardships.Where(h => h.CooperativeId == member.CooperativeId && h.Covers(_period)).OrderBy(h => h.From))
            {
                var off = hardship.Kind == HardshipKind.Percentage ? running * hardship.Value / 100m : Math.Min(hardship.Value, running);
                var what = hardship.IsWaiver ? "Hardship waiver" :
                    hardship.Kind == HardshipKind.Percentage ? $"Hardship reduction of {Money.Percent(hardship.Value)}" : $"Hardship reduction of {Money.Format(hardship.Value)}";
                lines.Add(($"{what} ({hardship.Reason}), approved by {hardship.ApprovedByName} for {Day(hardship.From)} – {Day(hardship.To)}", -off));
                running -= off;
            }

            var total = Money.RoundToCent(Math.Max(0, running));
            var amounts = Money.Distribute(lines.Select(l => l.Exact).ToList(), total);
            return new InvoiceDraft(lines.Select((l, i) => new InvoiceLine(l.Text, amounts[i])).ToList(), total);
        }
    }

    /// <summary>The words of a component's terms, the same for every co-op: its rate, its bounds, its steps.</summary>
    private sealed record Terms(string Rate, string Bounds, string Steps);

    private static Terms TermsOf(DuesComponent c) => c.Scheme switch
    {
        DuesScheme.PercentOfWages or DuesScheme.PercentOfRevenue => new Terms(Money.Percent(c.RatePercent), Within(c), ""),
        DuesScheme.PerWorkerOwner => new Terms("", "", string.Join(", ", c.Steps.Select((s, i) => StepWords(c.Steps, i)))),
        _ => new Terms("", "", ""),
    };

    /// <summary>A component's annual amount (exact) and how it was reached, in words.</summary>
    private static (decimal Annual, string Words) Annual(DuesComponent c, Terms terms, DuesFigures figures)
    {
        switch (c.Scheme)
        {
            case DuesScheme.Flat:
                return (c.Amount, $"Flat dues of {Money.Format(c.Amount)} a year");
            case DuesScheme.PercentOfWages or DuesScheme.PercentOfRevenue:
                {
                    var what = c.Scheme == DuesScheme.PercentOfWages ? "wages" : "revenue";
                    var figure = c.Scheme == DuesScheme.PercentOfWages ? figures.Wages : figures.Revenue;
                    if (figure is null)
                    {
                        var minimum = c.Floor ?? 0;
                        return (minimum, $"No annual {what} reported: the minimum of {Money.Format(minimum)} a year applies");
                    }

                    var raw = figure.Value * c.RatePercent / 100m;
                    var bounded = Math.Min(Math.Max(raw, c.Floor ?? 0), c.Cap ?? decimal.MaxValue);
                    var text = $"{terms.Rate} of {Money.Short(figure.Value)} reported {what} ({figures.Source}) = {Money.Format(Money.RoundToCent(raw))}";
                    text += bounded == raw ? terms.Bounds : bounded < raw ? $", capped at {Money.Format(bounded)}" : $", raised to the minimum of {Money.Format(bounded)}";
                    return (bounded, text + " a year");
                }

            case DuesScheme.PerWorkerOwner:
                {
                    var owners = figures.WorkerOwners;
                    var parts = new List<string>();
                    decimal annual = 0;
                    var counted = 0;
                    foreach (var step in c.Steps)
                    {
                        var upTo = step.UpTo ?? int.MaxValue;
                        var here = Math.Max(0, Math.Min(owners, upTo) - counted);
                        if (here > 0)
                        {
                            annual += here * step.AmountEach;
                            parts.Add($"{here} × {Money.Short(step.AmountEach)}");
                            counted += here;
                        }
                    }

                    return (annual, $"{owners} worker-owner{(owners == 1 ? "" : "s")} ({figures.Source}) at {terms.Steps}: " +
                                    $"{(parts.Count == 0 ? "none" : string.Join(" + ", parts))} = {Money.Format(annual)} a year");
                }

            default:
                throw new InvalidOperationException($"Unknown dues scheme {c.Scheme}.");
        }
    }

    private static string Within(DuesComponent c) => (c.Floor, c.Cap) switch
    {
        ({ } f, { } k) => $", within {Money.Short(f)}–{Money.Short(k)}",
        ({ } f, null) => $", above the minimum of {Money.Short(f)}",
        (null, { } k) => $", under the cap of {Money.Short(k)}",
        _ => "",
    };

    private static string StepWords(IReadOnlyList<WorkerOwnerStep> steps, int i)
    {
        var from = i == 0 ? 1 : steps[i - 1].UpTo!.Value + 1;
        var to = steps[i].UpTo;
        var who = to is null ? (i == 0 ? "each" : "each after") :
            from == to ? (from == 1 ? "the first" : $"the {Ordinal(from)}") : $"the {Ordinal(from)}–{Ordinal(to.Value)}";
        return $"{Money.Short(steps[i].AmountEach)} {who}";
    }

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Years(int n) => n == 1 ? "year" : $"{n} years";

    private static string Day(DateOnly d) => d.ToString("MMMM d, yyyy", Us);
}
