using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Mentoring;

/// <summary>
/// A mentor paired with a developing co-op. proposed → offered (staff publish) → active (the mentor accepts) or
/// declined / expired (the offer window passed) → completed, or ended with a reason. Declined and expired
/// co-ops go back into the suggestions.
/// </summary>
public sealed class MentorMatch : Entity, IVersioned
{
    private MentorMatch() { }

    private MentorMatch(int mentorId, int developingCoopId, int score, string explanation, DateTimeOffset at)
    {
        MentorId = mentorId;
        DevelopingCoopId = developingCoopId;
        Score = score;
        Explanation = explanation.Length > 1000 ? explanation[..1000] : explanation;
        Status = MatchStatus.Proposed;
        ProposedAt = at;
    }

    public int MentorId { get; private set; }
    public int DevelopingCoopId { get; private set; }
    public MatchStatus Status { get; private set; }
    /// <summary>The pair's score when it was proposed, and its parts in words.</summary>
    public int Score { get; private set; }
    public string Explanation { get; private set; } = "";
    public DateTimeOffset ProposedAt { get; private set; }
    public DateTimeOffset? OfferedAt { get; private set; }
    /// <summary>The last day the mentor can accept.</summary>
    public DateOnly? OfferExpiresOn { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    /// <summary>Why the mentor declined, or why the match ended or completed.</summary>
    public string? Reason { get; private set; }
    public string? ClosedByName { get; private set; }
    public int Version { get; set; }

    /// <summary>Offered or active: the mentor is (about to be) working with the co-op.</summary>
    public bool IsOpen => Status is MatchStatus.Proposed or MatchStatus.Offered or MatchStatus.Active;

    public static MentorMatch Propose(int mentorId, int developingCoopId, int score, string explanation, DateTimeOffset at) =>
        new(mentorId, developingCoopId, score, explanation, at);

    /// <summary>Staff publish the proposal: the mentor has until <paramref name="expiresOn"/> to answer.</summary>
    public void Offer(DateTimeOffset at, DateOnly expiresOn)
    {
        Require(MatchStatus.Offered, MatchStatus.Proposed);
        if (expiresOn < DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new DomainRuleException("An offer must leave the mentor at least until today to answer.");
        }

        Status = MatchStatus.Offered;
        OfferedAt = at;
        OfferExpiresOn = expiresOn;
    }

    public void Accept(DateTimeOffset at, DateOnly today)
    {
        Require(MatchStatus.Active, MatchStatus.Offered);
        if (today > OfferExpiresOn)
        {
            throw DomainRuleException.Format("This offer expired on {0:MMMM d}; ask the alliance staff to offer it again.", OfferExpiresOn);
        }

        Status = MatchStatus.Active;
        RespondedAt = at;
        StartedOn = today;
    }

    public void Decline(string? reason, DateTimeOffset at, Actor by)
    {
        Require(MatchStatus.Declined, MatchStatus.Offered);
        Status = MatchStatus.Declined;
        RespondedAt = at;
        Reason = Person.Clean(reason);
        ClosedByName = by.Name;
    }

    /// <summary>Expires an offer nobody answered in time; returns false when it is not (yet) expired.</summary>
    public bool ExpireIfUnanswered(DateOnly today)
    {
        if (Status != MatchStatus.Offered || today <= OfferExpiresOn)
        {
            return false;
        }

        Status = MatchStatus.Expired;
        ClosedByName = Actor.System.Name;
        return true;
    }

    public void Complete(DateOnly on, string? note, Actor by)
    {
        Require(MatchStatus.Completed, MatchStatus.Active);
        Status = MatchStatus.Completed;
        EndedOn = on;
        Reason = Person.Clean(note);
        ClosedByName = by.Name;
    }

    /// <summary>Ends an active match early, or withdraws a proposal or offer, with a reason.</summary>
    public void End(DateOnly on, string reason, Actor by)
    {
        Require(MatchStatus.Ended, MatchStatus.Proposed, MatchStatus.Offered, MatchStatus.Active);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give a reason for ending the match.");
        }

        Status = MatchStatus.Ended;
        EndedOn = on;
        Reason = reason.Trim();
        ClosedByName = by.Name;
    }

    private void Require(MatchStatus to, params MatchStatus[] from)
    {
        if (!from.Contains(Status))
        {
            var allowed = string.Join(" or ", from.Select(s => s.Describe().ToLowerInvariant()));
            throw DomainRuleException.Format("This match is {0}, so it cannot become {1}; only a {2} match can.", new DomainWord(Status.Describe().ToLowerInvariant()), new DomainWord(to.Describe().ToLowerInvariant()), allowed);
        }
    }
}

/// <summary>A meeting between a mentor and the co-op they help.</summary>
public sealed class MentoringSession : Entity
{
    public const int MaxMinutes = 12 * 60;

    private MentoringSession() { }

    public MentoringSession(MentorMatch match, DateOnly heldOn, int minutes, string topics, string? notes, string? nextSteps,
        Actor by, DateTimeOffset at)
    {
        if (match.Status != MatchStatus.Active)
        {
            throw new DomainRuleException("Sessions are logged on an active match.");
        }

        if (heldOn > DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new DomainRuleException("A session cannot be logged before it happens.");
        }

        if (match.StartedOn is { } started && heldOn < started)
        {
            throw DomainRuleException.Format("The match started on {0:MMMM d, yyyy}; log sessions from then on.", started);
        }

        if (minutes is <= 0 or > MaxMinutes)
        {
            throw new DomainRuleException("A session lasts between 1 minute and 12 hours.");
        }

        MatchId = match.Id;
        MentorId = match.MentorId;
        DevelopingCoopId = match.DevelopingCoopId;
        HeldOn = heldOn;
        Minutes = minutes;
        Topics = topics.Trim();
        Notes = Person.Clean(notes);
        NextSteps = Person.Clean(nextSteps);
        LoggedByName = by.Name;
        LoggedAt = at;
    }

    public int MatchId { get; private set; }
    public int MentorId { get; private set; }
    public int DevelopingCoopId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public int Minutes { get; private set; }
    public string Topics { get; private set; } = "";
    public string? Notes { get; private set; }
    public string? NextSteps { get; private set; }
    public string LoggedByName { get; private set; } = "";
    public DateTimeOffset LoggedAt { get; private set; }
}

/// <summary>
/// A reminder sent to a mentor about an active match without recent sessions. One per match and gap (the gap
/// is named by the day it began: the last session, or the match's start), so the weekly job never repeats it.
/// </summary>
public sealed class MentoringReminder : Entity
{
    private MentoringReminder() { }

    public MentoringReminder(int matchId, DateOnly gapStartedOn, DateTimeOffset sentAt)
    {
        MatchId = matchId;
        GapStartedOn = gapStartedOn;
        SentAt = sentAt;
    }

    public int MatchId { get; private set; }
    public DateOnly GapStartedOn { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
