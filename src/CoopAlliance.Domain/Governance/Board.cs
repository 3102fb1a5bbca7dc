using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Governance;

/// <summary>A seat on the alliance board held by someone for a term, filled from an election's result.</summary>
public sealed class BoardSeat : Entity
{
    private BoardSeat() { }

    public string Name { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public int? PersonId { get; private set; }
    public int? CooperativeId { get; private set; }
    public DateOnly TermStart { get; private set; }
    public DateOnly TermEnd { get; private set; }
    /// <summary>The election that filled it (null: entered by hand).</summary>
    public int? MotionId { get; private set; }

    public static BoardSeat Fill(string name, string holder, int? personId, int? coopId, DateOnly termStart, DateOnly termEnd, int? motionId)
    {
        if (termEnd < termStart)
        {
            throw new DomainRuleException("A term must end after it starts.");
        }

        return new BoardSeat
        {
            Name = Require.Text(name, "Name the seat."),
            HolderName = Require.Text(holder, "Name who holds the seat."),
            PersonId = personId,
            CooperativeId = coopId,
            TermStart = termStart,
            TermEnd = termEnd,
            MotionId = motionId,
        };
    }

    public bool IsCurrent(DateOnly today) => TermStart <= today && today <= TermEnd;
}

/// <summary>One notice sent (a meeting's notice to a delegate, a board member's term-end reminder): the unique key keeps it to once.</summary>
public sealed class GovernanceNotice : Entity
{
    private GovernanceNotice() { }

    public GovernanceNotice(GovernanceNoticeKind kind, int subjectId, int personId, DateTimeOffset sentAt)
    {
        Kind = kind;
        SubjectId = subjectId;
        PersonId = personId;
        SentAt = sentAt;
    }

    public GovernanceNoticeKind Kind { get; private set; }
    /// <summary>The meeting (a notice) or the board seat (a reminder).</summary>
    public int SubjectId { get; private set; }
    public int PersonId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
