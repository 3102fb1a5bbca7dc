using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Governance;

public sealed record MotionDetails(MotionKind Kind, string Title, string? Text, Threshold Threshold, bool Secret,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int? Seats, int? TermMonths);

public sealed record CandidateDetails(string Name, int? CooperativeId, int? PersonId, string? Statement);

/// <summary>What one ballot says: a choice on a motion, or up to the number of seats of candidates in an election.</summary>
public sealed record BallotContent(VoteChoice? Choice, IReadOnlyList<int> CandidateIds)
{
    public string? CandidateList => CandidateIds.Count == 0 ? null : string.Join(",", CandidateIds);

    public static IReadOnlyList<int> ParseCandidates(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',').Select(int.Parse).ToList();
}

/// <summary>What casting a vote stores: always that the co-op voted; the content on the same row when the vote is open,
/// in a separate <see cref="SecretBallot"/> with nothing joining the two when it is secret.</summary>
public sealed record CastBallot(BallotCast Cast, SecretBallot? Secret);

/// <summary>
/// A motion put to the member co-ops (a resolution, a bylaw amendment, a budget) or an election to the board.
/// It is a draft until voting opens, takes one ballot per eligible co-op while open, and once closed its result is
/// computed and nothing about its votes or result can change.
/// </summary>
public sealed class Motion : Entity, IVersioned
{
    private readonly List<Candidate> _candidates = [];

    private Motion() { }

    public int MeetingId { get; private set; }
    public MotionKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Text { get; private set; }
    public Threshold Threshold { get; private set; }
    public bool Secret { get; private set; }
    public DateTimeOffset OpensAt { get; private set; }
    public DateTimeOffset ClosesAt { get; private set; }
    public MotionState State { get; private set; }
    public int? Seats { get; private set; }
    public int? TermMonths { get; private set; }

    public int? VotesFor { get; private set; }
    public int? VotesAgainst { get; private set; }
    public int? Abstentions { get; private set; }
    public int? BallotsCast { get; private set; }
    public bool? Passed { get; private set; }
    public bool Tie { get; private set; }
    public string? ResultSummary { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>When an election's winners took their board seats (once).</summary>
    public DateTimeOffset? SeatedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<Candidate> Candidates => _candidates;

    public bool IsElection => Kind == MotionKind.Election;

    public static Motion Propose(Meeting meeting, MotionDetails details, IEnumerable<CandidateDetails> candidates)
    {
        if (meeting.State == MeetingState.Closed)
        {
            throw new DomainRuleException("The meeting is closed; no motion can be added to it.");
        }

        var motion = new Motion { MeetingId = meeting.Id, State = MotionState.Draft };
        motion.Edit(details, candidates);
        return motion;
    }

    public void Edit(MotionDetails details, IEnumerable<CandidateDetails> candidates)
    {
        if (State != MotionState.Draft)
        {
            throw new DomainRuleException("Voting has opened; the motion can no longer change.");
        }

        if (details.ClosesAt <= details.OpensAt)
        {
            throw new DomainRuleException("Voting must close after it opens.");
        }

        Kind = details.Kind;
        Title = Require.Text(details.Title, "Give the motion a title.");
        Text = string.IsNullOrWhiteSpace(details.Text) ? null : details.Text.Trim();
        Threshold = details.Threshold;
        Secret = details.Secret;
        OpensAt = details.OpensAt;
        ClosesAt = details.ClosesAt;
        _candidates.Clear();
        if (Kind == MotionKind.Election)
        {
            Seats = details.Seats is >= 1 ? details.Seats : throw new DomainRuleException("An election fills at least one seat.");
            TermMonths = details.TermMonths is >= 1 and <= 120 ? details.TermMonths : throw new DomainRuleException("Give the term length in months (1 to 120).");
            _candidates.AddRange(candidates.Select(c => new Candidate(c)));
            if (_candidates.Count == 0)
            {
                throw new DomainRuleException("An election needs at least one candidate.");
            }
        }
        else
        {
            Seats = null;
            TermMonths = null;
        }
    }

    public void Open(Meeting meeting, DateTimeOffset now)
    {
        if (State != MotionState.Draft)
        {
            throw new DomainRuleException("Only a motion not yet open can be opened.");
        }

        if (meeting.Id != MeetingId || meeting.EligibilityFixedAt is null)
        {
            throw new DomainRuleException("Who may vote is settled on the record date; voting opens after it.");
        }

        if (now < OpensAt)
        {
            OpensAt = now; // staff opened it early
        }

        State = MotionState.Open;
    }

    /// <summary>An eligible co-op votes, once. The stored records for an open or a secret vote: see <see cref="CastBallot"/>.</summary>
    public CastBallot Cast(Meeting meeting, int coopId, BallotContent content, DateOnly today, DateTimeOffset now)
    {
        if (State != MotionState.Open || now >= ClosesAt)
        {
            throw new DomainRuleException(State == MotionState.Closed || now >= ClosesAt ? "Voting on this motion has closed." : "Voting on this motion has not opened.");
        }

        if (meeting.Id != MeetingId || !meeting.IsEligible(coopId))
        {
            throw new DomainRuleException("This co-op was not in good standing on the record date, so it has no vote on this motion.");
        }

        Check(content);
        if (!Secret)
        {
            return new CastBallot(new BallotCast(Id, coopId, today, content), null);
        }

        return new CastBallot(new BallotCast(Id, coopId, today, null), new SecretBallot(Id, content));
    }

    private void Check(BallotContent content)
    {
        if (IsElection)
        {
            if (content.Choice is not null && content.Choice != VoteChoice.Abstain)
            {
                throw new DomainRuleException("In an election, choose candidates (or abstain).");
            }

            if (content.CandidateIds.Distinct().Count() != content.CandidateIds.Count)
            {
                throw new DomainRuleException("Choose each candidate at most once.");
            }

            if (content.CandidateIds.Count > Seats)
            {
                throw DomainRuleException.Format("Choose at most {0} candidates.", Seats);
            }

            if (content.CandidateIds.Any(id => _candidates.All(c => c.Id != id)))
            {
                throw new DomainRuleException("Choose candidates standing in this election.");
            }

            if (content.CandidateIds.Count == 0 && content.Choice is null)
            {
                throw new DomainRuleException("Choose at least one candidate, or abstain.");
            }
        }
        else if (content.Choice is null || content.CandidateIds.Count > 0)
        {
            throw new DomainRuleException("Vote for, against, or abstain.");
        }
    }

    /// <summary>Closes voting and computes the result from every ballot; afterwards nothing can change.</summary>
    public void Close(IReadOnlyCollection<BallotContent> ballots, DateTimeOffset now)
    {
        if (State == MotionState.Closed)
        {
            throw new DomainRuleException("Voting on this motion has closed; its record cannot change.");
        }

        if (State != MotionState.Open)
        {
            throw new DomainRuleException("Voting on this motion has not opened.");
        }

        if (now < ClosesAt)
        {
            ClosesAt = now; // staff closed it early
        }

        BallotsCast = ballots.Count;
        if (IsElection)
        {
            var result = Tally.Elect(_candidates.Select(c => c.Id).ToList(), Seats!.Value, ballots);
            foreach (var c in _candidates)
            {
                c.Record(result.Votes.GetValueOrDefault(c.Id), result.Elected.Contains(c.Id), result.TiedForLastSeat.Contains(c.Id));
            }

            Abstentions = ballots.Count(b => b.CandidateIds.Count == 0);
            Tie = result.TiedForLastSeat.Count > 0;
            Passed = null;
            var names = _candidates.Where(c => c.Elected).OrderByDescending(c => c.Votes).Select(c => c.Name).ToList();
            ResultSummary = (names.Count == 0 ? "No one was elected." : $"Elected: {string.Join(", ", names)}.")
                + (Tie ? $" Tie for the last {Seats - names.Count} seat(s) between {string.Join(", ", _candidates.Where(c => c.TiedForLastSeat).Select(c => c.Name))}: a runoff fills it." : "");
        }
        else
        {
            var result = Tally.Count(Threshold, ballots);
            VotesFor = result.For;
            VotesAgainst = result.Against;
            Abstentions = result.Abstain;
            Passed = result.Passed;
            Tie = result.Tie;
            ResultSummary = $"{(result.Passed ? "Carried" : "Failed")}: {result.For} for, {result.Against} against, {result.Abstain} abstaining"
                + (result.Tie ? " — a tie, so the motion fails." : $" ({Threshold.Describe().ToLowerInvariant()} needed).");
        }

        ClosedAt = now;
        State = MotionState.Closed;
    }

    /// <summary>The elected candidates take their seats; once, and only from a closed election.</summary>
    public IReadOnlyList<BoardSeat> SeatWinners(DateOnly termStart, DateTimeOffset at)
    {
        if (!IsElection || State != MotionState.Closed)
        {
            throw new DomainRuleException("Only a closed election's winners can be seated.");
        }

        if (SeatedAt is not null)
        {
            throw new DomainRuleException("The winners of this election have already been seated.");
        }

        SeatedAt = at;
        return _candidates.Where(c => c.Elected).OrderByDescending(c => c.Votes).ThenBy(c => c.Name)
            .Select(c => BoardSeat.Fill(Title, c.Name, c.PersonId, c.CooperativeId, termStart, termStart.AddMonths(TermMonths!.Value).AddDays(-1), Id))
            .ToList();
    }
}

/// <summary>Someone standing in an election, with their statement and, after the close, their votes.</summary>
public sealed class Candidate : Entity
{
    private Candidate() { }

    internal Candidate(CandidateDetails details)
    {
        Name = Require.Text(details.Name, "Give each candidate's name.");
        CooperativeId = details.CooperativeId;
        PersonId = details.PersonId;
        Statement = string.IsNullOrWhiteSpace(details.Statement) ? null : details.Statement.Trim();
    }

    public int MotionId { get; private set; }
    public string Name { get; private set; } = "";
    public int? CooperativeId { get; private set; }
    public int? PersonId { get; private set; }
    public string? Statement { get; private set; }
    public int? Votes { get; private set; }
    public bool Elected { get; private set; }
    public bool TiedForLastSeat { get; private set; }

    internal void Record(int votes, bool elected, bool tied)
    {
        Votes = votes;
        Elected = elected;
        TiedForLastSeat = tied;
    }
}

/// <summary>
/// That a co-op voted on a motion (one per co-op: the unique key refuses a second). For an open vote the choice is on
/// this row and published with the result; for a secret vote it is not, and the day alone (no time) is kept.
/// </summary>
public sealed class BallotCast : Entity, IBelongsToCoop
{
    private BallotCast() { }

    internal BallotCast(int motionId, int coopId, DateOnly castOn, BallotContent? openContent)
    {
        MotionId = motionId;
        CooperativeId = coopId;
        CastOn = castOn;
        Choice = openContent?.Choice;
        CandidateIds = openContent?.CandidateList;
    }

    public int MotionId { get; private set; }
    public int CooperativeId { get; private set; }
    public DateOnly CastOn { get; private set; }
    /// <summary>Open votes only.</summary>
    public VoteChoice? Choice { get; private set; }
    /// <summary>Open votes only: the chosen candidates' ids, comma-separated.</summary>
    public string? CandidateIds { get; private set; }

    public BallotContent? OpenContent => Choice is null && CandidateIds is null ? null : new BallotContent(Choice, BallotContent.ParseCandidates(CandidateIds));
}

/// <summary>
/// What a secret ballot says, and nothing else: a random key (not sequential, so neither the key nor the storage order
/// follows the order of voting), the motion, the choice. No co-op, no person, no time.
/// </summary>
public sealed class SecretBallot
{
    private SecretBallot() { }

    internal SecretBallot(int motionId, BallotContent content)
    {
        Id = Guid.NewGuid();
        MotionId = motionId;
        Choice = content.Choice;
        CandidateIds = content.CandidateList;
    }

    public Guid Id { get; private set; }
    public int MotionId { get; private set; }
    public VoteChoice? Choice { get; private set; }
    public string? CandidateIds { get; private set; }

    public BallotContent Content => new(Choice, BallotContent.ParseCandidates(CandidateIds));
}
