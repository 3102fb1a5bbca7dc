namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>A listing whose search text matches the words typed, and how well (higher is better).</summary>
public sealed class ListingTextMatch
{
    public int ListingId { get; init; }
    public double Score { get; init; }
}

/// <summary>
/// The directory's word search, one interface over each provider's index: SQLite's FTS5 table on the embedded default,
/// and on SQL Server a prefix match over the listings' indexed words. Composable: the public search joins it with its
/// visibility rule and filters in one query.
/// </summary>
public interface IListingTextSearch
{
    IQueryable<ListingTextMatch> Match(string words);
}
