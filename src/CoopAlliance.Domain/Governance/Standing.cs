using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;

namespace CoopAlliance.Domain.Governance;

/// <summary>
/// Good standing on a meeting's record date, from the rules already in place: the co-op is Active (the marketing and
/// dues pages' rule) and its dues are not past the grace period (<see cref="DuesStandingRules"/>). Both are derived as
/// of the record date: the membership status is the last change in the co-op's history that took effect on or before
/// that day, and the dues account is rebuilt from the invoices issued and the payments and credits received by then.
/// </summary>
public static class RecordDateStanding
{
    /// <summary>The membership status a co-op had at the end of <paramref name="recordDate"/> (null: not yet a co-op then).</summary>
    public static MembershipStatus? StatusOn(IEnumerable<MembershipChange> history, DateOnly recordDate, Func<DateTimeOffset, DateOnly> dateOf) =>
        history.Select(h => (h, On: h.EffectiveOn ?? dateOf(h.At)))
            .Where(x => x.On <= recordDate)
            .OrderBy(x => x.On).ThenBy(x => x.h.At).ThenBy(x => x.h.Id)
            .Select(x => (MembershipStatus?)x.h.To)
            .LastOrDefault();

    /// <summary>The dues account as it stood on <paramref name="recordDate"/>: later invoices and later payments do not count.</summary>
    public static DuesAccount DuesOn(IEnumerable<InvoiceFacts> invoices, IEnumerable<Settlement> settlements, DateOnly recordDate) =>
        DuesAccount.Derive(invoices.Where(i => i.IssuedOn <= recordDate), settlements.Where(s => s.On <= recordDate), recordDate);

    public static bool IsInGoodStanding(MembershipStatus? status, DuesAccount duesOnRecordDate, int graceDays) =>
        status == MembershipStatus.Active && duesOnRecordDate.Standing(graceDays) != DuesStanding.PastGrace;
}
