using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Cooperatives;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// A co-op's figures that appear on several pages, each from one source and said with its label: the worker-owners
/// the co-op reports in its profile (what dues use) are not the people on its roster, and "member since" is the day the
/// membership history records it became a member.
/// </summary>
public static class CoopFigures
{
    /// <summary>Worker-owners on the roster (the people list), as opposed to <see cref="CoopDetail.WorkerOwners"/>, the reported figure.</summary>
    public static int WorkerOwnersOnRoster(IEnumerable<PersonDto> people) => people.Count(p => p.IsWorkerOwner);

    /// <summary>"14 worker-owners and 2 other workers reported · 6 worker-owners on the roster".</summary>
    public static string Workers(int reportedWorkerOwners, int reportedOthers, int onRoster) =>
        $"{Plural(reportedWorkerOwners, "worker-owner")} and {Plural(reportedOthers, "other worker")} reported · {Plural(onRoster, "worker-owner")} on the roster";

    public static string People(int n) => n == 1 ? "1 person" : $"{n} people";

    public static string Plural(int n, string word) => $"{n} {word}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// The day the co-op became a member, from its membership history: the board's vote on its approval, or the date
    /// entered when staff registered it as a member. Null if it never was one.
    /// </summary>
    public static DateOnly? MemberSince(IEnumerable<MembershipChangeDto> history, AllianceClock clock) =>
        history.Where(h => h.To == Domain.Cooperatives.MembershipStatus.Active).OrderBy(h => h.At)
            .Select(h => (DateOnly?)(h.BoardVoteOn ?? h.EffectiveOn ?? clock.DateOf(h.At))).FirstOrDefault();

    /// <summary>The day an active co-op became active again (reinstated after a lapse or suspension), or null if it has been active since it became a member.</summary>
    public static DateOnly? ActiveAgainSince(IEnumerable<MembershipChangeDto> history, AllianceClock clock)
    {
        var intoActive = history.Where(h => h.To == Domain.Cooperatives.MembershipStatus.Active).OrderBy(h => h.At).ToList();
        return intoActive.Count > 1 ? intoActive[^1].EffectiveOn ?? clock.DateOf(intoActive[^1].At) : null;
    }
}
