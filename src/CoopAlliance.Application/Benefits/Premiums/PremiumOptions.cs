using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Premiums;

/// <summary>
/// Section "Benefits:Premiums": when a premium invoice falls due and the arrears rule for premiums, kept apart from the
/// dues rules (a carrier is paid monthly, so premiums are usually given less time than dues). The schedule is under "Jobs".
/// </summary>
public sealed class PremiumOptions
{
    public const string Section = "Benefits:Premiums";

    /// <summary>Days from the first of the month (or the day issued, if later) until a premium invoice is due.</summary>
    public int DueDays { get; set; } = 15;

    /// <summary>A co-op with a premium invoice overdue longer than this lapses, as for dues beyond the dues grace period.</summary>
    public int ArrearsGraceDays { get; set; } = 30;

    /// <summary>Co-ops billed per transaction in a premium run; each batch commits before the next starts.</summary>
    public int BatchSize { get; set; } = 1000;
}

/// <summary>Checked when the app starts, like the payment details: a wrong figure here would bill or lapse wrongly.</summary>
public sealed class PremiumOptionsValidator : IValidateOptions<PremiumOptions>
{
    public ValidateOptionsResult Validate(string? name, PremiumOptions options)
    {
        var errors = new List<string>();
        if (options.DueDays is < 0 or > 365)
        {
            errors.Add($"{PremiumOptions.Section}:DueDays is 0–365 days.");
        }

        if (options.ArrearsGraceDays is < 0 or > 365)
        {
            errors.Add($"{PremiumOptions.Section}:ArrearsGraceDays is 0–365 days.");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            errors.Add($"{PremiumOptions.Section}:BatchSize is 1–100,000 co-ops.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
