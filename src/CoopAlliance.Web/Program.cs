using CoopAlliance.Application;
using CoopAlliance.Infrastructure;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Jobs;
using CoopAlliance.Web;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Infrastructure;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

// The composition root: the only place the web layer touches Infrastructure.
var builder = WebApplication.CreateBuilder(args);
// seed-scale builds a NEW database file: the app is pointed at it before anything is registered (see SeedScaleCommand).
var seedScale = args is ["seed-scale", ..] ? SeedScaleOptions.Parse(args) : null;
if (seedScale is not null)
{
    builder.Configuration.AddInMemoryCollection(seedScale.Settings());
}

builder.Services.AddApplication(builder.Configuration["AutoMapper:LicenseKey"]);
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
// Throws outside Development when Database:SeedDemoData asks for the demo logins: they have a published password.
var seedDemoData = DemoData.ShouldSeed(app.Environment, database);

if (seedScale is not null)
{
    if (File.Exists(seedScale.DatabasePath) && !seedScale.Force)
    {
        Console.Error.WriteLine($"{seedScale.DatabasePath} exists; seed-scale writes a new database (add --force to replace it).");
        Environment.ExitCode = 1;
        return;
    }

    foreach (var suffix in new[] { "", "-wal", "-shm" })
    {
        File.Delete(seedScale.DatabasePath + suffix);
    }

    Directory.CreateDirectory(Path.GetDirectoryName(seedScale.DatabasePath)!);
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
    Console.WriteLine(await scope.ServiceProvider.GetRequiredService<SeedScaleCommand>().RunAsync(seedScale, Console.WriteLine));
    return;
}

if (args.Length >= 2 && args[0] == "create-admin")
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
    var link = await scope.ServiceProvider.GetRequiredService<AdminCommand>().CreateAsync(args[1], args.Length > 2 ? args[2] : args[1]);
    Console.WriteLine($"Created admin {args[1]}. Open this link (valid 7 days) to choose the password:\n{link}");
    return;
}

if (args.Length >= 2 && args[0] == "dues-run")
{
    using var scope = app.Services.CreateScope();
    if (database.MigrateOnStartup)
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
    }

    var run = await scope.ServiceProvider.GetRequiredService<DuesRunCommand>().RunAsync(args[1]);
    Console.WriteLine($"Dues run {run.PeriodKey} (#{run.Id}): {run.Status}; {run.Created} invoices issued, {run.Skipped} skipped, {run.Errors} errors.");
    return;
}

// backup FILE | restore FILE [--force]: the embedded database, while the app runs or not (see BackupCommand).
if (args.Length >= 2 && args[0] is "backup" or "restore")
{
    using var scope = app.Services.CreateScope();
    var backups = scope.ServiceProvider.GetRequiredService<BackupCommand>();
    try
    {
        if (args[0] == "backup")
        {
            Console.WriteLine($"Backed up {backups.DatabaseFile} to {await backups.BackupAsync(args[1])}.");
        }
        else
        {
            await backups.RestoreAsync(args[1], force: args.Contains("--force"));
            Console.WriteLine($"Restored {backups.DatabaseFile} from {Path.GetFullPath(args[1])}.");
        }
    }
    catch (BackupException ex)
    {
        Console.Error.WriteLine(ex.Message);
        Environment.ExitCode = 1;
    }

    return;
}

using (var scope = app.Services.CreateScope())
{
    if (database.MigrateOnStartup)
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().MigrateAsync();
    }

    if (seedDemoData)
    {
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
    }
}

// Behind a TLS-terminating proxy: believe X-Forwarded-For/-Proto from the configured proxies only (ForwardedHeaders).
app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseExceptionHandler("/Error");
// The API answers errors as problem+json; pages show a readable page in the site's layout.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), site => site.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
// After sign-in is known: a signed-in person's profile language is one of the choices (LanguageChoice).
app.UseRequestLocalization();
app.UseAuthorization();

app.MapRazorPages();
app.MapApi();
app.MapMedia();
app.MapPublicFeeds();
app.MapOpenApi().AllowAnonymous();
app.UseSwaggerUI(o =>
{
    o.SwaggerEndpoint("/openapi/v1.json", "CoopAlliance API v1");
    o.RoutePrefix = "api/docs";
});
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new StaffDashboardAuthorization()], AppPath = "/Staff" });

JobSchedule.Register(app.Services);

app.Lifetime.ApplicationStarted.Register(() =>
{
    var urls = string.Join(", ", app.Urls);
    Console.WriteLine($"CoopAlliance is running at {urls} ({app.Environment.EnvironmentName}, {database.Provider}).");
    if (seedDemoData)
    {
        Console.WriteLine($"Demo logins (password {DemoData.Password}): {DemoData.StaffEmail} (staff, admin), " +
                          $"{DemoData.RepEmail} (rep of {DemoData.RepCoop}), {DemoData.MentorEmail} (mentor), " +
                          $"{DemoData.StartupRepEmail} (rep of {DemoData.StartupRepCoop}, a developing co-op).");
    }
});

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
