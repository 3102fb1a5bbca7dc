namespace CoopAlliance.Domain.Mentoring.Matching;

public sealed record SuggestedPair(MentorCandidate Mentor, CoopCandidate Coop, PairScore Score);

/// <summary>"Suggest matches": the exact assignment, explained pair by pair, beside the greedy total.</summary>
public sealed record CohortSuggestion(
    IReadOnlyList<SuggestedPair> Pairs,
    long ExactTotal,
    long GreedyTotal,
    int GreedyPairCount,
    IReadOnlyList<CoopCandidate> Unmatched);

public static class MatchSuggester
{
    public static CohortSuggestion Suggest(IReadOnlyList<MentorCandidate> mentors, IReadOnlyList<CoopCandidate> coops)
    {
        var problem = MatchingProblem.Build(mentors, coops);
        var exact = CohortAssignment.Exact(problem);
        var greedy = CohortAssignment.Greedy(problem);
        var pairs = exact.Pairs
            .Select(p => new SuggestedPair(mentors[p.Mentor], coops[p.Coop], PairScorer.Score(mentors[p.Mentor], coops[p.Coop])))
            .OrderByDescending(p => p.Score.Points).ThenBy(p => p.Coop.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var matched = exact.Pairs.Select(p => p.Coop).ToHashSet();
        var unmatched = coops.Where((_, i) => !matched.Contains(i)).ToList();
        return new CohortSuggestion(pairs, exact.Total, greedy.Total, greedy.Pairs.Count, unmatched);
    }
}
