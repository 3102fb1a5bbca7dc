namespace CoopAlliance.Domain.Mentoring.Matching;

/// <summary>
/// A cohort compiled for assignment: the score of every developing co-op × mentor pair in one flat array
/// (0 = the pair may not or should not be matched) and each mentor's free slots. Computing 4 million pairs
/// goes through arrays and interned ids rather than <see cref="PairScorer"/>'s explanations; a test keeps
/// the two in agreement.
/// </summary>
public sealed class MatchingProblem
{
    private readonly int[] _scores;

    private MatchingProblem(IReadOnlyList<MentorCandidate> mentors, IReadOnlyList<CoopCandidate> coops, int[] scores, int[] capacities)
    {
        Mentors = mentors;
        Coops = coops;
        _scores = scores;
        Capacities = capacities;
    }

    public IReadOnlyList<MentorCandidate> Mentors { get; }
    public IReadOnlyList<CoopCandidate> Coops { get; }
    /// <summary>How many more co-ops each mentor (by index) can take.</summary>
    public IReadOnlyList<int> Capacities { get; }
    public int CoopCount => Coops.Count;
    public int MentorCount => Mentors.Count;

    /// <summary>Points of co-op <paramref name="coop"/> with mentor <paramref name="mentor"/> (indexes); 0 when excluded.</summary>
    public int Score(int coop, int mentor) => _scores[(coop * Mentors.Count) + mentor];

    internal ReadOnlySpan<int> Row(int coop) => _scores.AsSpan(coop * Mentors.Count, Mentors.Count);

    public static MatchingProblem Build(IReadOnlyList<MentorCandidate> mentors, IReadOnlyList<CoopCandidate> coops)
    {
        const int skillSlots = 16;
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int Intern(string? word) =>
            string.IsNullOrWhiteSpace(word) ? -1 : words.TryGetValue(word.Trim(), out var id) ? id : words[word.Trim()] = words.Count;

        var coopIndex = new Dictionary<int, int>();
        for (var i = 0; i < coops.Count; i++)
        {
            coopIndex.TryAdd(coops[i].Id, i);
        }

        var m = mentors.Count;
        var levels = new int[m * skillSlots];
        var sectors = new int[m][];
        var languages = new int[m][];
        var capacities = new int[m];
        var regions = new int[m];
        var blocked = new List<(int Coop, int Mentor)>();
        for (var j = 0; j < m; j++)
        {
            var mentor = mentors[j];
            foreach (var skill in mentor.Skills)
            {
                ref var level = ref levels[(j * skillSlots) + (int)skill.Skill];
                level = Math.Max(level, (int)skill.Level);
            }

            sectors[j] = mentor.Sectors.Select(Intern).Where(x => x >= 0).ToArray();
            languages[j] = mentor.Languages.Select(Intern).Where(x => x >= 0).ToArray();
            regions[j] = (int)mentor.Region;
            capacities[j] = mentor.IsAvailable ? Math.Max(0, mentor.FreeSlots) : 0;
            foreach (var id in mentor.ConflictCoopIds.Concat(mentor.DeclinedCoopIds))
            {
                if (coopIndex.TryGetValue(id, out var i))
                {
                    blocked.Add((i, j));
                }
            }
        }

        // Intern every co-op's words first, so the rows below only read shared state and can run in parallel.
        var coopWords = coops.Select(c => (Sector: Intern(c.Sector), Language: Intern(c.Language))).ToArray();
        var scores = new int[coops.Count * m];
        void ScoreRow(int i)
        {
            var coop = coops[i];
            var needSkills = coop.Needs.Select(n => (int)n.Skill).ToArray();
            var needWeights = coop.Needs.Select(n => (int)n.Importance).ToArray();
            var possible = needWeights.Sum() * (int)SkillLevel.Expert;
            var region = (int)coop.Region;
            var (sector, language) = coopWords[i];
            var row = scores.AsSpan(i * m, m);
            for (var j = 0; j < m; j++)
            {
                if (capacities[j] == 0)
                {
                    continue;
                }

                int covered = 0, coveredCount = 0;
                var skillBase = j * skillSlots;
                for (var k = 0; k < needSkills.Length; k++)
                {
                    var level = levels[skillBase + needSkills[k]];
                    if (level > 0)
                    {
                        covered += needWeights[k] * level;
                        coveredCount++;
                    }
                }

                if (needSkills.Length > 0 && coveredCount == 0)
                {
                    continue;
                }

                var points = ScoringRules.CoveragePoints(covered, possible) + ScoringRules.CapacityPoints(capacities[j]);
                if (regions[j] == region) points += ScoringRules.SameRegion;
                if (sector >= 0 && Array.IndexOf(sectors[j], sector) >= 0) points += ScoringRules.SameSector;
                if (language >= 0 && Array.IndexOf(languages[j], language) >= 0) points += ScoringRules.SharedLanguage;
                row[j] = points;
            }
        }

        // Rows are independent: a large cohort is scored on every core (the result is the same either way).
        if ((long)coops.Count * m >= 250_000)
        {
            Parallel.For(0, coops.Count, ScoreRow);
        }
        else
        {
            for (var i = 0; i < coops.Count; i++)
            {
                ScoreRow(i);
            }
        }

        // Conflicts and earlier declines: a few pairs, cleared after the fact rather than looked up 4 million times.
        foreach (var (i, j) in blocked)
        {
            scores[(i * m) + j] = 0;
        }

        return new MatchingProblem(mentors, coops, scores, capacities);
    }
}
