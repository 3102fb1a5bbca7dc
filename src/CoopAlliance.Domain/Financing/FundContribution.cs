using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Financing;

/// <summary>Money put into the revolving fund on a day: a member's pledge, a grant or an investor's note (with its terms).</summary>
public sealed class FundContribution : Entity
{
    private FundContribution() { }

    public FundContribution(ContributionKind kind, string source, decimal amount, DateOnly receivedOn, string? noteTerms, Actor by, DateTimeOffset at)
    {
        if (amount <= 0 || amount != Money.RoundToCent(amount))
        {
            throw new DomainRuleException("A contribution is an amount in dollars and cents, above $0.00.");
        }

        Kind = kind;
        Source = Require.Text(source, "Say who contributed.");
        Amount = amount;
        ReceivedOn = receivedOn;
        NoteTerms = kind == ContributionKind.InvestorNote
            ? Require.Text(noteTerms, "An investor note has its terms (rate, term, repayment).")
            : string.IsNullOrWhiteSpace(noteTerms) ? null : noteTerms.Trim();
        RecordedBy = by.Name;
        RecordedAt = at;
    }

    public ContributionKind Kind { get; private set; }
    public string Source { get; private set; } = "";
    public decimal Amount { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string? NoteTerms { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTimeOffset RecordedAt { get; private set; }
}
