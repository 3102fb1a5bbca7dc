using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>
/// A carrier's monthly bill as staff uploaded it, with what reconciling it against the elections found. The file is
/// kept, so the reconciliation can be run again after corrections and its discrepancy report downloaded.
/// </summary>
public sealed class CarrierBillUpload : Entity
{
    private CarrierBillUpload() { }

    public CarrierBillUpload(int carrierId, string periodKey, string fileName, byte[] data, Actor by, DateTimeOffset at)
    {
        CarrierId = carrierId;
        PeriodKey = periodKey;
        FileName = fileName;
        Data = data;
        UploadedByName = by.Name;
        UploadedAt = at;
    }

    public int CarrierId { get; private set; }
    /// <summary>The month billed, "2027-01".</summary>
    public string PeriodKey { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public byte[] Data { get; private set; } = [];
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public decimal ExpectedTotal { get; private set; }
    public decimal BilledTotal { get; private set; }
    public int Matched { get; private set; }
    public int Discrepancies { get; private set; }
    public int RowProblems { get; private set; }

    public void Reconciled(decimal expected, decimal billed, int matched, int discrepancies, int rowProblems)
    {
        ExpectedTotal = expected;
        BilledTotal = billed;
        Matched = matched;
        Discrepancies = discrepancies;
        RowProblems = rowProblems;
    }
}

public enum EnrollmentReminderKind
{
    WindowOpened = 1,
    ClosingSoon = 2,
}

/// <summary>That a co-op's rep was reminded about a plan year's open enrollment: once per kind (a unique key).</summary>
public sealed class EnrollmentReminder : Entity, IBelongsToCoop
{
    private EnrollmentReminder() { }

    public EnrollmentReminder(int planYearId, int cooperativeId, EnrollmentReminderKind kind, int workersMissing, DateTimeOffset at)
    {
        PlanYearId = planYearId;
        CooperativeId = cooperativeId;
        Kind = kind;
        WorkersMissing = workersMissing;
        SentAt = at;
    }

    public int PlanYearId { get; private set; }
    public int CooperativeId { get; private set; }
    public EnrollmentReminderKind Kind { get; private set; }
    public int WorkersMissing { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
