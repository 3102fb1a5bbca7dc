using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Application.Assistance;

/// <summary>Section "Assistance": SLA targets and calendar, the hours bank, attachments and who hears about what.</summary>
public sealed class AssistanceOptions
{
    public const string Section = "Assistance";

    /// <summary>The month (1–12) the fiscal year starts in; the hours bank resets then.</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    /// <summary>Subsidized hours a member co-op is granted per fiscal year unless its tier says otherwise.</summary>
    public decimal DefaultSubsidizedHours { get; set; } = 10m;

    /// <summary>
    /// Subsidized hours per membership tier. Until dues tiers exist, a co-op's tier is its revenue band
    /// (e.g. "Under100K", "From1MTo5M"); a tier not listed gets <see cref="DefaultSubsidizedHours"/>.
    /// </summary>
    public Dictionary<string, decimal> SubsidizedHoursByTier { get; set; } = [];

    /// <summary>Business days to first response and to resolution, by priority (defaults: see <see cref="SlaPolicy.DefaultTargets"/>).</summary>
    public Dictionary<Priority, SlaTargetOptions> SlaTargets { get; set; } = [];

    /// <summary>Days that are not business days besides the weekend.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>The weekend; Saturday and Sunday when not set.</summary>
    public List<DayOfWeek> WeekendDays { get; set; } = [];

    /// <summary>A target is "due soon" when this many business days or fewer are left.</summary>
    public int WarnBusinessDays { get; set; } = 1;

    public long MaxAttachmentBytes { get; set; } = AttachmentPolicy.DefaultMaxBytes;

    /// <summary>Where staff notifications go (a shared inbox); when empty, to every active staff login.</summary>
    public string? StaffNotificationEmail { get; set; }

    public SlaPolicy SlaPolicy()
    {
        var calendar = new BusinessCalendar(Holidays, WeekendDays.Count == 0 ? null : WeekendDays);
        var targets = SlaTargets.ToDictionary(t => t.Key, t => new SlaTarget(t.Value.FirstResponseDays, t.Value.ResolutionDays));
        return new SlaPolicy(calendar, targets, WarnBusinessDays);
    }

    public decimal SubsidizedHoursFor(string tier) =>
        SubsidizedHoursByTier.TryGetValue(tier, out var hours) ? hours : DefaultSubsidizedHours;
}

public sealed class SlaTargetOptions
{
    public int FirstResponseDays { get; set; }
    public int ResolutionDays { get; set; }
}
