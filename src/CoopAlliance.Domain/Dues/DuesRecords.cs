using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Dues;

/// <summary>
/// What a co-op reports once a year for dues (wages, revenue, worker-owners), attested by the person who submits
/// it. One per co-op and year; submitting again replaces the figures and the attestation.
/// </summary>
public sealed class DuesSelfReport : Entity, IBelongsToCoop
{
    private DuesSelfReport() { }

    public DuesSelfReport(int cooperativeId, int year) => (CooperativeId, Year) = (cooperativeId, year);

    public int CooperativeId { get; private set; }
    public int Year { get; private set; }
    public decimal? Wages { get; private set; }
    public decimal? Revenue { get; private set; }
    public int? WorkerOwners { get; private set; }
    public string AttestedByName { get; private set; } = "";
    public int? AttestedByUserId { get; private set; }
    public DateTimeOffset AttestedAt { get; private set; }

    public void Submit(decimal? wages, decimal? revenue, int? workerOwners, bool attested, Actor by, DateTimeOffset at)
    {
        if (!attested)
        {
            throw new DomainRuleException("Confirm that the figures are true to the best of your knowledge.");
        }

        if (wages < 0 || revenue < 0 || workerOwners < 0)
        {
            throw new DomainRuleException("Figures cannot be negative.");
        }

        Wages = wages;
        Revenue = revenue;
        WorkerOwners = workerOwners;
        AttestedByName = by.Name;
        AttestedByUserId = by.UserId;
        AttestedAt = at;
    }
}

/// <summary>The figures a dues scheme needs, and where they came from (for the invoice's explanation).</summary>
public sealed record DuesFigures(decimal? Wages, decimal? Revenue, int WorkerOwners, string Source)
{
    /// <summary>The latest self-report for a year up to the period's, else the co-op profile (worker-owners only).</summary>
    public static DuesFigures For(int profileWorkerOwners, DuesSelfReport? report) =>
        report is null
            ? new(null, null, profileWorkerOwners, "co-op profile")
            : For(profileWorkerOwners, report.Year, report.Wages, report.Revenue, report.WorkerOwners);

    /// <summary>The figures of a self-report for <paramref name="year"/>, read without the whole report.</summary>
    public static DuesFigures For(int profileWorkerOwners, int year, decimal? wages, decimal? revenue, int? workerOwners) =>
        new(wages, revenue, workerOwners ?? profileWorkerOwners, $"{year} self-report");
}

public enum HardshipKind
{
    /// <summary>A percentage off each invoice in the date range (100 % is a waiver).</summary>
    Percentage = 1,
    /// <summary>A fixed amount off each invoice in the date range.</summary>
    Amount = 2,
}

/// <summary>A reduction or waiver of dues for invoices whose period starts between From and To, approved by staff.</summary>
public sealed class HardshipReduction : Entity, IBelongsToCoop
{
    private HardshipReduction() { }

    public HardshipReduction(int cooperativeId, HardshipKind kind, decimal value, DateOnly from, DateOnly to, string reason, Actor approvedBy, DateTimeOffset at)
    {
        if (value <= 0 || (kind == HardshipKind.Percentage && value > 100))
        {
            throw new DomainRuleException("A reduction is a percentage above 0 and up to 100, or an amount above zero.");
        }

        if (to < from)
        {
            throw new DomainRuleException("The reduction must end on or after the day it starts.");
        }

        CooperativeId = cooperativeId;
        Kind = kind;
        Value = value;
        From = from;
        To = to;
        Reason = string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("Give the reason for the reduction.") : reason.Trim();
        ApprovedByName = approvedBy.Name;
        ApprovedByUserId = approvedBy.UserId;
        ApprovedAt = at;
    }

    public int CooperativeId { get; private set; }
    public HardshipKind Kind { get; private set; }
    public decimal Value { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Reason { get; private set; } = "";
    public string ApprovedByName { get; private set; } = "";
    public int? ApprovedByUserId { get; private set; }
    public DateTimeOffset ApprovedAt { get; private set; }

    public bool Covers(BillingPeriod period) => period.Start >= From && period.Start <= To;

    public bool IsWaiver => Kind == HardshipKind.Percentage && Value == 100;
}

public enum PaymentMethod
{
    Check = 1,
    Ach = 2,
    Card = 3,
    Cash = 4,
}

/// <summary>Money received from a co-op, usually for one invoice; whatever exceeds it is credit for the next.</summary>
public sealed class Payment : Entity, IBelongsToCoop
{
    private Payment() { }

    public Payment(int cooperativeId, int? invoiceId, decimal amount, DateOnly receivedOn, PaymentMethod method, string? reference,
        Actor by, DateTimeOffset at)
    {
        if (amount <= 0)
        {
            throw new DomainRuleException("A payment must be more than $0.00.");
        }

        if (amount != Money.RoundToCent(amount))
        {
            throw new DomainRuleException("A payment is in dollars and cents.");
        }

        if (receivedOn > DateOnly.FromDateTime(at.UtcDateTime.AddDays(1)))
        {
            throw new DomainRuleException("A payment cannot be received in the future.");
        }

        CooperativeId = cooperativeId;
        InvoiceId = invoiceId;
        Amount = amount;
        ReceivedOn = receivedOn;
        Method = method;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        RecordedByName = by.Name;
        RecordedAt = at;
    }

    public int CooperativeId { get; private set; }
    public int? InvoiceId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public PaymentMethod Method { get; private set; }
    public string? Reference { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}

public enum CreditKind
{
    /// <summary>Staff reduce what a co-op owes (a correction or a goodwill credit).</summary>
    CreditNote = 1,
    /// <summary>Hours of labor contributed to the alliance in lieu of cash.</summary>
    LaborCredit = 2,
}

/// <summary>A credit on a co-op's account: a credit note, or labor in lieu of cash (hours × the policy's hourly value).</summary>
public sealed class DuesCredit : Entity, IBelongsToCoop
{
    private DuesCredit() { }

    public static DuesCredit Note(int cooperativeId, int? invoiceId, decimal amount, DateOnly on, string reason, Actor by, DateTimeOffset at)
    {
        if (amount <= 0 || amount != Money.RoundToCent(amount))
        {
            throw new DomainRuleException("A credit note is an amount in dollars and cents above $0.00.");
        }

        return new DuesCredit
        {
            CooperativeId = cooperativeId,
            InvoiceId = invoiceId,
            Kind = CreditKind.CreditNote,
            Amount = amount,
            On = on,
            Reason = Required(reason),
            ByName = by.Name,
            At = at,
        };
    }

    public static DuesCredit Labor(int cooperativeId, decimal hours, decimal hourlyValue, DateOnly on, string description, Actor by, DateTimeOffset at)
    {
        if (hours <= 0 || hours > 2000)
        {
            throw new DomainRuleException("Record between 0 and 2,000 hours.");
        }

        if (hourlyValue <= 0)
        {
            throw new DomainRuleException("The dues policy gives labor no value; set its hourly value first.");
        }

        return new DuesCredit
        {
            CooperativeId = cooperativeId,
            Kind = CreditKind.LaborCredit,
            Hours = hours,
            HourlyValue = hourlyValue,
            Amount = Money.RoundToCent(hours * hourlyValue),
            On = on,
            Reason = $"{hours:0.##} hours × {Money.Format(hourlyValue)}: {Required(description)}",
            ByName = by.Name,
            At = at,
        };
    }

    public int CooperativeId { get; private set; }
    public int? InvoiceId { get; private set; }
    public CreditKind Kind { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly On { get; private set; }
    public decimal? Hours { get; private set; }
    public decimal? HourlyValue { get; private set; }
    public string Reason { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    private static string Required(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("Say what the credit is for; it appears on the statement.") : reason.Trim();
}

/// <summary>
/// That the arrears job noticed an invoice overdue (<see cref="DaysOverdue"/> = 0) or sent the reminder for that many
/// days overdue. Unique per invoice and day count, so each happens once however often the job runs.
/// </summary>
public sealed class ArrearsNotice : Entity, IBelongsToCoop
{
    private ArrearsNotice() { }

    public ArrearsNotice(int invoiceId, int cooperativeId, int daysOverdue, DateTimeOffset at, bool emailed)
    {
        InvoiceId = invoiceId;
        CooperativeId = cooperativeId;
        DaysOverdue = daysOverdue;
        At = at;
        Emailed = emailed;
    }

    public int InvoiceId { get; private set; }
    public int CooperativeId { get; private set; }
    public int DaysOverdue { get; private set; }
    public DateTimeOffset At { get; private set; }
    public bool Emailed { get; private set; }
}
