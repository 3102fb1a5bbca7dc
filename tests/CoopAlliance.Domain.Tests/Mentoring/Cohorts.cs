using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;

namespace CoopAlliance.Domain.Tests.Mentoring;

/// <summary>Builders for matching tests: hand-made mentors and co-ops, and random cohorts from a seed.</summary>
internal static class Cohorts
{
    private static readonly string[] Sectors = ["Bakery", "Solar installation", "Cleaning", "Software", "Home care", "Printing"];
    private static readonly string[] Languages = ["English", "Spanish", "Portuguese", "Haitian Creole"];

    public static MentorCandidate Mentor(int id, int freeSlots = 1, Region region = Region.WesternMassachusetts, string[]? sectors = null,
        string[]? languages = null, bool available = true, int[]? conflicts = null, int[]? declined = null, params (Skill, SkillLevel)[] skills) =>
        new(id, $"Mentor {id}", skills.Select(s => new MentorSkill(s.Item1, s.Item2)).ToList(), sectors ?? [], languages ?? ["English"],
            region, freeSlots, available, conflicts ?? [], declined ?? []);

    public static CoopCandidate Coop(int id, Region region = Region.WesternMassachusetts, string? sector = null, string? language = "English",
        params (Skill, NeedImportance)[] needs) =>
        new(id, $"Co-op {id}", needs.Select(n => new Need(n.Item1, n.Item2)).ToList(), sector, region, language);

    public static (List<MentorCandidate> Mentors, List<CoopCandidate> Coops) Random(int seed, int mentors, int coops,
        int maxCapacity = 3, double pausedShare = 0.05, double conflictShare = 0.02)
    {
        var random = new Random(seed);
        var skills = Enum.GetValues<Skill>();
        var regions = Enum.GetValues<Region>();
        var coopIds = Enumerable.Range(1, coops).ToArray();
        var mentorList = Enumerable.Range(1, mentors).Select(id => new MentorCandidate(
            id, $"Mentor {id}",
            skills.OrderBy(_ => random.Next()).Take(random.Next(1, 5))
                .Select(s => new MentorSkill(s, (SkillLevel)random.Next(1, 4))).ToList(),
            Sectors.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).ToList(),
            Languages.Take(random.Next(1, 3)).ToList(),
            regions[random.Next(regions.Length)],
            random.Next(0, maxCapacity + 1),
            random.NextDouble() >= pausedShare,
            coopIds.Where(_ => random.NextDouble() < conflictShare).ToList(),
            [])).ToList();
        var coopList = coopIds.Select(id => new CoopCandidate(
            id, $"Co-op {id}",
            skills.OrderBy(_ => random.Next()).Take(random.Next(1, 6))
                .Select(s => new Need(s, (NeedImportance)random.Next(1, 4))).ToList(),
            Sectors[random.Next(Sectors.Length)],
            regions[random.Next(regions.Length)],
            Languages[random.Next(Languages.Length)])).ToList();
        return (mentorList, coopList);
    }

    /// <summary>The best total by trying every placement (tiny cohorts only).</summary>
    public static long BruteForceBest(MatchingProblem problem)
    {
        var left = problem.Capacities.ToArray();
        long Best(int coop)
        {
            if (coop == problem.CoopCount)
            {
                return 0;
            }

            var best = Best(coop + 1); // this co-op unmatched
            for (var j = 0; j < problem.MentorCount; j++)
            {
                var score = problem.Score(coop, j);
                if (score > 0 && left[j] > 0)
                {
                    left[j]--;
                    best = Math.Max(best, score + Best(coop + 1));
                    left[j]++;
                }
            }

            return best;
        }

        return Best(0);
    }
}
