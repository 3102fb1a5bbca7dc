namespace CoopAlliance.Domain.Assistance;

public enum AssistanceCategory
{
    LegalAndBylaws = 1,
    FinanceAndBookkeeping = 2,
    GovernanceAndFacilitation = 3,
    HrAndConflict = 4,
    Marketing = 5,
    BusinessPlanning = 6,
    ConversionAndSuccession = 7,
    Technology = 8,
    Other = 9,
}

public enum AssistanceStatus
{
    Submitted = 1,
    Triaged = 2,
    Assigned = 3,
    InProgress = 4,
    WaitingOnCoop = 5,
    Resolved = 6,
    Closed = 7,
    Declined = 8,
}

/// <summary>How soon help is needed: the rep's urgency when asking, the staff's priority after triage.</summary>
public enum Priority
{
    Low = 1,
    Normal = 2,
    High = 3,
    Urgent = 4,
}

public enum ContactMethod
{
    Email = 1,
    Phone = 2,
    VideoCall = 3,
    InPerson = 4,
}

public enum ProviderKind
{
    /// <summary>An alliance staff member who signs in.</summary>
    Staff = 1,
    /// <summary>A consultant or volunteer on the roster; does not sign in, gets email.</summary>
    External = 2,
}

/// <summary>Who pays for a provider's time.</summary>
public enum Billing
{
    /// <summary>Paid by the alliance; counts against the co-op's hours bank.</summary>
    Subsidized = 1,
    /// <summary>Billed to the co-op at the provider's hourly rate.</summary>
    BilledToCoop = 2,
}

/// <summary>What happened to a request, as one line of its timeline.</summary>
public enum AssistanceEventKind
{
    Submitted = 1,
    Triaged = 2,
    TriageUpdated = 3,
    Assigned = 4,
    Reassigned = 5,
    Started = 6,
    WaitingOnCoop = 7,
    Resumed = 8,
    Resolved = 9,
    Closed = 10,
    Declined = 11,
    Reopened = 12,
    HoursFlagged = 13,
    HoursApproved = 14,
    Rated = 15,
}

/// <summary>The SLA thresholds the monitor notifies about, each once per request and due date.</summary>
public enum SlaThreshold
{
    FirstResponseAtRisk = 1,
    FirstResponseBreached = 2,
    ResolutionAtRisk = 3,
    ResolutionBreached = 4,
}

/// <summary>Where a request stands against one SLA target.</summary>
public enum SlaState
{
    OnTrack = 1,
    AtRisk = 2,
    Breached = 3,
    Met = 4,
    Missed = 5,
}

public static class AssistanceWords
{
    public static string Describe(this AssistanceCategory category) => category switch
    {
        AssistanceCategory.LegalAndBylaws => "Legal & bylaws",
        AssistanceCategory.FinanceAndBookkeeping => "Finance & bookkeeping",
        AssistanceCategory.GovernanceAndFacilitation => "Governance & facilitation",
        AssistanceCategory.HrAndConflict => "HR & conflict",
        AssistanceCategory.Marketing => "Marketing",
        AssistanceCategory.BusinessPlanning => "Business planning",
        AssistanceCategory.ConversionAndSuccession => "Conversion & succession",
        AssistanceCategory.Technology => "Technology",
        AssistanceCategory.Other => "Other",
        _ => category.ToString(),
    };

    public static string Describe(this AssistanceStatus status) => status switch
    {
        AssistanceStatus.InProgress => "In progress",
        AssistanceStatus.WaitingOnCoop => "Waiting on co-op",
        _ => status.ToString(),
    };

    public static string Describe(this SlaThreshold threshold) => threshold switch
    {
        SlaThreshold.FirstResponseAtRisk => "first response due soon",
        SlaThreshold.FirstResponseBreached => "first response overdue",
        SlaThreshold.ResolutionAtRisk => "resolution due soon",
        SlaThreshold.ResolutionBreached => "resolution overdue",
        _ => threshold.ToString(),
    };

    public static string Describe(this Billing billing) => billing switch
    {
        Billing.Subsidized => "Subsidized by the alliance",
        Billing.BilledToCoop => "Billed to the co-op",
        _ => billing.ToString(),
    };

    public static bool IsOpen(this AssistanceStatus status) =>
        status is not (AssistanceStatus.Resolved or AssistanceStatus.Closed or AssistanceStatus.Declined);
}
