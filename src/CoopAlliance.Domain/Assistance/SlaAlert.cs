using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Assistance;

/// <summary>
/// The record that staff were told a request crossed an SLA threshold. Unique per request, threshold and due date,
/// so the monitor notifies once however often (or on however many nodes) it runs; a new due date is a new threshold.
/// </summary>
public sealed class SlaAlert : Entity
{
    private SlaAlert() { }

    public SlaAlert(int assistanceRequestId, SlaThreshold threshold, DateOnly dueOn, DateTimeOffset at)
    {
        AssistanceRequestId = assistanceRequestId;
        Threshold = threshold;
        DueOn = dueOn;
        At = at;
    }

    public int AssistanceRequestId { get; private set; }
    public SlaThreshold Threshold { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset At { get; private set; }
}
