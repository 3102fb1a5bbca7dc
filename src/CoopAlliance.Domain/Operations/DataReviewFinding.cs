using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Operations;

/// <summary>
/// The nightly data review's follow-up item for one co-op: at most one row per co-op (a unique key),
/// kept up to date by each review and resolved when the record is complete again.
/// </summary>
public sealed class DataReviewFinding : Entity, IBelongsToCoop
{
    private DataReviewFinding() { }

    public DataReviewFinding(int cooperativeId, IEnumerable<string> missing, DateOnly reviewedOn)
    {
        CooperativeId = cooperativeId;
        FirstFlaggedOn = reviewedOn;
        Review(missing, reviewedOn);
    }

    public int CooperativeId { get; private set; }
    public string MissingFields { get; private set; } = "";
    public DateOnly FirstFlaggedOn { get; private set; }
    public DateOnly LastReviewedOn { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }

    public bool IsOpen => ResolvedOn is null;

    /// <summary>Records what the latest review found; returns whether anything changed.</summary>
    public bool Review(IEnumerable<string> missing, DateOnly reviewedOn)
    {
        var text = string.Join(", ", missing);
        var changed = text != MissingFields || ResolvedOn is not null;
        if (ResolvedOn is not null)
        {
            FirstFlaggedOn = reviewedOn;
        }

        MissingFields = text;
        LastReviewedOn = reviewedOn;
        ResolvedOn = null;
        return changed;
    }

    public bool Resolve(DateOnly reviewedOn)
    {
        LastReviewedOn = reviewedOn;
        if (ResolvedOn is not null)
        {
            return false;
        }

        ResolvedOn = reviewedOn;
        return true;
    }
}
