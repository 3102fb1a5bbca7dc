using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring.Matching;
using MediatR;

namespace CoopAlliance.Application.Mentoring;

public sealed record ScorePartDto(string Factor, int Points, string Explanation);

public sealed record SuggestionDto(int MentorId, string MentorName, int DevelopingCoopId, string DevelopingCoopName, int Score,
    string Summary, IReadOnlyList<ScorePartDto> Parts);

public sealed record UnmatchedCoopDto(int DevelopingCoopId, string Name, string Reason);

/// <summary>
/// "Suggest matches": the whole-cohort assignment with the highest total score (exact), each pair with its
/// explanation, and the greedy result's total beside it. Nothing is stored: suggestions stay proposals until
/// staff publish them.
/// </summary>
public sealed record SuggestionsResult(IReadOnlyList<SuggestionDto> Suggestions, long ExactTotal, long GreedyTotal, int GreedyPairs,
    IReadOnlyList<UnmatchedCoopDto> Unmatched, int MentorsWithRoom, int CoopsWaiting);

[Authorize(Roles.Staff)]
public sealed record GetSuggestions : IRequest<SuggestionsResult>;

public sealed class GetSuggestionsHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetSuggestions, SuggestionsResult>
{
    public async Task<SuggestionsResult> Handle(GetSuggestions request, CancellationToken cancellationToken)
    {
        var (mentors, coops) = await MatchingCohort.LoadAsync(db, clock.Today, cancellationToken);
        var suggestion = MatchSuggester.Suggest(mentors, coops);
        return new SuggestionsResult(
            suggestion.Pairs.Select(ToDto).ToList(),
            suggestion.ExactTotal,
            suggestion.GreedyTotal,
            suggestion.GreedyPairCount,
            suggestion.Unmatched.Select(c => new UnmatchedCoopDto(c.Id, c.Name, WhyUnmatched(c, mentors))).ToList(),
            mentors.Count(m => m.IsAvailable && m.FreeSlots > 0),
            coops.Count);
    }

    internal static SuggestionDto ToDto(SuggestedPair p) =>
        new(p.Mentor.Id, p.Mentor.Name, p.Coop.Id, p.Coop.Name, p.Score.Points, p.Score.Summary,
            p.Score.Parts.Select(x => new ScorePartDto(x.Factor, x.Points, x.Explanation)).ToList());

    private static string WhyUnmatched(CoopCandidate coop, List<MentorCandidate> mentors) =>
        mentors.Any(m => !PairScorer.Score(m, coop).IsExcluded)
            ? "Every mentor who could help is suggested for co-ops they help more."
            : "No available mentor with room covers any of its needs.";
}
