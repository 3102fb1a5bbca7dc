using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Mentoring.Matching;

/// <summary>A mentor as matching sees them: what they know, where, and how much room they have.</summary>
public sealed record MentorCandidate(
    int Id,
    string Name,
    IReadOnlyList<MentorSkill> Skills,
    IReadOnlyCollection<string> Sectors,
    IReadOnlyCollection<string> Languages,
    Region Region,
    int FreeSlots,
    bool IsAvailable,
    IReadOnlyCollection<int> ConflictCoopIds,
    IReadOnlyCollection<int> DeclinedCoopIds);

/// <summary>A developing co-op waiting for a mentor, as matching sees it.</summary>
public sealed record CoopCandidate(
    int Id,
    string Name,
    IReadOnlyList<Need> Needs,
    string? Sector,
    Region Region,
    string? Language);

/// <summary>One reason in a pair's score, e.g. ("Region", 15, "same region").</summary>
public sealed record ScorePart(string Factor, int Points, string Explanation);

/// <summary>
/// The score of one mentor × developing co-op pair with its parts. An excluded pair has no points and says why
/// (a conflict, a paused mentor, a full mentor, an earlier decline, or no need the mentor can help with).
/// </summary>
public sealed record PairScore(int MentorId, int CoopId, int Points, IReadOnlyList<ScorePart> Parts, string? ExcludedBecause)
{
    public bool IsExcluded => ExcludedBecause is not null;

    /// <summary>The parts in one line: "covers 3 of 4 needs: legal &amp; bylaws, …; same region; same sector".</summary>
    public string Summary => IsExcluded ? ExcludedBecause! : string.Join("; ", Parts.Where(p => p.Points > 0 || p.Factor == ScoringRules.NeedsFactor).Select(p => p.Explanation));
}

/// <summary>
/// How a pair is scored (0–100 points). Integer points, so totals compare exactly and the assignment is exact.
/// Skill coverage dominates: up to 60 points for covering every need, each need weighted by its importance
/// and by the mentor's level in that skill. Then region (15), sector (10), a shared language (10) and room
/// to take the co-op on (up to 5, so load spreads across mentors when all else is equal).
/// </summary>
public static class ScoringRules
{
    public const int CoverageMax = 60;
    public const int SameRegion = 15;
    public const int SameSector = 10;
    public const int SharedLanguage = 10;
    public const int CapacityMax = 5;
    public const int MaxScore = CoverageMax + SameRegion + SameSector + SharedLanguage + CapacityMax;

    public const string NeedsFactor = "Needs";

    /// <summary>Coverage points: 60 × (Σ importance × level over covered needs) / (Σ importance × expert level), rounded.</summary>
    public static int CoveragePoints(int covered, int possible) =>
        possible == 0 ? 0 : ((2 * CoverageMax * covered) + possible) / (2 * possible);

    /// <summary>Two points per free slot, at most five.</summary>
    public static int CapacityPoints(int freeSlots) => Math.Min(CapacityMax, 2 * Math.Max(0, freeSlots));

    /// <summary>The most a part of the score can give ("Needs" 60, "Region" 15…), to show a part as "15 of 15 points".</summary>
    public static int MaxPoints(string factor) => factor switch
    {
        NeedsFactor => CoverageMax,
        "Region" => SameRegion,
        "Sector" => SameSector,
        "Language" => SharedLanguage,
        "Capacity" => CapacityMax,
        _ => MaxScore,
    };

    public static bool SameText(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) &&
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Scores one pair and explains it. <see cref="MatchingProblem"/> computes the same points in bulk.</summary>
public static class PairScorer
{
    public static PairScore Score(MentorCandidate mentor, CoopCandidate coop)
    {
        var excluded = ExclusionOf(mentor, coop);
        if (excluded is not null)
        {
            return new PairScore(mentor.Id, coop.Id, 0, [], excluded);
        }

        var levels = mentor.Skills.GroupBy(s => s.Skill).ToDictionary(g => g.Key, g => (int)g.Max(s => s.Level));
        int covered = 0, possible = 0;
        var coveredNames = new List<string>();
        foreach (var need in coop.Needs)
        {
            possible += (int)need.Importance * (int)SkillLevel.Expert;
            if (levels.TryGetValue(need.Skill, out var level))
            {
                covered += (int)need.Importance * level;
                coveredNames.Add(need.Skill.Describe());
            }
        }

        if (coop.Needs.Count > 0 && coveredNames.Count == 0)
        {
            return new PairScore(mentor.Id, coop.Id, 0, [], "covers none of the co-op's needs");
        }

        var parts = new List<ScorePart>();
        if (coop.Needs.Count > 0)
        {
            parts.Add(new ScorePart(ScoringRules.NeedsFactor, ScoringRules.CoveragePoints(covered, possible),
                $"covers {coveredNames.Count} of {coop.Needs.Count} needs: {string.Join(", ", coveredNames)}"));
        }
        else
        {
            parts.Add(new ScorePart(ScoringRules.NeedsFactor, 0, "the co-op has not listed its needs yet"));
        }

        parts.Add(mentor.Region == coop.Region
            ? new ScorePart("Region", ScoringRules.SameRegion, "same region")
            : new ScorePart("Region", 0, "different region"));
        parts.Add(mentor.Sectors.Any(s => ScoringRules.SameText(s, coop.Sector))
            ? new ScorePart("Sector", ScoringRules.SameSector, "same sector")
            : new ScorePart("Sector", 0, "other sectors"));
        parts.Add(mentor.Languages.Any(l => ScoringRules.SameText(l, coop.Language))
            ? new ScorePart("Language", ScoringRules.SharedLanguage, $"speaks {coop.Language!.Trim()}")
            : new ScorePart("Language", 0, "no shared language listed"));
        var room = ScoringRules.CapacityPoints(mentor.FreeSlots);
        parts.Add(new ScorePart("Capacity", room, $"room for {mentor.FreeSlots} more"));
        return new PairScore(mentor.Id, coop.Id, parts.Sum(p => p.Points), parts, null);
    }

    private static string? ExclusionOf(MentorCandidate mentor, CoopCandidate coop)
    {
        if (!mentor.IsAvailable)
        {
            return "the mentor is paused";
        }

        if (mentor.ConflictCoopIds.Contains(coop.Id))
        {
            return "the mentor has a conflict with this co-op";
        }

        if (mentor.DeclinedCoopIds.Contains(coop.Id))
        {
            return "the mentor declined this co-op before";
        }

        return mentor.FreeSlots <= 0 ? "the mentor has no room for another co-op" : null;
    }
}
