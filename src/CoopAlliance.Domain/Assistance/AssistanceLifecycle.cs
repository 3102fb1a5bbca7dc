namespace CoopAlliance.Domain.Assistance;

/// <summary>The request lifecycle as data: which step is allowed from which status, and where it leads.</summary>
public static class AssistanceLifecycle
{
    private static readonly Dictionary<AssistanceEventKind, (AssistanceStatus[] From, AssistanceStatus To)> Rules = new()
    {
        [AssistanceEventKind.Triaged] = ([AssistanceStatus.Submitted], AssistanceStatus.Triaged),
        [AssistanceEventKind.Assigned] = ([AssistanceStatus.Triaged], AssistanceStatus.Assigned),
        [AssistanceEventKind.Started] = ([AssistanceStatus.Assigned], AssistanceStatus.InProgress),
        [AssistanceEventKind.WaitingOnCoop] = ([AssistanceStatus.InProgress], AssistanceStatus.WaitingOnCoop),
        [AssistanceEventKind.Resumed] = ([AssistanceStatus.WaitingOnCoop], AssistanceStatus.InProgress),
        [AssistanceEventKind.Resolved] = ([AssistanceStatus.InProgress, AssistanceStatus.WaitingOnCoop], AssistanceStatus.Resolved),
        [AssistanceEventKind.Closed] = ([AssistanceStatus.Resolved], AssistanceStatus.Closed),
        [AssistanceEventKind.Declined] = ([AssistanceStatus.Submitted, AssistanceStatus.Triaged], AssistanceStatus.Declined),
        [AssistanceEventKind.Reopened] = ([AssistanceStatus.Resolved, AssistanceStatus.Closed], AssistanceStatus.InProgress),
    };

    public static bool CanApply(AssistanceEventKind step, AssistanceStatus from) =>
        Rules.TryGetValue(step, out var rule) && rule.From.Contains(from);

    public static AssistanceStatus Target(AssistanceEventKind step) => Rules[step].To;

    public static IReadOnlyList<AssistanceStatus> AllowedSources(AssistanceEventKind step) => Rules[step].From;

    /// <summary>The steps that could be taken now: the buttons a screen offers.</summary>
    public static IReadOnlyList<AssistanceEventKind> AllowedFrom(AssistanceStatus from) =>
        Rules.Where(r => r.Value.From.Contains(from)).Select(r => r.Key).ToList();

    /// <summary>The imperative used in error messages ("you cannot close it").</summary>
    public static string Action(this AssistanceEventKind step) => step switch
    {
        AssistanceEventKind.Triaged => "triage",
        AssistanceEventKind.Assigned => "assign",
        AssistanceEventKind.Started => "start work on",
        AssistanceEventKind.WaitingOnCoop => "put on hold for the co-op",
        AssistanceEventKind.Resumed => "resume",
        AssistanceEventKind.Resolved => "resolve",
        AssistanceEventKind.Closed => "close",
        AssistanceEventKind.Declined => "decline",
        AssistanceEventKind.Reopened => "reopen",
        _ => step.ToString().ToLowerInvariant(),
    };

    /// <summary>The timeline's words for each event.</summary>
    public static string Describe(this AssistanceEventKind kind) => kind switch
    {
        AssistanceEventKind.Submitted => "Submitted",
        AssistanceEventKind.Triaged => "Triaged",
        AssistanceEventKind.TriageUpdated => "Triage updated",
        AssistanceEventKind.Assigned => "Assigned",
        AssistanceEventKind.Reassigned => "Reassigned",
        AssistanceEventKind.Started => "Work started",
        AssistanceEventKind.WaitingOnCoop => "Waiting on the co-op",
        AssistanceEventKind.Resumed => "Work resumed",
        AssistanceEventKind.Resolved => "Resolved",
        AssistanceEventKind.Closed => "Closed",
        AssistanceEventKind.Declined => "Declined",
        AssistanceEventKind.Reopened => "Reopened",
        AssistanceEventKind.HoursFlagged => "Needs approval: beyond the hours bank",
        AssistanceEventKind.HoursApproved => "Extra hours approved",
        AssistanceEventKind.Rated => "Rated",
        _ => kind.ToString(),
    };
}
