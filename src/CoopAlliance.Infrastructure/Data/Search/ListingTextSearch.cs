using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data.Search;

/// <summary>
/// <see cref="IListingTextSearch"/> for both providers. On SQLite: the FTS5 table the migration creates
/// (ListingSearchFts over ListingSearchEntries), every typed word a prefix term, all required, ranked by bm25. On SQL
/// Server: every typed word must be the prefix of one of the listing's indexed words (ListingSearchTerms, an ordinary
/// index — no full-text component needed), ranked by how many of its words match. Both cut the typed text into words
/// with <see cref="SearchText.Terms"/>, so punctuation or FTS syntax typed by a visitor is never interpreted.
/// </summary>
public sealed class ListingTextSearch(IAppDbContext db) : IListingTextSearch
{
    /// <summary>Words beyond this many are ignored (a search box, not a document).</summary>
    public const int MaxWords = 8;

    public IQueryable<ListingTextMatch> Match(string words)
    {
        var terms = SearchText.Terms(words).Take(MaxWords).ToList();
        if (terms.Count == 0)
        {
            return db.ListingSearchTerms.Where(t => false).Select(t => new ListingTextMatch { ListingId = t.ListingId, Score = 0 });
        }

        return db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite" ? Fts5(terms) : TermMatches(db, terms);
    }

    /// <summary>The FTS5 query for the words: <c>"bread"* "valley"*</c> (all required, each a prefix).</summary>
    public static string Fts5Query(IEnumerable<string> terms) => string.Join(' ', terms.Select(t => $"\"{t}\"*"));

    private IQueryable<ListingTextMatch> Fts5(IReadOnlyList<string> terms)
    {
        var query = Fts5Query(terms);
        return db.Database.SqlQuery<ListingTextMatch>(
            $"""SELECT "rowid" AS "ListingId", -bm25("ListingSearchFts") AS "Score" FROM "ListingSearchFts" WHERE "ListingSearchFts" MATCH {query}""");
    }

    /// <summary>The provider-neutral word match (SQL Server's; tested on SQLite too).</summary>
    public static IQueryable<ListingTextMatch> TermMatches(IAppDbContext db, IReadOnlyList<string> terms)
    {
        IQueryable<TermHit>? hits = null;
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, index) = (terms[i], i);
            var these = db.ListingSearchTerms.Where(t => t.Term.StartsWith(term))
                .Select(t => new TermHit { ListingId = t.ListingId, Word = index, Exact = t.Term == term ? 1 : 0 });
            hits = hits is null ? these : hits.Concat(these);
        }

        var count = terms.Count;
        return hits!.GroupBy(h => h.ListingId)
            .Where(g => g.Select(h => h.Word).Distinct().Count() == count)
            .Select(g => new ListingTextMatch { ListingId = g.Key, Score = g.Count() + g.Sum(h => h.Exact) });
    }

    private sealed class TermHit
    {
        public int ListingId { get; init; }
        public int Word { get; init; }
        public int Exact { get; init; }
    }
}
