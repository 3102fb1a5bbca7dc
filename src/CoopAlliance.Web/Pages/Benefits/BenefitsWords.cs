using System.Globalization;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>How benefits things read on a staff page.</summary>
public static partial class BenefitsWords
{
    public static string Money(decimal amount) => Domain.Dues.Money.Format(amount);

    public static string Day(DateOnly day) => day.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) => at.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"HoursBelowMinimum" → "Hours below minimum".</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var s = CamelBreak().Replace(value.ToString(), " ").ToLowerInvariant();
        return s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : "";
    }

    public static string Kind(PlanKind kind) => Words(kind);

    public static string Status(ParticipationStatus status) => Words(status);

    /// <summary>Badge colours with enough contrast for WCAG AA on their text.</summary>
    public static string BadgeClass(ParticipationStatus status) => status switch
    {
        ParticipationStatus.Approved => "text-bg-success",
        ParticipationStatus.Declined => "text-bg-danger",
        ParticipationStatus.Ended => "text-bg-secondary",
        _ => "text-bg-primary",
    };

    /// <summary>"80 % of each premium" or "Worker only $400.00, Family $900.00 a month".</summary>
    public static string Contribution(ParticipationDto p) => p.ContributionKind == ContributionKind.PercentOfPremium
        ? $"{p.Percent:0.##} % of each premium"
        : string.Join(", ", p.FixedAmounts.Select(a => $"{a.Tier.Describe()} {Money(a.MonthlyAmount)}")) + " a month";

    /// <summary>"Active co-ops; worker-owners and non-member workers; 20+ hours a week; 30-day wait; MA, VT; 50 % must take part".</summary>
    public static string Rules(EligibilityRulesDto r) =>
        string.Join("; ", new[]
        {
            string.Join(" or ", r.Standings.Select(s => s.Describe().ToLowerInvariant())) + " co-ops",
            string.Join(" and ", r.WorkerKinds.Select(k => k.Describe().ToLowerInvariant() + "s")),
            $"{r.MinimumHoursPerWeek:0.#}+ hours a week",
            $"{r.WaitingDays}-day wait after hire",
            r.States.Count == 0 ? "any state" : string.Join(", ", r.States),
            $"{r.MinimumParticipationPercent:0.#} % of eligible workers must take part",
        });

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex CamelBreak();
}
