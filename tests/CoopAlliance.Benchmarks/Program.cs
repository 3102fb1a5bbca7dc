using CoopAlliance.Benchmarks;

// scripts/bench.sh <subcommand> [options]; each subcommand is one class with a RunAsync(string[] args).
var subcommands = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["dues"] = DuesBenchmark.RunAsync,
    ["benefits"] = BenefitsBenchmark.RunAsync,
    ["directory"] = DirectoryBenchmark.RunAsync,
    ["import"] = ImportBenchmark.RunAsync,
    ["web"] = WebBenchmark.RunAsync,
};

if (args.Length == 0 || !subcommands.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: scripts/bench.sh <{string.Join("|", subcommands.Keys)}> [options]");
    return 2;
}

return await run(args[1..]);
