namespace CoopAlliance.Domain.Governance;

public sealed record MotionTally(int For, int Against, int Abstain, bool Passed, bool Tie);

public sealed record ElectionTally(IReadOnlyDictionary<int, int> Votes, IReadOnlySet<int> Elected, IReadOnlySet<int> TiedForLastSeat);

/// <summary>Counting ballots. Votes cast are those for and against; abstentions are counted and reported but are not votes cast.</summary>
public static class Tally
{
    public static MotionTally Count(Threshold threshold, IEnumerable<BallotContent> ballots)
    {
        var list = ballots.ToList();
        var yes = list.Count(b => b.Choice == VoteChoice.For);
        var no = list.Count(b => b.Choice == VoteChoice.Against);
        var abstain = list.Count(b => b.Choice == VoteChoice.Abstain);
        var tie = yes == no;
        var passed = threshold switch
        {
            Threshold.TwoThirds => yes > 0 && yes * 3 >= (yes + no) * 2,
            _ => yes > no,
        };
        return new MotionTally(yes, no, abstain, passed, tie);
    }

    /// <summary>
    /// Top-N by votes. When candidates tie across the last seat (the N-th and the next have the same votes), none of
    /// those tied is elected: the tie is stated and the seat left for a runoff. A candidate with no votes is not elected.
    /// </summary>
    public static ElectionTally Elect(IReadOnlyList<int> candidateIds, int seats, IEnumerable<BallotContent> ballots)
    {
        var votes = candidateIds.ToDictionary(id => id, _ => 0);
        foreach (var id in ballots.SelectMany(b => b.CandidateIds))
        {
            votes[id]++;
        }

        var ranked = votes.Where(v => v.Value > 0).OrderByDescending(v => v.Value).ToList();
        var elected = new HashSet<int>();
        var tied = new HashSet<int>();
        if (ranked.Count <= seats)
        {
            elected.UnionWith(ranked.Select(r => r.Key));
        }
        else
        {
            var lastSeatVotes = ranked[seats - 1].Value;
            var firstOutVotes = ranked[seats].Value;
            if (lastSeatVotes == firstOutVotes)
            {
                elected.UnionWith(ranked.Where(r => r.Value > lastSeatVotes).Select(r => r.Key));
                tied.UnionWith(ranked.Where(r => r.Value == lastSeatVotes).Select(r => r.Key));
            }
            else
            {
                elected.UnionWith(ranked.Take(seats).Select(r => r.Key));
            }
        }

        return new ElectionTally(votes, elected, tied);
    }
}
