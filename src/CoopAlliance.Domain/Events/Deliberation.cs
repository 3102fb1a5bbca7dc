using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Events;

/// <summary>What a participant puts forward in the deliberative planning session.</summary>
public sealed record ProposalDetails(string What, string? Why, int? ThemeId, string? WhoItNeeds, string? WhoOffers);

/// <summary>
/// An action a participant puts forward during the afternoon's deliberative planning (from their phone, through their
/// confirmation link): what, why, which theme, who it needs and who offers. Participants then dot-vote on them.
/// </summary>
public sealed class ActionProposal : Entity
{
    private ActionProposal() { }

    private ActionProposal(Event ev, Registration author, ProposalDetails details, DateTimeOffset at)
    {
        EventId = ev.Id;
        RegistrationId = author.Id;
        AuthorName = author.Name;
        CreatedAt = at;
        Apply(ev, details);
    }

    public static ActionProposal Put(Event ev, Registration author, ProposalDetails details, DateTimeOffset at)
    {
        if (author.EventId != ev.Id || author.Status != PlaceStatus.Confirmed)
        {
            throw new DomainRuleException("Only registered participants can put forward a proposal.");
        }

        if (ev.Voting == VotingStatus.Closed)
        {
            throw new DomainRuleException("The vote has closed; proposals can no longer be added.");
        }

        return new ActionProposal(ev, author, details, at);
    }

    public int EventId { get; private set; }
    /// <summary>The participant who put it forward (null if their registration is gone).</summary>
    public int? RegistrationId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string What { get; private set; } = "";
    public string? Why { get; private set; }
    public int? ThemeId { get; private set; }
    public string? WhoItNeeds { get; private set; }
    public string? WhoOffers { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Hidden by the facilitator (a duplicate, off-topic); hidden proposals take no votes.</summary>
    public bool IsHidden { get; private set; }

    public void Edit(Event ev, ProposalDetails details)
    {
        if (ev.Voting != VotingStatus.NotOpen)
        {
            throw new DomainRuleException("Voting has started; proposals can no longer be changed.");
        }

        Apply(ev, details);
    }

    public void Hide(bool hidden) => IsHidden = hidden;

    private void Apply(Event ev, ProposalDetails d)
    {
        if (d.ThemeId is { } id && ev.Themes.All(t => t.Id != id))
        {
            throw new DomainRuleException("Choose one of the event's themes.");
        }

        What = Require.Text(d.What, "Say what the action is.");
        Why = Person.Clean(d.Why);
        ThemeId = d.ThemeId;
        WhoItNeeds = Person.Clean(d.WhoItNeeds);
        WhoOffers = Person.Clean(d.WhoOffers);
    }
}

/// <summary>The dots one participant put on one proposal (one row per participant and proposal).</summary>
public sealed class DotVote : Entity
{
    private DotVote() { }

    internal DotVote(int eventId, int proposalId, int registrationId, int dots, DateTimeOffset at)
    {
        EventId = eventId;
        ProposalId = proposalId;
        RegistrationId = registrationId;
        Dots = dots;
        At = at;
    }

    public int EventId { get; private set; }
    public int ProposalId { get; private set; }
    public int RegistrationId { get; private set; }
    public int Dots { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal void Set(int dots, DateTimeOffset at)
    {
        Dots = dots;
        At = at;
    }
}

/// <summary>
/// Dot-voting: each participant has the event's number of dots and may spread or stack them over the proposals while
/// the vote is open. Once closed, nothing changes. Results are visible to the facilitator live and to everyone else
/// only after the vote closes.
/// </summary>
public static class DotVoting
{
    /// <summary>
    /// Sets how many dots <paramref name="voter"/> puts on <paramref name="proposal"/> (0 takes them back). Returns the
    /// new row when there was none, otherwise null (the existing row was changed or should be removed when 0).
    /// </summary>
    public static DotVote? Place(Event ev, Registration voter, ActionProposal proposal, int dots, IReadOnlyCollection<DotVote> votersVotes, DateTimeOffset at)
    {
        if (ev.Voting == VotingStatus.NotOpen)
        {
            throw new DomainRuleException("Voting has not opened yet.");
        }

        if (ev.Voting == VotingStatus.Closed)
        {
            throw new DomainRuleException("The vote has closed; votes can no longer change.");
        }

        if (voter.EventId != ev.Id || voter.Status != PlaceStatus.Confirmed)
        {
            throw new DomainRuleException("Only registered participants can vote.");
        }

        if (proposal.EventId != ev.Id || proposal.IsHidden)
        {
            throw new DomainRuleException("That proposal is not on the board.");
        }

        if (dots < 0)
        {
            throw new DomainRuleException("The number of dots cannot be negative.");
        }

        var elsewhere = votersVotes.Where(v => v.ProposalId != proposal.Id).Sum(v => v.Dots);
        if (elsewhere + dots > ev.DotsPerPerson)
        {
            var left = ev.DotsPerPerson - elsewhere;
            throw left == 1
                ? DomainRuleException.Format("You have {0} dots in all; 1 is left for this proposal.", ev.DotsPerPerson)
                : DomainRuleException.Format("You have {0} dots in all; {1} are left for this proposal.", ev.DotsPerPerson, left);
        }

        var existing = votersVotes.FirstOrDefault(v => v.ProposalId == proposal.Id);
        if (existing is not null)
        {
            existing.Set(dots, at);
            return null;
        }

        return dots == 0 ? null : new DotVote(ev.Id, proposal.Id, voter.Id, dots, at);
    }

    /// <summary>Whether <paramref name="viewerIsFacilitator"/> or anyone may see the totals now.</summary>
    public static bool ResultsVisible(Event ev, bool viewerIsFacilitator) => viewerIsFacilitator || ev.Voting == VotingStatus.Closed;
}

/// <summary>The dates each commitment's owner is asked how it is going: the event's follow-up days after its last day.</summary>
public static class FollowUpSchedule
{
    public static IReadOnlyList<DateOnly> For(DateOnly eventLastDay, IEnumerable<int> daysAfter) =>
        daysAfter.Where(d => d > 0).Distinct().Order().Select(eventLastDay.AddDays).ToList();
}

/// <summary>Who commits, to what, and who owns it.</summary>
public sealed record CommitmentDetails(string Action, string OrganisationName, int? CooperativeId, int? PartnerId, string OwnerName, string OwnerEmail, int? ProposalId,
    string? Language = null);

/// <summary>
/// An organisation's commitment to an action, made at the end of the planning session, with a named owner and
/// follow-up dates. At each date the follow-up job asks the owner (once, one link, no login) how it is going; their
/// answers are the commitment's history, and the latest one is what the actions tracker shows.
/// </summary>
public sealed class Commitment : Entity, IVersioned
{
    private readonly List<CommitmentFollowUp> _followUps = [];
    private readonly List<CommitmentUpdate> _updates = [];

    private Commitment() { }

    public Commitment(Event ev, CommitmentDetails details, Actor by, DateTimeOffset at)
    {
        if (ev.Status == EventStatus.Cancelled)
        {
            throw new DomainRuleException("This event has been cancelled.");
        }

        EventId = ev.Id;
        Action = Require.Text(details.Action, "Say what the organisation commits to.");
        OrganisationName = Require.Text(details.OrganisationName, "Say which organisation commits.");
        CooperativeId = details.CooperativeId;
        PartnerId = details.PartnerId;
        OwnerName = Require.Text(details.OwnerName, "Name the person who owns the commitment.");
        OwnerEmail = Require.Text(details.OwnerEmail, "Give the owner's email address, for the follow-ups.").ToLowerInvariant();
        ProposalId = details.ProposalId;
        Status = CommitmentStatus.NotStarted;
        StatusUpdatedAt = at;
        CreatedAt = at;
        CreatedBy = by.Name;
        Language = Languages.Normalize(details.Language);
        foreach (var due in FollowUpSchedule.For(ev.LastDay, ev.FollowUpDays))
        {
            _followUps.Add(new CommitmentFollowUp(due));
        }
    }

    public int EventId { get; private set; }
    public int? ProposalId { get; private set; }
    public string Action { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public int? CooperativeId { get; private set; }
    public int? PartnerId { get; private set; }
    public string OwnerName { get; private set; } = "";
    public string OwnerEmail { get; private set; } = "";
    /// <summary>The owner's language: the follow-ups are written in it.</summary>
    public string Language { get; private set; } = Languages.English;
    public CommitmentStatus Status { get; private set; }
    public string? StatusNote { get; private set; }
    public DateTimeOffset StatusUpdatedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public int Version { get; set; }

    public IReadOnlyCollection<CommitmentFollowUp> FollowUps => _followUps;
    public IReadOnlyCollection<CommitmentUpdate> Updates => _updates;

    /// <summary>The follow-ups whose date has come and whose owner has not been asked yet (the job's work for today).</summary>
    public IEnumerable<CommitmentFollowUp> FollowUpsToAsk(DateOnly today) =>
        _followUps.Where(f => f.DueOn <= today && f.AskedAt is null && f.AnsweredAt is null).OrderBy(f => f.DueOn);

    /// <summary>Records a status update: from the owner's follow-up link (<paramref name="followUp"/>) or by staff.</summary>
    public CommitmentUpdate Report(CommitmentStatus status, string? note, CommitmentFollowUp? followUp, string by, DateTimeOffset at)
    {
        if (followUp is not null && !_followUps.Contains(followUp))
        {
            throw new DomainRuleException("That follow-up belongs to another commitment.");
        }

        Status = status;
        StatusNote = Person.Clean(note);
        StatusUpdatedAt = at;
        followUp?.Answered(at);
        var update = new CommitmentUpdate(status, StatusNote, followUp?.DueOn, by, at);
        _updates.Add(update);
        return update;
    }

    public void ChangeOwner(string ownerName, string ownerEmail)
    {
        OwnerName = Require.Text(ownerName, "Name the person who owns the commitment.");
        OwnerEmail = Require.Text(ownerEmail, "Give the owner's email address, for the follow-ups.").ToLowerInvariant();
    }
}

/// <summary>One follow-up date of a commitment: asked once (one secret link), answered at most once.</summary>
public sealed class CommitmentFollowUp : Entity
{
    private CommitmentFollowUp() { }

    internal CommitmentFollowUp(DateOnly dueOn)
    {
        DueOn = dueOn;
        Token = DraftUpload.NewToken();
    }

    public int CommitmentId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public string Token { get; private set; } = "";
    public DateTimeOffset? AskedAt { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public void MarkAsked(DateTimeOffset at) => AskedAt ??= at;

    internal void Answered(DateTimeOffset at) => AnsweredAt ??= at;
}

/// <summary>A status a commitment's owner (or staff) reported — kept, never overwritten.</summary>
public sealed class CommitmentUpdate : Entity
{
    private CommitmentUpdate() { }

    internal CommitmentUpdate(CommitmentStatus status, string? note, DateOnly? followUpDueOn, string by, DateTimeOffset at)
    {
        Status = status;
        Note = note;
        FollowUpDueOn = followUpDueOn;
        By = by;
        At = at;
    }

    public int CommitmentId { get; private set; }
    public CommitmentStatus Status { get; private set; }
    public string? Note { get; private set; }
    public DateOnly? FollowUpDueOn { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
