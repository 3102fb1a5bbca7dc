using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;
using static CoopAlliance.Domain.Tests.Mentoring.Cohorts;

namespace CoopAlliance.Domain.Tests.Mentoring;

public sealed class PairScoreTests
{
    [Test]
    public void AScoreNamesTheNeedsItCoversAndEachBonus()
    {
        var mentor = Mentor(1, freeSlots: 2, sectors: ["Bakery"], skills:
            [(Skill.LegalAndBylaws, SkillLevel.Expert), (Skill.FinanceAndBookkeeping, SkillLevel.Expert), (Skill.GovernanceAndFacilitation, SkillLevel.Expert)]);
        var coop = Coop(7, sector: "bakery", needs:
            [(Skill.LegalAndBylaws, NeedImportance.Important), (Skill.FinanceAndBookkeeping, NeedImportance.Important),
             (Skill.GovernanceAndFacilitation, NeedImportance.Important), (Skill.Marketing, NeedImportance.Important)]);

        var score = PairScorer.Score(mentor, coop);

        Assert.That(score.IsExcluded, Is.False);
        Assert.That(score.Summary, Does.StartWith("covers 3 of 4 needs: legal & bylaws, finance & bookkeeping, governance & facilitation; same region; same sector"));
        Assert.That(score.Parts.Single(p => p.Factor == ScoringRules.NeedsFactor).Points, Is.EqualTo(45)); // 3 of 4 equal needs at expert level
        Assert.That(score.Points, Is.EqualTo(45 + ScoringRules.SameRegion + ScoringRules.SameSector + ScoringRules.SharedLanguage + 4));
        Assert.That(score.Points, Is.EqualTo(score.Parts.Sum(p => p.Points)));
    }

    [Test]
    public void AnEssentialNeedCountsMoreThanANiceToHaveAndAnExpertMoreThanSomeKnowledge()
    {
        var coop = Coop(1, needs: [(Skill.LegalAndBylaws, NeedImportance.Essential), (Skill.Marketing, NeedImportance.NiceToHave)]);
        var lawyer = PairScorer.Score(Mentor(1, skills: [(Skill.LegalAndBylaws, SkillLevel.Expert)]), coop);
        var marketer = PairScorer.Score(Mentor(2, skills: [(Skill.Marketing, SkillLevel.Expert)]), coop);
        var noviceLawyer = PairScorer.Score(Mentor(3, skills: [(Skill.LegalAndBylaws, SkillLevel.Some)]), coop);

        Assert.That(lawyer.Points, Is.GreaterThan(marketer.Points));
        Assert.That(lawyer.Points, Is.GreaterThan(noviceLawyer.Points));
    }

    [Test]
    public void ConflictsPausedMentorsFullMentorsEarlierDeclinesAndUselessPairsAreExcludedWithAReason()
    {
        var coop = Coop(5, needs: [(Skill.Technology, NeedImportance.Essential)]);
        var tech = (Skill.Technology, SkillLevel.Expert);

        Assert.That(PairScorer.Score(Mentor(1, conflicts: [5], skills: [tech]), coop).ExcludedBecause, Does.Contain("conflict"));
        Assert.That(PairScorer.Score(Mentor(2, available: false, skills: [tech]), coop).ExcludedBecause, Does.Contain("paused"));
        Assert.That(PairScorer.Score(Mentor(3, freeSlots: 0, skills: [tech]), coop).ExcludedBecause, Does.Contain("no room"));
        Assert.That(PairScorer.Score(Mentor(4, declined: [5], skills: [tech]), coop).ExcludedBecause, Does.Contain("declined"));
        Assert.That(PairScorer.Score(Mentor(5, skills: [(Skill.Marketing, SkillLevel.Expert)]), coop).ExcludedBecause, Does.Contain("none of"));
        Assert.That(PairScorer.Score(Mentor(6, skills: [tech]), coop).IsExcluded, Is.False);
    }

    [Test]
    public void TheBulkScoresOfACohortAreTheExplainedScores()
    {
        var (mentors, coops) = Random(seed: 11, mentors: 40, coops: 50);

        var problem = MatchingProblem.Build(mentors, coops);

        for (var i = 0; i < coops.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                var explained = PairScorer.Score(mentors[j], coops[i]);
                Assert.That(problem.Score(i, j), Is.EqualTo(explained.IsExcluded ? 0 : explained.Points), $"co-op {i}, mentor {j}");
            }
        }
    }
}

public sealed class LargeCohortScoringTests
{
    [Test]
    public void ALargeCohortScoredInParallelGetsTheExplainedScores()
    {
        var (mentors, coops) = Random(seed: 23, mentors: 500, coops: 520);

        var problem = MatchingProblem.Build(mentors, coops);

        for (var i = 0; i < coops.Count; i += 13)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                var explained = PairScorer.Score(mentors[j], coops[i]);
                Assert.That(problem.Score(i, j), Is.EqualTo(explained.IsExcluded ? 0 : explained.Points), $"co-op {i}, mentor {j}");
            }
        }
    }
}

public sealed class CohortAssignmentTests
{
    [Test]
    public void TheExactAssignmentBeatsGreedyWhenTheBestSinglePairBlocksABetterWhole()
    {
        // Greedy gives the all-round mentor to the co-op it scores highest with and leaves the other co-op
        // without anyone who knows bylaws; exact gives the bookkeeper the co-op that needs bookkeeping too.
        var allRounder = Mentor(1, sectors: ["Bakery"], skills: [(Skill.LegalAndBylaws, SkillLevel.Expert), (Skill.FinanceAndBookkeeping, SkillLevel.Expert)]);
        var bookkeeper = Mentor(2, skills: [(Skill.FinanceAndBookkeeping, SkillLevel.Expert)]);
        var bakery = Coop(10, sector: "Bakery", needs: [(Skill.LegalAndBylaws, NeedImportance.Essential), (Skill.FinanceAndBookkeeping, NeedImportance.Essential)]);
        var cleaners = Coop(11, sector: "Cleaning", needs: [(Skill.LegalAndBylaws, NeedImportance.Essential)]);
        var problem = MatchingProblem.Build([allRounder, bookkeeper], [bakery, cleaners]);

        var greedy = CohortAssignment.Greedy(problem);
        var exact = CohortAssignment.Exact(problem);

        Assert.That(greedy.Pairs, Is.EqualTo(new[] { new AssignedPair(0, 0, 97) }));
        Assert.That(greedy.Total, Is.EqualTo(97));
        Assert.That(exact.Pairs.OrderBy(p => p.Coop), Is.EqualTo(new[] { new AssignedPair(0, 1, 57), new AssignedPair(1, 0, 87) }));
        Assert.That(exact.Total, Is.EqualTo(144));
    }

    [Test]
    public void TheExactAssignmentUsesAMentorsSecondSlotWhenThatIsBetter()
    {
        // Mentor 1 has two slots: greedy fills them with its two best pairs, stranding co-op 12, which only it can help.
        var both = Mentor(1, freeSlots: 2, skills: [(Skill.Marketing, SkillLevel.Expert), (Skill.Technology, SkillLevel.Expert)]);
        var marketer = Mentor(2, freeSlots: 2, region: Region.SouthernVermont, skills: [(Skill.Marketing, SkillLevel.Some)]);
        var coops = new[]
        {
            Coop(10, needs: [(Skill.Marketing, NeedImportance.Essential)]),
            Coop(11, needs: [(Skill.Marketing, NeedImportance.Essential)]),
            Coop(12, region: Region.SouthernVermont, needs: [(Skill.Technology, NeedImportance.Essential)]),
        };
        var problem = MatchingProblem.Build([both, marketer], coops);

        var greedy = CohortAssignment.Greedy(problem);
        var exact = CohortAssignment.Exact(problem);

        Assert.That(exact.Total, Is.GreaterThan(greedy.Total));
        Assert.That(exact.Total, Is.EqualTo(BruteForceBest(problem)));
        Assert.That(exact.Pairs.Select(p => p.Coop), Does.Contain(2), "the co-op only mentor 1 can help gets mentor 1");
    }

    [Test]
    public void ACoopNoMentorCanHelpStaysUnmatched()
    {
        var problem = MatchingProblem.Build(
            [Mentor(1, freeSlots: 3, skills: [(Skill.Marketing, SkillLevel.Expert)])],
            [Coop(10, needs: [(Skill.Marketing, NeedImportance.Important)]), Coop(11, needs: [(Skill.LegalAndBylaws, NeedImportance.Essential)])]);

        var exact = CohortAssignment.Exact(problem);

        Assert.That(exact.Pairs.Select(p => p.Coop), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void TheExactAssignmentIsTheBestPossibleOnEveryTinyCohort()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var (mentors, coops) = Random(seed, mentors: random.Next(1, 5), coops: random.Next(1, 7), maxCapacity: 3, pausedShare: 0.15, conflictShare: 0.15);
            var problem = MatchingProblem.Build(mentors, coops);

            var exact = CohortAssignment.Exact(problem);

            Assert.That(exact.Total, Is.EqualTo(BruteForceBest(problem)), $"seed {seed}");
            AssertFeasible(problem, mentors, coops, exact);
        }
    }

    [Test]
    public void ExactIsNeverBelowGreedyAndBothRespectCapacitiesConflictsAndPauses()
    {
        var beaten = 0;
        for (var seed = 1; seed <= 30; seed++)
        {
            var (mentors, coops) = Random(seed, mentors: 60, coops: 90, pausedShare: 0.1, conflictShare: 0.05);
            var problem = MatchingProblem.Build(mentors, coops);

            var exact = CohortAssignment.Exact(problem);
            var greedy = CohortAssignment.Greedy(problem);

            Assert.That(exact.Total, Is.GreaterThanOrEqualTo(greedy.Total), $"seed {seed}");
            AssertFeasible(problem, mentors, coops, exact);
            AssertFeasible(problem, mentors, coops, greedy);
            if (exact.Total > greedy.Total) beaten++;
        }

        Assert.That(beaten, Is.GreaterThan(0), "on random cohorts greedy is sometimes worse");
    }

    [Test]
    public void PausedMentorsAreNeverSuggestedEvenWhenTheyWouldBeTheBest()
    {
        var expert = Mentor(1, available: false, freeSlots: 3, sectors: ["Software"], skills: [(Skill.Technology, SkillLevel.Expert)]);
        var novice = Mentor(2, region: Region.Elsewhere, skills: [(Skill.Technology, SkillLevel.Some)]);

        var suggestion = MatchSuggester.Suggest([expert, novice], [Coop(10, sector: "Software", needs: [(Skill.Technology, NeedImportance.Essential)])]);

        Assert.That(suggestion.Pairs.Single().Mentor.Id, Is.EqualTo(2));
    }

    [Test]
    public void TheSuggestionExplainsEachPairAndShowsBothTotals()
    {
        var (mentors, coops) = Random(seed: 5, mentors: 20, coops: 30);

        var suggestion = MatchSuggester.Suggest(mentors, coops);

        Assert.That(suggestion.ExactTotal, Is.EqualTo(suggestion.Pairs.Sum(p => p.Score.Points)));
        Assert.That(suggestion.ExactTotal, Is.GreaterThanOrEqualTo(suggestion.GreedyTotal));
        Assert.That(suggestion.Pairs, Has.All.Matches<SuggestedPair>(p => p.Score.Summary.StartsWith("covers ")));
        Assert.That(suggestion.Pairs.Count + suggestion.Unmatched.Count, Is.EqualTo(coops.Count));
    }

    private static void AssertFeasible(MatchingProblem problem, List<MentorCandidate> mentors, List<CoopCandidate> coops, AssignmentResult result)
    {
        Assert.That(result.Pairs.Select(p => p.Coop).Distinct().Count(), Is.EqualTo(result.Pairs.Count), "a co-op gets at most one mentor");
        foreach (var group in result.Pairs.GroupBy(p => p.Mentor))
        {
            var mentor = mentors[group.Key];
            Assert.That(mentor.IsAvailable, Is.True, "paused mentors get nothing");
            Assert.That(group.Count(), Is.LessThanOrEqualTo(mentor.FreeSlots), "capacity");
            foreach (var pair in group)
            {
                Assert.That(mentor.ConflictCoopIds, Does.Not.Contain(coops[pair.Coop].Id), "conflict");
                Assert.That(pair.Score, Is.EqualTo(problem.Score(pair.Coop, pair.Mentor)).And.GreaterThan(0));
            }
        }

        Assert.That(result.Total, Is.EqualTo(result.Pairs.Sum(p => (long)p.Score)));
    }
}
