using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Dues;

/// <summary>What an invoice bills: the co-op's one account carries every kind, so there is one balance and statement.</summary>
public enum InvoiceKind
{
    Dues = 1,
    BenefitPremium = 2,
    CampaignShare = 3,
    EventFee = 4,
}

public static class InvoiceKinds
{
    /// <summary>The kind in words, as the ledger, statements and lists label it: "Dues", "Group benefit premiums".</summary>
    public static string Describe(this InvoiceKind kind) => kind switch
    {
        InvoiceKind.BenefitPremium => "Group benefit premiums",
        InvoiceKind.CampaignShare => "Joint campaign share",
        InvoiceKind.EventFee => "Event registrations",
        _ => "Dues",
    };
}

/// <summary>
/// What a co-op owes for one billing period under one policy — exactly one per co-op, policy and period (a unique
/// key). Its lines explain the computation in words and are copied when it is issued, so a later policy change
/// never alters it. Whether it is paid or overdue is derived from the ledger (<see cref="DuesAccount"/>), never stored.
/// </summary>
public sealed class Invoice : Entity, IBelongsToCoop
{
    private List<InvoiceLine> _lines = [];

    private Invoice() { }

    public Invoice(int cooperativeId, int policyId, BillingPeriod period, DateOnly issuedOn, int dueDays, InvoiceDraft draft, int? runId)
        : this(cooperativeId, InvoiceKind.Dues, policyId, period, issuedOn, dueDays, draft, runId)
    {
    }

    private Invoice(int cooperativeId, InvoiceKind kind, int? policyId, BillingPeriod period, DateOnly issuedOn, int dueDays, InvoiceDraft draft, int? runId)
    {
        CooperativeId = cooperativeId;
        Kind = kind;
        PolicyId = policyId;
        PeriodKey = period.Key;
        PeriodStart = period.Start;
        PeriodEnd = period.End;
        IssuedOn = issuedOn;
        DueOn = DueDate(period, issuedOn, dueDays);
        Total = draft.Total;
        _lines = draft.Lines.ToList();
        RunId = runId;
    }

    /// <summary>
    /// When a period's invoice is due: the policy's days counted from the day the period's run is scheduled (its first
    /// day, when the monthly job invoices it), or from the day it is issued if that is later (a backfilled period).
    /// Invoicing early — staff starting next month's run today — keeps the due date the scheduled run would give. The
    /// one rule for every run and its preview.
    /// </summary>
    public static DateOnly DueDate(BillingPeriod period, DateOnly issuedOn, int dueDays) =>
        (issuedOn > period.Start ? issuedOn : period.Start).AddDays(dueDays);

    /// <summary>
    /// A co-op's group-benefit premiums for one month: the workers' enrolled tiers, each split between the co-op and
    /// the worker in its lines. Exactly one per co-op and month (the same unique key as dues, by kind).
    /// </summary>
    public static Invoice ForPremiums(int cooperativeId, BillingPeriod month, DateOnly issuedOn, int dueDays, InvoiceDraft draft, int? runId) =>
        new(cooperativeId, InvoiceKind.BenefitPremium, null, month, issuedOn, dueDays, draft, runId);

    /// <summary>
    /// A co-op's share of a joint marketing campaign, issued the day the campaign is charged (its period is that
    /// month, for statements), keyed by the campaign (<paramref name="campaignKey"/>): exactly one per co-op and campaign.
    /// </summary>
    public static Invoice ForCampaign(int cooperativeId, string campaignKey, DateOnly issuedOn, int dueDays, InvoiceDraft draft)
    {
        var month = BillingPeriod.Containing(BillingFrequency.Monthly, issuedOn);
        return new Invoice(cooperativeId, InvoiceKind.CampaignShare, null, month, issuedOn, dueDays, draft, null) { PeriodKey = campaignKey };
    }

    /// <summary>
    /// A co-op's registrations for one event put on its account (those it asked to be charged for), issued the day the
    /// event's fees are charged, keyed by the event (<paramref name="eventKey"/>): exactly one per co-op and event.
    /// </summary>
    public static Invoice ForEvent(int cooperativeId, string eventKey, DateOnly issuedOn, int dueDays, InvoiceDraft draft)
    {
        var month = BillingPeriod.Containing(BillingFrequency.Monthly, issuedOn);
        return new Invoice(cooperativeId, InvoiceKind.EventFee, null, month, issuedOn, dueDays, draft, null) { PeriodKey = eventKey };
    }

    public int CooperativeId { get; private set; }
    public InvoiceKind Kind { get; private set; }
    /// <summary>The dues policy a dues invoice was computed under; null for other kinds.</summary>
    public int? PolicyId { get; private set; }
    public string PeriodKey { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public decimal Total { get; private set; }
    public int? RunId { get; private set; }
    public DateOnly? VoidedOn { get; private set; }
    public string? VoidReason { get; private set; }
    public string? VoidedByName { get; private set; }
    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public bool IsVoid => VoidedOn is not null;

    public BillingPeriod Period => PeriodOf(PeriodKey, IssuedOn);

    /// <summary>
    /// The billing period an invoice key stands for: the key itself for dues and premiums ("2027-01"), and for a key that is
    /// not a period (a campaign share's "C12") the month it was issued in — what statements and the ledger show.
    /// </summary>
    public static BillingPeriod PeriodOf(string periodKey, DateOnly issuedOn) =>
        BillingPeriod.TryParse(periodKey, out var period) ? period : BillingPeriod.Containing(BillingFrequency.Monthly, issuedOn);

    /// <summary>Cancels the invoice: it no longer counts in the balance, and anything paid on it becomes credit.</summary>
    public void Void(string reason, DateOnly on, Actor by)
    {
        if (IsVoid)
        {
            throw new DomainRuleException("This invoice is already void.");
        }

        VoidReason = string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("Give the reason for voiding; it is kept with the invoice.") : reason.Trim();
        VoidedOn = on;
        VoidedByName = by.Name;
    }
}

/// <summary>One line of an invoice: the computation in words and its amount for this period.</summary>
public sealed class InvoiceLine
{
    private InvoiceLine() { }

    public InvoiceLine(string description, decimal amount)
    {
        Description = description;
        Amount = amount;
    }

    public string Description { get; private set; } = "";
    public decimal Amount { get; private set; }
}

/// <summary>An invoice computed but not yet issued (what a preview shows and a run writes).</summary>
public sealed record InvoiceDraft(IReadOnlyList<InvoiceLine> Lines, decimal Total);
