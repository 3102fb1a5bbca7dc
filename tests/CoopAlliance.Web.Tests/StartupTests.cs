using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Data;
using CoopAlliance.Infrastructure.Identity;
using CoopAlliance.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Web.Tests;

/// <summary>The Development start: a migrated database with realistic demo co-ops and the three demo logins.</summary>
public sealed class DemoDataTests : WebTest
{
    [Test]
    public async Task TheDevelopmentStartSeedsAbout25CoopsInEveryMembershipStatusWithContacts()
    {
        App.CreateClient().Dispose();

        var coops = await App.WithDbAsync(db => db.Cooperatives.Include(c => c.People).AsNoTracking().ToListAsync());

        Assert.That(coops, Has.Count.InRange(20, 30));
        Assert.That(coops.Select(c => c.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<MembershipStatus>()));
        Assert.That(coops.Select(c => c.Region).Distinct(), Is.EquivalentTo(Enum.GetValues<Region>()));
        Assert.That(coops.Select(c => c.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<CoopKind>()));
        Assert.That(coops.Select(c => c.Sector), Is.SupersetOf(new[] { "Bakery", "Solar installation", "Printing", "Cleaning", "Software",
            "Engineering", "Home care", "Food processing" }));
        Assert.That(coops, Has.All.Matches<Cooperative>(c => c.People.Count(p => p.IsPrimaryContact) == 1));
        Assert.That(coops.Count(c => c.People.Count > 1), Is.GreaterThan(20), "most co-ops have a roster beyond the contact");
        Assert.That(coops.Select(c => c.LegalName), Is.Unique);
    }

    [Test]
    public async Task TheDemoLoginsExistWithTheirRoles()
    {
        App.CreateClient().Dispose();
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var staff = (await users.FindByEmailAsync(AppFactory.StaffEmail))!;
        var rep = (await users.FindByEmailAsync(AppFactory.RepEmail))!;
        var mentor = (await users.FindByEmailAsync(AppFactory.MentorEmail))!;

        Assert.That(await users.GetRolesAsync(staff), Is.EquivalentTo(new[] { Roles.Staff, Roles.Admin }));
        Assert.That(await users.GetRolesAsync(rep), Is.EquivalentTo(new[] { Roles.CoopRep }));
        Assert.That(await users.GetRolesAsync(mentor), Is.EquivalentTo(new[] { Roles.Mentor }));
        var repCoop = await App.WithDbAsync(db => db.Cooperatives.SingleAsync(c => c.Id == rep.CooperativeId));
        Assert.That(repCoop.LegalName, Is.EqualTo("Pioneer Valley Bread Cooperative"));
        Assert.That(repCoop.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(await users.CheckPasswordAsync(mentor, "CoopDemo!2026"), Is.True);
    }

    [Test]
    public async Task TheDemoBenefitsOfficeIsLivedIn()
    {
        App.CreateClient().Dispose();

        var (plans, tiers, participations, pending, enrolled, waived, withDependents, lifeEvents, sealedIds) = await App.WithDbAsync(async db => (
            await db.Plans.Select(p => p.Kind).ToListAsync(),
            (await db.PlanYears.Where(y => y.Plan.Kind == PlanKind.Health).ToListAsync()).First().Rates.Count,
            await db.CoopParticipations.CountAsync(p => p.Status == ParticipationStatus.Approved),
            await db.CoopParticipations.CountAsync(p => p.Status == ParticipationStatus.Requested),
            await db.Elections.CountAsync(e => e.Choice == ElectionChoice.Enroll),
            await db.Elections.CountAsync(e => e.Choice == ElectionChoice.Waive),
            await db.Dependents.CountAsync(),
            await db.LifeEvents.CountAsync(e => e.Status == LifeEventStatus.Pending),
            await db.BenefitMembers.Select(m => m.TaxpayerIdSealed).ToListAsync()));

        Assert.Multiple(() =>
        {
            Assert.That(plans, Is.SupersetOf(new[] { PlanKind.Health, PlanKind.Dental, PlanKind.Retirement }));
            Assert.That(tiers, Is.EqualTo(4));
            Assert.That(participations, Is.GreaterThanOrEqualTo(4));
            Assert.That(pending, Is.EqualTo(1));
            Assert.That(enrolled, Is.GreaterThan(10));
            Assert.That(waived, Is.GreaterThan(0));
            Assert.That(withDependents, Is.GreaterThan(3));
            Assert.That(lifeEvents, Is.EqualTo(1));
            Assert.That(sealedIds, Has.All.Not.Null.And.All.Not.Contains("000-"), "taxpayer ids are sealed at rest");
        });
    }

    [Test]
    public async Task SeedingAgainAddsNothing()
    {
        App.CreateClient().Dispose();
        var before = await App.WithDbAsync(db => db.Cooperatives.CountAsync());

        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }

        Assert.That(await App.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(before));
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == AppFactory.StaffEmail)), Is.EqualTo(1));
    }

    [Test]
    public async Task TheSqliteDatabaseRunsInWalMode()
    {
        App.CreateClient().Dispose();

        var mode = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.That(mode.Single(), Is.EqualTo("wal"));
    }
}

/// <summary>Outside Development: no demo data and no users; the first admin comes from the create-admin command.</summary>
public sealed partial class ProductionStartTests
{
    private AppFactory _app = null!;

    [GeneratedRegex(@"https?://\S+/Account/AcceptInvitation\?\S+")]
    private static partial Regex InvitationLink();

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = new AppFactory("Production");
        _app.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public void StopApp() => _app.Dispose();

    [Test]
    public async Task AProductionStartMigratesButCreatesNoCoopsAndNoUsers()
    {
        Assert.That(await _app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()), Is.Empty);
        Assert.That(await _app.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.Zero);
        Assert.That(await _app.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@demo.coop"))), Is.Zero);
        Assert.That(await _app.WithDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync()), Is.EquivalentTo(Roles.All));
        Assert.That((await _app.CreateClient().GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheDemoLoginsDoNotWorkInProduction()
    {
        var login = await _app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = AppFactory.StaffEmail, password = AppFactory.Password });

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task CreateAdminMakesAnAdminWithoutAPasswordAndALinkToChooseOne()
    {
        const string email = "ada@valley-alliance.coop";
        string link;
        using (var scope = _app.Services.CreateScope())
        {
            link = await scope.ServiceProvider.GetRequiredService<AdminCommand>().CreateAsync(email, "Ada Admin");
        }

        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync(email))!;
            Assert.That(admin.PasswordHash, Is.Null);
            Assert.That(await users.GetRolesAsync(admin), Is.EquivalentTo(new[] { Roles.Staff, Roles.Admin }));
        }

        Assert.That(link, Does.Match(InvitationLink().ToString()));
        await ChoosePasswordAsync(new Uri(link), "Admin-password-2026");
        var client = await _app.ClientForAsync(email, "Admin-password-2026");
        Assert.That((await client.GetAsync("/api/v1/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task CreateAdminRefusesAnEmailThatAlreadyHasALogin()
    {
        const string email = "twice@valley-alliance.coop";
        using var scope = _app.Services.CreateScope();
        var command = scope.ServiceProvider.GetRequiredService<AdminCommand>();
        await command.CreateAsync(email, "Once");

        Assert.ThrowsAsync<InvalidOperationException>(() => command.CreateAsync(email, "Twice"));
    }

    [Test]
    public async Task TheDocumentedCreateAdminCommandLineCreatesTheAdminAndPrintsTheLink()
    {
        const string email = "first.admin@valley-alliance.coop";
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { web, "create-admin", email, "First Admin" },
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Default"] = $"Data Source={_app.DatabasePath}",
                ["Database__Provider"] = "Sqlite",
                ["Jobs__RunServer"] = "false",
                ["Auth__JwtSigningKey"] = "cli-test-signing-key-0123456789-abcdefghijklmnop",
            },
        };
        // The app's data-protection key exists before the command runs, so both read the same key ring from the database.
        Assert.That((await _app.CreateCookieClient().GetAsync("/Account/Login")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Zero, await errors);
        var printed = await output;
        Assert.That(printed, Does.Contain($"Created admin {email}"));
        var link = InvitationLink().Match(printed);
        Assert.That(link.Success, Is.True, printed);
        Assert.That(await _app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync()), Is.Null);
        Assert.That(await _app.WithDbAsync(db => db.Cooperatives.CountAsync()), Is.Zero, "the command seeds nothing");
        await ChoosePasswordAsync(new Uri(link.Value), "First-admin-2026");
        Assert.That((await (await _app.ClientForAsync(email, "First-admin-2026")).GetAsync("/api/v1/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private async Task ChoosePasswordAsync(Uri link, string password)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var response = await Forms.PostAsync(_app.CreateCookieClient(), link.PathAndQuery, new()
        {
            ["Input.Email"] = query["email"]!,
            ["Input.Token"] = query["token"]!,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Your password is set"));
    }
}

/// <summary>The demo logins have a published password: they never exist outside Development, whatever the configuration says.</summary>
public sealed class DemoDataOutsideDevelopmentTests
{
    [Test]
    public void AskingForDemoDataInProductionStopsTheStartWithTheReasonAndCreatesNoDatabase()
    {
        using var app = new AppFactory("Production", new Dictionary<string, string> { ["Database:SeedDemoData"] = "true" });

        var refused = Assert.Catch(() => app.CreateClient().Dispose());

        var messages = string.Join(" | ", Chain(refused!).Select(e => e.Message));
        Assert.That(messages, Does.Contain("Database:SeedDemoData is true but the environment is Production")
            .And.Contain(AppFactory.StaffEmail).And.Contain("only ever seeded in Development"));
        Assert.That(File.Exists(app.DatabasePath), Is.False, "refused before anything is written");
    }

    [Test]
    public async Task TheDemoSeederItselfRefusesOutsideDevelopment()
    {
        using var app = new AppFactory("Production");
        app.CreateClient().Dispose();
        using var scope = app.Services.CreateScope();

        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync());

        Assert.That(refused!.Message, Does.Contain("never seeded in Production"));
        Assert.That(await app.WithDbAsync(db => db.Users.CountAsync()), Is.Zero);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
