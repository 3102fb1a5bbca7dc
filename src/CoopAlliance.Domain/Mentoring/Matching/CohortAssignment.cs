namespace CoopAlliance.Domain.Mentoring.Matching;

/// <summary>One suggested pair, by index into the problem's co-ops and mentors.</summary>
public readonly record struct AssignedPair(int Coop, int Mentor, int Score);

public sealed record AssignmentResult(IReadOnlyList<AssignedPair> Pairs, long Total);

/// <summary>
/// Whole-cohort assignment: each developing co-op gets at most one mentor, each mentor at most their free
/// slots, and the total score is as high as it can be. A co-op stays unmatched when no mentor can help it.
/// </summary>
public static class CohortAssignment
{
    /// <summary>
    /// The exact optimum, by min-cost flow with successive shortest paths (the Hungarian method generalised to
    /// mentor capacities). Cost of a pair = MaxScore − score; every co-op may instead go to an "unmatched" sink
    /// at cost MaxScore (the same as a score of 0), so minimising total cost maximises total score. Co-ops are
    /// added one at a time; each addition is a Dijkstra search over reduced costs (node potentials keep them
    /// non-negative) from the new co-op to the nearest mentor with a free slot or to the sink, re-routing
    /// already-placed co-ops along the way. After each addition the placement is optimal for the co-ops added
    /// so far, so after the last it is optimal for the cohort. Dense arrays, O(co-ops × mentors) per search
    /// step; a search usually ends after a few steps because a good mentor with room is near.
    /// </summary>
    public static AssignmentResult Exact(MatchingProblem problem)
    {
        var n = problem.CoopCount;
        var m = problem.MentorCount;
        const int max = ScoringRules.MaxScore;
        const int inf = int.MaxValue / 4;
        var sink = m; // the "unmatched" node, with room for everyone
        const int unplaced = -1;

        var mentorPotential = new int[m + 1];
        var coopPotential = new int[n];
        var capacity = problem.Capacities;
        var placed = new int[m][];
        var load = new int[m];
        for (var j = 0; j < m; j++)
        {
            placed[j] = new int[capacity[j]];
        }

        var mentorOf = new int[n];
        Array.Fill(mentorOf, unplaced);

        var mentorDist = new int[m + 1];
        var mentorFrom = new int[m + 1];
        var mentorDone = new bool[m + 1];
        var coopDist = new int[n];
        var doneMentors = new List<int>();
        var doneCoops = new List<int>();
        var waitingCoops = new List<int>(); // reached through a full mentor, not yet settled

        for (var s = 0; s < n; s++)
        {
            Array.Fill(mentorDist, inf);
            Array.Fill(mentorFrom, -1);
            Array.Clear(mentorDone);
            doneMentors.Clear();
            doneCoops.Clear();
            waitingCoops.Clear();

            var current = s;
            coopDist[s] = 0;
            int found;
            while (true)
            {
                // Settle co-op `current`: relax its edges to every mentor it may be matched with, and to the sink.
                doneCoops.Add(current);
                var d = coopDist[current];
                var pc = coopPotential[current];
                var row = problem.Row(current);
                for (var j = 0; j < m; j++)
                {
                    var score = row[j];
                    if (score <= 0 || mentorDone[j])
                    {
                        continue;
                    }

                    var nd = d + (max - score) + pc - mentorPotential[j];
                    if (nd < mentorDist[j])
                    {
                        mentorDist[j] = nd;
                        mentorFrom[j] = current;
                    }
                }

                if (!mentorDone[sink])
                {
                    var toSink = d + max + pc - mentorPotential[sink];
                    if (toSink < mentorDist[sink])
                    {
                        mentorDist[sink] = toSink;
                        mentorFrom[sink] = current;
                    }
                }

                // Settle nodes in order of distance until the next co-op to expand, a mentor with room, or the sink.
                var next = -1;
                found = -1;
                while (next < 0)
                {
                    var bestMentor = -1;
                    var bestDist = inf;
                    for (var j = 0; j <= m; j++)
                    {
                        if (!mentorDone[j] && mentorDist[j] < bestDist)
                        {
                            bestDist = mentorDist[j];
                            bestMentor = j;
                        }
                    }

                    var bestWaiting = -1;
                    for (var w = 0; w < waitingCoops.Count; w++)
                    {
                        if (coopDist[waitingCoops[w]] < bestDist)
                        {
                            bestDist = coopDist[waitingCoops[w]];
                            bestWaiting = w;
                        }
                    }

                    if (bestWaiting >= 0)
                    {
                        next = waitingCoops[bestWaiting];
                        waitingCoops.RemoveAt(bestWaiting);
                        break;
                    }

                    mentorDone[bestMentor] = true;
                    doneMentors.Add(bestMentor);
                    if (bestMentor == sink || load[bestMentor] < capacity[bestMentor])
                    {
                        found = bestMentor;
                        break;
                    }

                    // A full mentor: each of its co-ops could move elsewhere (the edge back to it is tight).
                    var dm = mentorDist[bestMentor];
                    for (var k = 0; k < load[bestMentor]; k++)
                    {
                        var other = placed[bestMentor][k];
                        coopDist[other] = dm - (max - problem.Score(other, bestMentor)) + mentorPotential[bestMentor] - coopPotential[other];
                        waitingCoops.Add(other);
                    }
                }

                if (found >= 0)
                {
                    break;
                }

                current = next;
            }

            // New potentials keep every reduced cost non-negative and the new path tight.
            var dt = mentorDist[found];
            foreach (var j in doneMentors)
            {
                mentorPotential[j] += mentorDist[j] - dt;
            }

            foreach (var i in doneCoops)
            {
                coopPotential[i] += coopDist[i] - dt;
            }

            // Walk the path back from the found node, moving each co-op one step along it.
            var to = found;
            while (true)
            {
                var coop = mentorFrom[to];
                var from = mentorOf[coop];
                mentorOf[coop] = to;
                if (to != sink)
                {
                    placed[to][load[to]++] = coop;
                }

                if (from == unplaced)
                {
                    break;
                }

                var list = placed[from];
                var at = Array.IndexOf(list, coop, 0, load[from]);
                list[at] = list[--load[from]];
                to = from;
            }
        }

        return Collect(problem, mentorOf, sink);
    }

    /// <summary>Greedy for comparison: take the highest-scoring pairs first while both sides have room.</summary>
    public static AssignmentResult Greedy(MatchingProblem problem)
    {
        var n = problem.CoopCount;
        var m = problem.MentorCount;
        // Counting sort by score (scores are small integers), ties in co-op then mentor order.
        var counts = new int[ScoringRules.MaxScore + 2];
        for (var i = 0; i < n; i++)
        {
            foreach (var score in problem.Row(i))
            {
                if (score > 0) counts[score]++;
            }
        }

        var start = new int[counts.Length];
        for (int s = ScoringRules.MaxScore, at = 0; s >= 1; s--)
        {
            start[s] = at;
            at += counts[s];
        }

        var order = new int[counts.Sum()];
        for (var i = 0; i < n; i++)
        {
            var row = problem.Row(i);
            for (var j = 0; j < m; j++)
            {
                if (row[j] > 0) order[start[row[j]]++] = (i * m) + j;
            }
        }

        var left = problem.Capacities.ToArray();
        var mentorOf = new int[n];
        Array.Fill(mentorOf, -1);
        foreach (var pair in order)
        {
            int i = pair / m, j = pair % m;
            if (mentorOf[i] < 0 && left[j] > 0)
            {
                mentorOf[i] = j;
                left[j]--;
            }
        }

        return Collect(problem, mentorOf, -1);
    }

    private static AssignmentResult Collect(MatchingProblem problem, int[] mentorOf, int sink)
    {
        var pairs = new List<AssignedPair>();
        long total = 0;
        for (var i = 0; i < mentorOf.Length; i++)
        {
            var j = mentorOf[i];
            if (j >= 0 && j != sink)
            {
                var score = problem.Score(i, j);
                pairs.Add(new AssignedPair(i, j, score));
                total += score;
            }
        }

        return new AssignmentResult(pairs, total);
    }
}
