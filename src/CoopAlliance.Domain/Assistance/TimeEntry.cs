using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Assistance;

/// <summary>Hours a provider spent on a request on one day, subsidized by the alliance or billed to the co-op.</summary>
public sealed class TimeEntry : Entity, IBelongsToCoop
{
    private TimeEntry() { }

    internal TimeEntry(int cooperativeId, int providerId, DateOnly workedOn, decimal hours, string? note, Billing billing,
        decimal hourlyRate, int? byUserId, DateTimeOffset at)
    {
        CooperativeId = cooperativeId;
        ProviderId = providerId;
        WorkedOn = workedOn;
        Hours = hours;
        Note = note;
        Billing = billing;
        HourlyRate = hourlyRate;
        LoggedByUserId = byUserId;
        LoggedAt = at;
    }

    public int AssistanceRequestId { get; private set; }
    /// <summary>Copied from the request so hours can be summed per co-op without a join.</summary>
    public int CooperativeId { get; private set; }
    public int ProviderId { get; private set; }
    public DateOnly WorkedOn { get; private set; }
    public decimal Hours { get; private set; }
    public string? Note { get; private set; }
    public Billing Billing { get; private set; }
    /// <summary>The provider's rate when the time was logged, so later rate changes do not rewrite history.</summary>
    public decimal HourlyRate { get; private set; }
    public int? LoggedByUserId { get; private set; }
    public DateTimeOffset LoggedAt { get; private set; }

    public bool IsSubsidized => Billing == Billing.Subsidized;

    public decimal Amount => Math.Round(Hours * HourlyRate, 2);
}
