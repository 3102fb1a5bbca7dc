using System.Collections.Concurrent;
using CoopAlliance.Domain.Marketing;
using Microsoft.Extensions.Caching.Memory;

namespace CoopAlliance.Application.Marketing.Directory;

/// <summary>
/// The public search's recent answers, kept briefly: the directory is read far more often than it changes, and a broad
/// search (no words, a category, a region) counts every visible listing for its facets. An answer is kept for at most
/// <see cref="Ttl"/>, under the day it was computed for, and is no longer used once this process saves a change to
/// anything the directory shows (a listing, its categories, regions, search text or photos, a category, a co-op): the
/// database context calls <see cref="Changed"/> after such a save and again after its transaction commits. A change
/// made by another process (a second web server on SQL Server, a hand-run SQL update) shows within the TTL (5 minutes:
/// an uncached broad search costs about a second of database work at 15,000 co-ops and 45,000 listings, see
/// `scripts/bench.sh directory`). At most
/// <see cref="MaxEntries"/> answers are kept, so odd searches cannot fill the memory.
/// </summary>
public sealed class DirectoryCache : IDisposable
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    public const int MaxEntries = 2000;

    // Process-wide: every database context in the process reports its changes, whichever cache instance reads them.
    private static long _generation;

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly ConcurrentDictionary<Key, Lazy<Task<DirectorySearchResult>>> _running = new();

    /// <summary>Something the directory shows has changed: answers computed before now are not used again.</summary>
    public static void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// The kept answer, or the answer of the search already running for the same key (one search per key at a time:
    /// when an answer expires under load, the connections asking for it wait for one search instead of each running
    /// their own), or a new search. <paramref name="search"/> must not depend on one caller's cancellation.
    /// </summary>
    public Task<DirectorySearchResult> GetOrAddAsync(SearchDirectory request, DateOnly today, Func<Task<DirectorySearchResult>> search)
    {
        // The generation is read before searching: a change saved meanwhile bumps it, so this answer is filed under a
        // generation that is already past and is never read.
        var generation = Interlocked.Read(ref _generation);
        var key = new Key(generation, today, string.Join(' ', SearchText.Terms(request.Q)),
            request.Category?.Trim().ToLowerInvariant() ?? "", request.Region, request.Page, request.PageSize);
        if (_answers.TryGetValue(key, out DirectorySearchResult? hit) && hit is not null)
        {
            return Task.FromResult(hit);
        }

        return _running.GetOrAdd(key, k => new Lazy<Task<DirectorySearchResult>>(() => SearchAndKeepAsync(k, search))).Value;
    }

    private async Task<DirectorySearchResult> SearchAndKeepAsync(Key key, Func<Task<DirectorySearchResult>> search)
    {
        try
        {
            var answer = await search();
            _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Ttl });
            return answer;
        }
        finally
        {
            _running.TryRemove(key, out _);
        }
    }

    private KeptVersion? _version;

    /// <summary>
    /// The directory's version (its ETag and Last-Modified), kept like the answers: until this process saves a change the
    /// directory shows, the day turns, or <see cref="Ttl"/> passes. Every page, feed and widget request asks for it before
    /// anything else, and computing it reads every co-op's version — at 15,000 co-ops that was the whole cost of a request.
    /// </summary>
    public async Task<DirectoryVersion> VersionAsync(DateOnly today, DateTimeOffset now, Func<Task<DirectoryVersion>> compute)
    {
        var generation = Interlocked.Read(ref _generation);
        if (Volatile.Read(ref _version) is { } kept && kept.Generation == generation && kept.Today == today && now - kept.At < Ttl)
        {
            return kept.Version;
        }

        var version = await compute();
        Volatile.Write(ref _version, new KeptVersion(generation, today, now, version));
        return version;
    }

    public void Dispose() => _answers.Dispose();

    private sealed record KeptVersion(long Generation, DateOnly Today, DateTimeOffset At, DirectoryVersion Version);

    private sealed record Key(long Generation, DateOnly Today, string Words, string Category, Domain.Cooperatives.Region? Region, int Page, int PageSize);
}
