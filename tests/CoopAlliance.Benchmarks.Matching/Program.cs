using System.Diagnostics;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;

// Times the whole-cohort assignment on a synthetic cohort: exact (min-cost flow) and greedy, in one run.
//   dotnet run -c Release --project tests/CoopAlliance.Benchmarks.Matching -- [mentors] [coops] [seed]
var mentorCount = args.Length > 0 ? int.Parse(args[0]) : 2000;
var coopCount = args.Length > 1 ? int.Parse(args[1]) : 2000;
var seed = args.Length > 2 ? int.Parse(args[2]) : 2026;

string[] sectors = ["Bakery", "Solar installation", "Printing", "Cleaning", "Software", "Engineering", "Home care", "Food processing",
    "Childcare", "Construction", "Retail", "Restaurant", "Grocery", "Translation", "Landscaping", "Delivery"];
string[] languages = ["English", "Spanish", "Portuguese", "Haitian Creole", "French"];
var skills = Enum.GetValues<Skill>();
var regions = Enum.GetValues<Region>();
var random = new Random(seed);

var mentors = Enumerable.Range(1, mentorCount).Select(id => new MentorCandidate(
    id, $"Mentor {id}",
    skills.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).Select(s => new MentorSkill(s, (SkillLevel)random.Next(1, 4))).ToList(),
    sectors.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList(),
    random.NextDouble() < 0.7 ? ["English"] : ["English", languages[random.Next(1, languages.Length)]],
    regions[random.Next(regions.Length)],
    random.Next(1, 4), // capacity 1–3
    random.NextDouble() >= 0.05, // 5% paused
    random.NextDouble() < 0.1 ? [random.Next(1, coopCount + 1)] : [],
    [])).ToList();
var coops = Enumerable.Range(1, coopCount).Select(id => new CoopCandidate(
    id, $"Co-op {id}",
    skills.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select(s => new Need(s, (NeedImportance)random.Next(1, 4))).ToList(), // 1–5 needs
    sectors[random.Next(sectors.Length)],
    regions[random.Next(regions.Length)],
    random.NextDouble() < 0.75 ? "English" : languages[random.Next(1, languages.Length)])).ToList();

Console.WriteLine($"Synthetic cohort: {mentorCount} mentors (capacity 1–3, {mentors.Sum(m => m.FreeSlots)} slots), " +
                  $"{coopCount} developing co-ops (1–5 needs), seed {seed}");

// Warm up the JIT on a small cohort so the timings are of the algorithms, not of compilation.
var warm = MatchingProblem.Build(mentors.Take(50).ToList(), coops.Take(50).ToList());
CohortAssignment.Exact(warm);
CohortAssignment.Greedy(warm);

var clock = Stopwatch.StartNew();
var problem = MatchingProblem.Build(mentors, coops);
var scoring = clock.Elapsed;

clock.Restart();
var exact = CohortAssignment.Exact(problem);
var exactTime = clock.Elapsed;

clock.Restart();
var greedy = CohortAssignment.Greedy(problem);
var greedyTime = clock.Elapsed;

Console.WriteLine($"scoring  {scoring.TotalMilliseconds,9:F0} ms   {mentorCount * (long)coopCount:N0} pairs");
Console.WriteLine($"exact    {exactTime.TotalMilliseconds,9:F0} ms   total {exact.Total,8:N0}   {exact.Pairs.Count} matched");
Console.WriteLine($"greedy   {greedyTime.TotalMilliseconds,9:F0} ms   total {greedy.Total,8:N0}   {greedy.Pairs.Count} matched");
Console.WriteLine($"exact − greedy = {exact.Total - greedy.Total:N0} points; exact {exactTime.TotalSeconds:F2} s " +
                  $"(target ≤ 2 s: {(exactTime.TotalSeconds <= 2 ? "met" : "MISSED")}), scoring + exact {(scoring + exactTime).TotalSeconds:F2} s");
return exact.Total >= greedy.Total ? 0 : 1;
