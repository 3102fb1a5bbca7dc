using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Assistance;

/// <summary>One line of a request's timeline: what happened, who did it, when and why. Visible to the co-op.</summary>
public sealed class AssistanceEvent : Entity
{
    private AssistanceEvent() { }

    internal AssistanceEvent(AssistanceEventKind kind, AssistanceStatus? from, AssistanceStatus to, Actor by, DateTimeOffset at, string? note)
    {
        Kind = kind;
        From = from;
        To = to;
        ByUserId = by.UserId;
        ByName = by.Name;
        At = at;
        Note = note;
    }

    public int AssistanceRequestId { get; private set; }
    public AssistanceEventKind Kind { get; private set; }
    public AssistanceStatus? From { get; private set; }
    public AssistanceStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public string? Note { get; private set; }
}
