using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Governance;

public sealed record MeetingDetails(MeetingKind Kind, string Title, DateTimeOffset StartsAt, string? Place, string? OnlineLink,
    DateOnly RecordDate, int NoticeDays, string? Agenda);

/// <summary>
/// An annual or special meeting of the member co-ops. Who may vote is fixed from the record date (the co-ops in good
/// standing that day, <see cref="EligibleCoop"/>); quorum is counted live from the co-ops whose delegate has checked in.
/// </summary>
public sealed class Meeting : Entity, IVersioned
{
    private readonly List<EligibleCoop> _eligible = [];
    private readonly List<Attendance> _attendance = [];

    private Meeting() { }

    public MeetingKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public string? Place { get; private set; }
    public string? OnlineLink { get; private set; }
    public DateOnly RecordDate { get; private set; }
    public int NoticeDays { get; private set; }
    /// <summary>The agenda, one item a line.</summary>
    public string? Agenda { get; private set; }
    public MeetingState State { get; private set; }
    /// <summary>When eligibility on the record date was settled (null: not yet).</summary>
    public DateTimeOffset? EligibilityFixedAt { get; private set; }
    public string? Minutes { get; private set; }
    public DateTimeOffset? MinutesPublishedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<EligibleCoop> Eligible => _eligible;
    public IReadOnlyCollection<Attendance> Attendance => _attendance;

    public IReadOnlyList<string> AgendaItems =>
        (Agenda ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Meeting Plan(MeetingDetails details)
    {
        var meeting = new Meeting { State = MeetingState.Planned };
        meeting.Edit(details);
        return meeting;
    }

    public void Edit(MeetingDetails details)
    {
        if (State == MeetingState.Closed)
        {
            throw new DomainRuleException("The meeting is closed; its record can no longer change.");
        }

        if (details.RecordDate > DateOnly.FromDateTime(details.StartsAt.UtcDateTime))
        {
            throw new DomainRuleException("The record date must be on or before the meeting.");
        }

        if (EligibilityFixedAt is not null && details.RecordDate != RecordDate)
        {
            throw new DomainRuleException("Who may vote has been settled from the record date; the record date can no longer change.");
        }

        Kind = details.Kind;
        Title = Require.Text(details.Title, "Give the meeting a title.");
        StartsAt = details.StartsAt;
        Place = Clean(details.Place);
        OnlineLink = Clean(details.OnlineLink);
        RecordDate = details.RecordDate;
        NoticeDays = details.NoticeDays is >= 0 and <= 365 ? details.NoticeDays : throw new DomainRuleException("Notice must be between 0 and 365 days.");
        Agenda = Clean(details.Agenda);
    }

    /// <summary>The day the notice goes to every delegate.</summary>
    public DateOnly NoticeOn => DateOnly.FromDateTime(StartsAt.UtcDateTime).AddDays(-NoticeDays);

    /// <summary>Settles who may vote: the co-ops in good standing on the record date. Once only.</summary>
    public void FixEligibility(IEnumerable<int> coopsInGoodStanding, DateOnly today, DateTimeOffset at)
    {
        if (EligibilityFixedAt is not null)
        {
            return;
        }

        if (today < RecordDate)
        {
            throw new DomainRuleException("The record date has not come yet; who may vote is settled on it.");
        }

        _eligible.AddRange(coopsInGoodStanding.Distinct().Select(id => new EligibleCoop(id)));
        EligibilityFixedAt = at;
    }

    public bool IsEligible(int coopId) => _eligible.Any(e => e.CooperativeId == coopId);

    public void Open(DateOnly today, IEnumerable<int> coopsInGoodStanding, DateTimeOffset at)
    {
        if (State != MeetingState.Planned)
        {
            throw new DomainRuleException("Only a planned meeting can be opened.");
        }

        FixEligibility(coopsInGoodStanding, today, at);
        State = MeetingState.Open;
    }

    /// <summary>A delegate or alternate checks in for their co-op: one presence per co-op.</summary>
    public Attendance CheckIn(CoopDelegate? coopDelegate, int coopId, int personId, string personName, DateTimeOffset at)
    {
        if (State != MeetingState.Open)
        {
            throw new DomainRuleException("Check-in is open only while the meeting is open.");
        }

        if (!IsEligible(coopId))
        {
            throw new DomainRuleException("This co-op was not in good standing on the record date, so it has no vote at this meeting.");
        }

        if (coopDelegate is null || coopDelegate.CooperativeId != coopId || !coopDelegate.Represents(personId))
        {
            throw new DomainRuleException("Only the co-op's named delegate or alternate can check in for it.");
        }

        if (_attendance.Any(a => a.CooperativeId == coopId))
        {
            throw new DomainRuleException("This co-op is already checked in.");
        }

        var presence = new Attendance(coopId, personId, personName, at);
        _attendance.Add(presence);
        return presence;
    }

    public QuorumStatus Quorum(decimal fraction) => Governance.Quorum.Of(_eligible.Count, _attendance.Count, fraction);

    public void Close()
    {
        if (State != MeetingState.Open)
        {
            throw new DomainRuleException("Only an open meeting can be closed.");
        }

        State = MeetingState.Closed;
    }

    public void WriteMinutes(string? minutes)
    {
        if (MinutesPublishedAt is not null)
        {
            throw new DomainRuleException("The minutes are published; they can no longer change.");
        }

        Minutes = Clean(minutes);
    }

    public void PublishMinutes(DateTimeOffset at)
    {
        if (State != MeetingState.Closed)
        {
            throw new DomainRuleException("Close the meeting before publishing its minutes.");
        }

        if (string.IsNullOrWhiteSpace(Minutes))
        {
            throw new DomainRuleException("Write the minutes before publishing them.");
        }

        MinutesPublishedAt ??= at;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A co-op in good standing on the meeting's record date: it may vote.</summary>
public sealed class EligibleCoop
{
    private EligibleCoop() { }

    internal EligibleCoop(int coopId) => CooperativeId = coopId;

    public int MeetingId { get; private set; }
    public int CooperativeId { get; private set; }
}

/// <summary>A co-op present at a meeting through its delegate or alternate.</summary>
public sealed class Attendance : Entity, IBelongsToCoop
{
    private Attendance() { }

    internal Attendance(int coopId, int personId, string personName, DateTimeOffset at)
    {
        CooperativeId = coopId;
        PersonId = personId;
        PersonName = personName;
        CheckedInAt = at;
    }

    public int MeetingId { get; private set; }
    public int CooperativeId { get; private set; }
    public int PersonId { get; private set; }
    public string PersonName { get; private set; } = "";
    public DateTimeOffset CheckedInAt { get; private set; }
}

public sealed record QuorumStatus(int Eligible, int Present, int Required)
{
    public bool IsMet => Eligible > 0 && Present >= Required;
}

/// <summary>
/// Quorum: at least <c>fraction</c> of the co-ops eligible on the record date, rounded up (default one half: 10 eligible
/// need 5 present, 11 need 6), and never fewer than one.
/// </summary>
public static class Quorum
{
    public static QuorumStatus Of(int eligible, int present, decimal fraction)
    {
        if (fraction is <= 0 or > 1)
        {
            throw new DomainRuleException("The quorum fraction must be more than 0 and at most 1.");
        }

        var required = Math.Max(1, (int)Math.Ceiling(eligible * fraction));
        return new QuorumStatus(eligible, present, required);
    }
}
