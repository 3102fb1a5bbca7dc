namespace CoopAlliance.Domain.Financing;

/// <summary>
/// What the fund paid out on a loan, what it received (principal and interest), how much of the amount paid out has
/// come back, and what was written off. Principal that came back is capped at the amount paid out: interest the
/// schedule added to the principal (grace months, a restructure) is income to the fund when it is paid.
/// </summary>
public sealed record LoanFundFigures(decimal Disbursed, decimal Received, decimal PrincipalReturned, decimal WrittenOff)
{
    public decimal InterestReceived => Received - PrincipalReturned;
}

/// <summary>The fund's figures, derived — never stored (ADR 0008).</summary>
public sealed record FundPosition(
    decimal Contributions,
    decimal Disbursed,
    decimal Received,
    decimal PrincipalReturned,
    decimal InterestReceived,
    decimal WrittenOff)
{
    /// <summary>Money in the fund's account: contributions − disbursements + repayments (principal and interest).</summary>
    public decimal CashAvailable => Contributions - Disbursed + Received;

    /// <summary>Principal still out with borrowers: paid out − come back − written off.</summary>
    public decimal OutstandingPrincipal => Disbursed - PrincipalReturned - WrittenOff;

    /// <summary>Principal written off.</summary>
    public decimal Losses => WrittenOff;

    /// <summary>The fund's net position: cash plus what borrowers still owe of the principal = contributions + interest − losses.</summary>
    public decimal Capital => CashAvailable + OutstandingPrincipal;
}

/// <summary>Adds up the fund from its rows: contributions and each loan's figures.</summary>
public static class FundLedger
{
    public static FundPosition Of(IEnumerable<decimal> contributions, IEnumerable<LoanFundFigures> loans)
    {
        var list = loans.ToList();
        return new FundPosition(
            contributions.Sum(),
            list.Sum(l => l.Disbursed),
            list.Sum(l => l.Received),
            list.Sum(l => l.PrincipalReturned),
            list.Sum(l => l.InterestReceived),
            list.Sum(l => l.WrittenOff));
    }

    public static FundPosition Of(IEnumerable<FundContribution> contributions, IEnumerable<Loan> loans, DateOnly asOf) =>
        Of(contributions.Where(c => c.ReceivedOn <= asOf).Select(c => c.Amount), loans.Where(l => l.DisbursedOn <= asOf).Select(l => l.FundFigures(asOf)));
}
