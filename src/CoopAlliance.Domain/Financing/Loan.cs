using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Financing;

/// <summary>
/// Money lent from the fund: its terms (the first ones and every restructure, kept as history), the payments received
/// and, if the committee gave up on it, the write-off. Where it stands is always replayed by <see cref="LoanLedger"/>.
/// </summary>
public sealed class Loan : Entity, IVersioned
{
    private readonly List<LoanTermsChange> _terms = [];
    private readonly List<LoanPaymentRecord> _payments = [];

    private Loan() { }

    internal Loan(LoanApplication application, LoanTerms terms, DateOnly disbursedOn, Actor by, DateTimeOffset at)
    {
        Application = application;
        CooperativeId = application.CooperativeId;
        DevelopingCoopId = application.DevelopingCoopId;
        BorrowerName = application.ApplicantName;
        Principal = terms.Principal;
        DisbursedOn = disbursedOn;
        DisbursedBy = by.Name;
        _terms.Add(new LoanTermsChange(new TermsPeriod(disbursedOn, terms, null), by, at));
    }

    public int LoanApplicationId { get; private set; }
    public LoanApplication? Application { get; private set; }
    public int? CooperativeId { get; private set; }
    public int? DevelopingCoopId { get; private set; }
    public string BorrowerName { get; private set; } = "";
    /// <summary>The amount paid out of the fund.</summary>
    public decimal Principal { get; private set; }
    public DateOnly DisbursedOn { get; private set; }
    public string DisbursedBy { get; private set; } = "";
    public DateOnly? WrittenOffOn { get; private set; }
    /// <summary>The fund's loss: the part of the amount paid out that had not come back.</summary>
    public decimal WrittenOffPrincipal { get; private set; }
    public string? WriteOffReason { get; private set; }
    public string? WrittenOffBy { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<LoanTermsChange> TermsHistory => _terms;
    public IReadOnlyCollection<LoanPaymentRecord> Payments => _payments;

    public IReadOnlyList<TermsPeriod> Periods => _terms.OrderBy(t => t.From).Select(t => t.Period).ToList();

    public LoanTerms CurrentTerms => Periods[^1].Terms;

    public bool IsWrittenOff => WrittenOffOn is not null;

    public LoanPosition Position(DateOnly asOf) =>
        LoanLedger.Position(Periods, _payments.Select(p => new LoanPayment(p.ReceivedOn, p.Amount)), asOf);

    public LoanStatus Status(DateOnly asOf) =>
        IsWrittenOff ? LoanStatus.WrittenOff : Position(asOf).IsRepaid ? LoanStatus.Repaid : LoanStatus.Repaying;

    /// <summary>The schedule in force: the current terms' installments.</summary>
    public IReadOnlyList<Installment> Schedule => RepaymentSchedule.Of(CurrentTerms);

    /// <summary>What the fund has paid out, received and lost on this loan (see <see cref="FundLedger"/>).</summary>
    public LoanFundFigures FundFigures(DateOnly asOf)
    {
        var position = Position(asOf);
        var received = _payments.Where(p => p.ReceivedOn <= asOf).Sum(p => p.Amount);
        var principalBack = Math.Min(position.PrincipalPaid, Principal);
        return new LoanFundFigures(Principal, received, principalBack, IsWrittenOff && WrittenOffOn <= asOf ? WrittenOffPrincipal : 0);
    }

    /// <summary>Records money received: applied to interest fallen due, then principal. Refuses more than is owed.</summary>
    public LoanPaymentRecord RecordPayment(DateOnly on, decimal amount, Actor by, DateTimeOffset at)
    {
        if (IsWrittenOff)
        {
            throw new DomainRuleException("The loan was written off; it takes no more payments here.");
        }

        if (amount <= 0 || amount != Money.RoundToCent(amount))
        {
            throw new DomainRuleException("A payment is an amount in dollars and cents, above $0.00.");
        }

        var periodsFrom = Periods[^1].From;
        if (on < periodsFrom)
        {
            throw DomainRuleException.Format("A payment is received on or after {0:MMM d, yyyy}, when the terms in force began.", periodsFrom);
        }

        var payment = new LoanPaymentRecord(on, amount, by, at);
        _payments.Add(payment);
        try
        {
            Position(_payments.Max(p => p.ReceivedOn));
        }
        catch (DomainRuleException)
        {
            _payments.Remove(payment);
            throw;
        }

        return payment;
    }

    /// <summary>
    /// New terms from <paramref name="from"/>: the new principal is all that is owed that day (unpaid interest
    /// included); the old terms stay as history.
    /// </summary>
    public TermsPeriod Restructure(DateOnly from, decimal annualRatePercent, int amortizingMonths, DateOnly firstDueOn, int graceMonths, int interestOnlyMonths, string reason, Actor by, DateTimeOffset at)
    {
        if (IsWrittenOff)
        {
            throw new DomainRuleException("The loan was written off; it cannot be restructured.");
        }

        var last = Periods[^1].From;
        if (from <= last)
        {
            throw DomainRuleException.Format("A restructure starts after {0:MMM d, yyyy}, when the terms in force began.", last);
        }

        if (_payments.Any(p => p.ReceivedOn >= from))
        {
            throw new DomainRuleException("Payments were recorded on or after that day; restructure from a later day.");
        }

        if (firstDueOn <= from)
        {
            throw new DomainRuleException("Under the new terms the first payment falls due after the restructure starts.");
        }

        var owed = Position(from.AddDays(-1)).Payoff;
        if (owed == 0)
        {
            throw new DomainRuleException("Nothing is owed on that day; there is nothing to restructure.");
        }

        var terms = new LoanTerms(owed, annualRatePercent, amortizingMonths, firstDueOn, graceMonths, interestOnlyMonths);
        terms.Check();
        var period = new TermsPeriod(from, terms, Require.Text(reason, "Say why the loan is restructured."));
        _terms.Add(new LoanTermsChange(period, by, at));
        return period;
    }

    /// <summary>The committee gives up on the loan: the part of the amount paid out that has not come back is the fund's loss.</summary>
    public void WriteOff(DateOnly on, string reason, Actor by)
    {
        if (IsWrittenOff)
        {
            throw new DomainRuleException("The loan was written off already.");
        }

        if (Position(on).IsRepaid)
        {
            throw new DomainRuleException("The loan is repaid; there is nothing to write off.");
        }

        if (_payments.Any(p => p.ReceivedOn > on))
        {
            throw new DomainRuleException("Payments were recorded after that day; write the loan off from a later day.");
        }

        WriteOffReason = Require.Text(reason, "Say why the loan is written off.");
        WrittenOffPrincipal = Principal - Math.Min(Position(on).PrincipalPaid, Principal);
        WrittenOffOn = on;
        WrittenOffBy = by.Name;
    }
}

/// <summary>One set of terms in a loan's history, with who agreed it and why (a restructure's reason).</summary>
public sealed class LoanTermsChange : Entity
{
    private LoanTermsChange() { }

    internal LoanTermsChange(TermsPeriod period, Actor by, DateTimeOffset at)
    {
        From = period.From;
        Principal = period.Terms.Principal;
        AnnualRatePercent = period.Terms.AnnualRatePercent;
        AmortizingMonths = period.Terms.AmortizingMonths;
        GraceMonths = period.Terms.GraceMonths;
        InterestOnlyMonths = period.Terms.InterestOnlyMonths;
        FirstDueOn = period.Terms.FirstDueOn;
        Reason = period.Reason;
        RecordedBy = by.Name;
        RecordedAt = at;
    }

    public int LoanId { get; private set; }
    public DateOnly From { get; private set; }
    public decimal Principal { get; private set; }
    public decimal AnnualRatePercent { get; private set; }
    public int AmortizingMonths { get; private set; }
    public int GraceMonths { get; private set; }
    public int InterestOnlyMonths { get; private set; }
    public DateOnly FirstDueOn { get; private set; }
    public string? Reason { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }

    public TermsPeriod Period => new(From, new LoanTerms(Principal, AnnualRatePercent, AmortizingMonths, FirstDueOn, GraceMonths, InterestOnlyMonths), Reason);
}

/// <summary>Money received on a loan, as recorded by staff; how it splits is replayed, not stored.</summary>
public sealed class LoanPaymentRecord : Entity
{
    private LoanPaymentRecord() { }

    internal LoanPaymentRecord(DateOnly on, decimal amount, Actor by, DateTimeOffset at)
    {
        ReceivedOn = on;
        Amount = amount;
        RecordedBy = by.Name;
        RecordedAt = at;
    }

    public int LoanId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public decimal Amount { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// The reminder sent for one overdue installment of a loan; unique per (loan, due date), written in the same
/// transaction as the email, so the borrower hears once however often the job runs.
/// </summary>
public sealed class LoanArrearsReminder : Entity
{
    private LoanArrearsReminder() { }

    public LoanArrearsReminder(int loanId, DateOnly dueOn, decimal arrears, DateTimeOffset sentAt)
    {
        LoanId = loanId;
        DueOn = dueOn;
        Arrears = arrears;
        SentAt = sentAt;
    }

    public int LoanId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public decimal Arrears { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
