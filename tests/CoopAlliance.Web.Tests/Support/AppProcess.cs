using System.Diagnostics;

namespace CoopAlliance.Web.Tests.Support;

/// <summary>
/// Runs <c>dotnet CoopAlliance.Web.dll VERB ...</c> as a real process against a fixture's SQLite database, as an
/// operator would on a server (Production, no migrations, no job server), and returns its exit code and output.
/// </summary>
public static class AppProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string databasePath, string workingDirectory,
        IEnumerable<string> args, params (string Key, string Value)[] settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CoopAlliance.Web.dll"), .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Default"] = $"Data Source={databasePath}";
        start.Environment["Database__MigrateOnStartup"] = "false";
        start.Environment["Jobs__RunServer"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
