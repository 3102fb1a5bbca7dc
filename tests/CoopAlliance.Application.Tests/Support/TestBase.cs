using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Support;

/// <summary>
/// Each test starts from an empty, migrated SQLite database, the clock at <see cref="TestClock.Default"/> and a
/// staff caller. Requests go through the real MediatR pipeline, each in its own scope (like one HTTP request).
/// </summary>
public abstract class TestBase
{
    public const int StaffUserId = 9001;
    public const int MentorUserId = 9003;

    protected static TestClock Clock => Testing.Clock;

    [SetUp]
    public void ResetState()
    {
        Testing.ResetDatabase();
        Clock.UtcNow = TestClock.Default;
        RecordingEmailSender.Reset();
        TestInvoiceRunPause.AfterBatch = null;
        TestImportPause.AfterBatch = null;
        RunAsStaff();
    }

    protected static void RunAsStaff(bool admin = true) =>
        TestPrincipalAccessor.Current = admin
            ? TestPrincipalAccessor.For(StaffUserId, "Sam Staff", null, Roles.Staff, Roles.Admin)
            : TestPrincipalAccessor.For(StaffUserId + 10, "Sky Staff", null, Roles.Staff);

    protected static void RunAsRep(int coopId, int userId = 9002) =>
        TestPrincipalAccessor.Current = TestPrincipalAccessor.For(userId, "Rita Rep", coopId, Roles.CoopRep);

    protected static void RunAsMentor(int userId = MentorUserId) =>
        TestPrincipalAccessor.Current = TestPrincipalAccessor.For(userId, "Morgan Mentor", null, Roles.Mentor);

    protected static void RunAs(int userId, string name, int? coopId, params string[] roles) =>
        TestPrincipalAccessor.Current = TestPrincipalAccessor.For(userId, name, coopId, roles);

    protected static void RunAnonymously() => TestPrincipalAccessor.Current = null;

    /// <summary>Sends a request through the whole pipeline in a new scope, as the current caller.</summary>
    protected static async Task<T> SendAsync<T>(IRequest<T> request)
    {
        using var scope = Testing.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Sends a request as a scheduled job does (the system caller).</summary>
    protected static async Task<T> SendAsSystemAsync<T>(IRequest<T> request)
    {
        using var scope = Testing.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads or arranges data directly (no pipeline, no audit).</summary>
    protected static async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Testing.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Uses an application or infrastructure service (e.g. <c>IAuthService</c>) in its own scope, as the current caller.</summary>
    protected static async Task<TResult> WithServiceAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        using var scope = Testing.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected static Task WithDbAsync(Func<AppDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return 0;
        });

    protected static Task<T?> FindAsync<T>(params object[] keys) where T : class =>
        WithDbAsync(db => db.FindAsync<T>(keys).AsTask());

    protected static Task<int> CountAsync<T>() where T : class => WithDbAsync(db => db.Set<T>().CountAsync());

    protected static async Task<T> AddAsync<T>(T entity) where T : class
    {
        await WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity;
    }

    /// <summary>An active member co-op registered directly, with a primary contact; returns its id.</summary>
    protected static async Task<int> AddActiveCoopAsync(string legalName = "Pioneer Valley Bread Cooperative", int workerOwners = 10,
        Region region = Region.WesternMassachusetts, DateOnly? memberSince = null, MembershipStatus status = MembershipStatus.Active)
    {
        var profile = new CoopProfile(legalName, null, CoopKind.WorkerCoop, "Bakery", "12 Main St", "Northampton", "MA", "01060",
            region, new DateOnly(2009, 5, 1), workerOwners, 2, RevenueBand.From500KTo1M, "https://example.coop",
            "info@example.coop", "413-555-0100", "Bread baked by its worker-owners.");
        var coop = Cooperative.Register(profile, status, memberSince ?? new DateOnly(2020, 1, 15), Actor.System, Clock.GetUtcNow());
        coop.AddPerson(new PersonDetails("Maria Alvarez", "Member coordinator", "maria@example.coop", "413-555-0101", true,
            new DateOnly(2015, 3, 1), true));
        await AddAsync(coop);
        return coop.Id;
    }

    /// <summary>An applicant, as the public form creates one; returns its id.</summary>
    protected static async Task<int> AddApplicantAsync(string legalName = "Deerfield Valley Cafe Cooperative")
    {
        var profile = new CoopProfile(legalName, null, CoopKind.WorkerCoop, "Restaurant", "31 Main St", "Wilmington", "VT", "05363",
            Region.SouthernVermont, new DateOnly(2021, 4, 1), 6, 3, RevenueBand.From100KTo500K, null, "hello@cafe.coop",
            "802-555-0100", "Breakfast and lunch.");
        var coop = Cooperative.Apply(profile, new PersonDetails("Ezra Chen", "Founder", "ezra@cafe.coop", null, true, null, true),
            Clock.GetUtcNow(), "We would like to join.");
        await AddAsync(coop);
        return coop.Id;
    }
}
