namespace CoopAlliance.Domain.Benefits;

public enum PlanKind
{
    Health = 1,
    Dental = 2,
    Vision = 3,
    Life = 4,
    Disability = 5,
    Retirement = 6,
    EmployeeAssistance = 7,
    Other = 8,
}

/// <summary>Who a worker's coverage includes; each plan year prices every tier it offers.</summary>
public enum CoverageTier
{
    WorkerOnly = 1,
    WorkerAndPartner = 2,
    WorkerAndChildren = 3,
    Family = 4,
}

public enum WorkerKind
{
    WorkerOwner = 1,
    NonMemberWorker = 2,
}

public enum DependentRelationship
{
    Spouse = 1,
    DomesticPartner = 2,
    Child = 3,
}

public enum ElectionChoice
{
    Enroll = 1,
    Waive = 2,
}

public enum WaiveReason
{
    CoveredByOtherEmployer = 1,
    CoveredBySpouseOrPartner = 2,
    PublicCoverage = 3,
    IndividualCoverage = 4,
    DoesNotWantCoverage = 5,
    Other = 6,
}

/// <summary>Why an election row was written: kept with it, and what the 834 maintenance reason is derived from.</summary>
public enum ElectionReason
{
    OpenEnrollment = 1,
    NewlyEligible = 2,
    LifeEvent = 3,
    LeftRoster = 4,
    HoursBelowMinimum = 5,
    CoopLapsed = 6,
    StaffCorrection = 7,
}

public enum ContributionKind
{
    /// <summary>The co-op pays a share of each premium (e.g. 80 %).</summary>
    PercentOfPremium = 1,
    /// <summary>The co-op pays a fixed amount per tier each month (never more than the premium).</summary>
    FixedPerTier = 2,
}

public enum ParticipationStatus
{
    Requested = 1,
    Approved = 2,
    Declined = 3,
    Ended = 4,
}

public enum LifeEventKind
{
    Marriage = 1,
    DivorceOrSeparation = 2,
    BirthOrAdoption = 3,
    LossOfOtherCoverage = 4,
    Move = 5,
    DeathOfDependent = 6,
    Other = 7,
}

public enum LifeEventStatus
{
    Pending = 1,
    Approved = 2,
    Declined = 3,
}

public enum TerminationStatus
{
    Pending = 1,
    Effective = 2,
    Cancelled = 3,
}

public enum EnrollmentExportKind
{
    Full = 1,
    Changes = 2,
}

public enum EnrollmentExportStatus
{
    Sent = 1,
    Accepted = 2,
    Rejected = 3,
}
