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
        // The process runs from a scratch folder, without the app's appsettings.json: give it the payment details
        // statements print (an operator's server has them in its appsettings or environment).
        start.Environment["Alliance__Payments__PayableTo"] = "Valley Alliance of Worker Co-operatives";
        start.Environment["Alliance__Payments__MailingAddress"] = "85 Main Street, Northampton, MA 01060";
        start.Environment["Alliance__Payments__Phone"] = "(413) 555-0142";
        start.Environment["Alliance__Payments__Email"] = "dues@valley-alliance.coop";
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
