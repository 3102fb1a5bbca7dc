using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// Plausible Western Massachusetts and Southern Vermont worker co-ops, in every membership status, with
/// rosters and the demo logins. Development only; runs once (when there are no co-ops yet).
/// </summary>
public sealed partial class DemoData(AppDbContext db, UserManager<AppUser> users, AllianceClock clock, IHostEnvironment environment, ISensitiveData sensitive,
    Application.Common.Interfaces.IImageProcessor images)
{
    public const string Password = "CoopDemo!2026";
    public const string StaffEmail = "staff@demo.coop";
    public const string RepEmail = "rep@demo.coop";
    public const string MentorEmail = "mentor@demo.coop";
    /// <summary>The active co-op rep@demo.coop represents.</summary>
    public const string RepCoop = "Pioneer Valley Bread Cooperative";
    /// <summary>A rep of a developing co-op (a start-up group with an active mentor), not of a member co-op.</summary>
    public const string StartupRepEmail = "startup@demo.coop";
    /// <summary>The developing co-op startup@demo.coop represents.</summary>
    public const string StartupRepCoop = "Florence Community Bakery Project";

    private sealed record Seed(string Legal, string? Trade, string Sector, CoopKind Kind, string Street, string Town, string State,
        string Zip, Region Region, int Founded, int Owners, int Others, RevenueBand Band, MembershipStatus Status, string Description);

    private static readonly Seed[] Coops =
    [
        new("Pioneer Valley Bread Cooperative", "Pioneer Valley Bread", "Bakery", CoopKind.WorkerCoop, "12 Main St", "Northampton", "MA", "01060", Region.WesternMassachusetts, 2009, 14, 3, RevenueBand.From500KTo1M, MembershipStatus.Active, "Naturally leavened bread and pastries, baked daily by its worker-owners."),
        new("Sunrise Solar Installers Cooperative, Inc.", "Sunrise Solar", "Solar installation", CoopKind.WorkerCoop, "40 Industrial Dr", "Greenfield", "MA", "01301", Region.WesternMassachusetts, 2012, 22, 6, RevenueBand.From1MTo5M, MembershipStatus.Active, "Residential and community solar design and installation."),
        new("Quill & Press Printing Cooperative", "Quill & Press", "Printing", CoopKind.WorkerCoop, "5 Mill St", "Easthampton", "MA", "01027", Region.WesternMassachusetts, 1998, 8, 1, RevenueBand.From500KTo1M, MembershipStatus.Active, "Union print shop for posters, books and zines."),
        new("Clean Sweep Cleaning Cooperative", "Clean Sweep", "Cleaning", CoopKind.WorkerCoop, "88 Elm St", "Holyoke", "MA", "01040", Region.WesternMassachusetts, 2016, 11, 0, RevenueBand.From100KTo500K, MembershipStatus.Active, "Green commercial and residential cleaning, bilingual crews."),
        new("Kestrel Software Cooperative", "Kestrel", "Software", CoopKind.WorkerCoop, "1 Roundhouse Plaza", "Northampton", "MA", "01060", Region.WesternMassachusetts, 2014, 9, 2, RevenueBand.From1MTo5M, MembershipStatus.Active, "Web and data systems for non-profits and co-ops."),
        new("Green Mountain Engineering Cooperative", "GMEC", "Engineering", CoopKind.WorkerCoop, "22 Elliot St", "Brattleboro", "VT", "05301", Region.SouthernVermont, 2005, 12, 4, RevenueBand.From1MTo5M, MembershipStatus.Active, "Civil and environmental engineering for small towns."),
        new("Caring Hands Home Care Cooperative", "Caring Hands", "Home care", CoopKind.WorkerCoop, "301 Pleasant St", "Springfield", "MA", "01105", Region.WesternMassachusetts, 2017, 35, 5, RevenueBand.From1MTo5M, MembershipStatus.Active, "Home care aides who own their agency."),
        new("Valley Roots Food Processing Cooperative", "Valley Roots", "Food processing", CoopKind.WorkerCoop, "9 Canal St", "Turners Falls", "MA", "01376", Region.WesternMassachusetts, 2011, 7, 3, RevenueBand.From500KTo1M, MembershipStatus.Active, "Pickles, krauts and frozen vegetables from local farms."),
        new("Brattleboro Bicycle Collective", null, "Retail", CoopKind.WorkerCoop, "14 Flat St", "Brattleboro", "VT", "05301", Region.SouthernVermont, 2010, 5, 2, RevenueBand.From100KTo500K, MembershipStatus.Active, "Bicycle sales, repair and classes."),
        new("Riverbend Childcare Cooperative", "Riverbend", "Childcare", CoopKind.WorkerCoop, "77 River Rd", "Amherst", "MA", "01002", Region.WesternMassachusetts, 2015, 10, 1, RevenueBand.From500KTo1M, MembershipStatus.Active, "Play-based early education."),
        new("Toolbox Carpentry Cooperative", "Toolbox", "Construction", CoopKind.WorkerCoop, "3 Depot St", "Shelburne Falls", "MA", "01370", Region.WesternMassachusetts, 2008, 6, 0, RevenueBand.From500KTo1M, MembershipStatus.Active, "Renovation, timber framing and accessibility retrofits."),
        new("Windham Fiber Arts Workers", null, "Textiles", CoopKind.DemocraticWorkplace, "2 Putney Rd", "Putney", "VT", "05346", Region.SouthernVermont, 2013, 4, 2, RevenueBand.From100KTo500K, MembershipStatus.Active, "Hand-dyed yarn and a community fiber studio."),
        new("Berkshire Bookkeeping Collective", null, "Bookkeeping", CoopKind.WorkerCoop, "18 North St", "Pittsfield", "MA", "01201", Region.WesternMassachusetts, 2019, 5, 0, RevenueBand.Under100K, MembershipStatus.Active, "Bookkeeping and payroll for small businesses and co-ops."),
        new("Hilltown Brewing Workers Cooperative", "Hilltown Brewing", "Brewery", CoopKind.WorkerCoop, "6 Main Rd", "Chesterfield", "MA", "01012", Region.WesternMassachusetts, 2018, 6, 4, RevenueBand.From500KTo1M, MembershipStatus.Lapsed, "Farmhouse ales from hilltown grain."),
        new("Connecticut River Couriers", null, "Delivery", CoopKind.WorkerCoop, "120 Federal St", "Greenfield", "MA", "01301", Region.WesternMassachusetts, 2020, 9, 0, RevenueBand.From100KTo500K, MembershipStatus.Lapsed, "Bike and e-cargo delivery."),
        new("Mount Tom Landscaping Cooperative", null, "Landscaping", CoopKind.WorkerCoop, "45 Northampton St", "Easthampton", "MA", "01027", Region.WesternMassachusetts, 2007, 8, 6, RevenueBand.From500KTo1M, MembershipStatus.Suspended, "Landscape design and maintenance."),
        new("Deerfield Valley Cafe Cooperative", "Deerfield Valley Cafe", "Restaurant", CoopKind.WorkerCoop, "31 Main St", "Wilmington", "VT", "05363", Region.SouthernVermont, 2021, 6, 3, RevenueBand.From100KTo500K, MembershipStatus.Applicant, "Breakfast and lunch with Vermont ingredients."),
        new("Holyoke Translation Cooperative", "Lenguas Unidas", "Translation", CoopKind.WorkerCoop, "200 High St", "Holyoke", "MA", "01040", Region.WesternMassachusetts, 2022, 5, 0, RevenueBand.Under100K, MembershipStatus.Applicant, "Spanish, Portuguese and Haitian Creole interpretation and translation."),
        new("Amherst Tech Repair Workers Cooperative", null, "Electronics repair", CoopKind.ConversionInProgress, "55 University Dr", "Amherst", "MA", "01002", Region.WesternMassachusetts, 1995, 4, 2, RevenueBand.From100KTo500K, MembershipStatus.UnderReview, "A family repair shop converting to worker ownership as its founder retires."),
        new("Bellows Falls Grocery Workers", null, "Grocery", CoopKind.DemocraticWorkplace, "10 Rockingham St", "Bellows Falls", "VT", "05101", Region.SouthernVermont, 2023, 12, 8, RevenueBand.From1MTo5M, MembershipStatus.UnderReview, "A neighborhood grocery run by its staff."),
        new("Seedling Web Design Cooperative", "Seedling", "Web design", CoopKind.StartupInDevelopment, "1 Kendall St", "Florence", "MA", "01062", Region.WesternMassachusetts, 2025, 3, 0, RevenueBand.Under100K, MembershipStatus.UnderReview, "Accessible websites for small organizations."),
        new("Old Mill Furniture Cooperative", null, "Furniture", CoopKind.WorkerCoop, "8 Mill Pond Rd", "Ware", "MA", "01082", Region.WesternMassachusetts, 2000, 5, 0, RevenueBand.From100KTo500K, MembershipStatus.Withdrawn, "Hardwood furniture; closed its shop in 2025."),
        new("Quabbin Farm Crew Cooperative", null, "Agriculture", CoopKind.WorkerCoop, "150 Petersham Rd", "Athol", "MA", "01331", Region.WesternMassachusetts, 2024, 4, 0, RevenueBand.Under100K, MembershipStatus.Declined, "Seasonal farm labor crew."),
        new("Northeast Organizing Collective", null, "Consulting", CoopKind.WorkerCoop, "900 Main St", "Hartford", "CT", "06103", Region.Elsewhere, 2012, 6, 1, RevenueBand.From500KTo1M, MembershipStatus.Active, "Facilitation and organizational development for social movements."),
        new("Rockingham Solar Cooperative", null, "Solar installation", CoopKind.StartupInDevelopment, "3 Westminster St", "Bellows Falls", "VT", "05101", Region.SouthernVermont, 2026, 3, 0, RevenueBand.Unknown, MembershipStatus.Applicant, ""),
    ];

    private static readonly string[] FirstNames = ["Maria", "James", "Aisha", "Tomás", "Keisha", "Liam", "Rosa", "Dev", "Hannah", "Malik", "Sofia", "Ezra", "Nadia", "Owen", "Yuki", "Carmen"];
    private static readonly string[] LastNames = ["Alvarez", "Nguyen", "O'Brien", "Santos", "Kowalski", "Baptiste", "Greenberg", "Okafor", "Rivera", "Chen", "Murphy", "Silva"];
    private static readonly string[] Roles_ = ["Bookkeeper", "Production lead", "Member coordinator", "Board member", "Crew lead", "Outreach"];

    /// <summary>
    /// Whether start-up seeds the demo data: always in Development, never anywhere else. The demo logins share a
    /// password printed in the README, so asking for them outside Development (Database:SeedDemoData) stops the start.
    /// </summary>
    public static bool ShouldSeed(IHostEnvironment environment, DatabaseOptions options)
    {
        if (environment.IsDevelopment())
        {
            return true;
        }

        if (options.SeedDemoData)
        {
            throw new InvalidOperationException(
                $"Database:SeedDemoData is true but the environment is {environment.EnvironmentName}. The demo data creates logins " +
                $"({StaffEmail}, {RepEmail}, {MentorEmail}, {StartupRepEmail}) whose password is published, so it is only ever seeded " +
                "in Development. Remove Database:SeedDemoData (or set it to false); for a demo, run a separate copy with " +
                "ASPNETCORE_ENVIRONMENT=Development on its own database.");
        }

        return false;
    }

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException($"The demo data (logins with a published password) is never seeded in {environment.EnvironmentName}.");
        }

        if (await db.Cooperatives.AnyAsync(ct))
        {
            return;
        }

        var now = clock.UtcNow;
        var staff = Actor.System;
        var index = 0;
        foreach (var s in Coops)
        {
            var profile = new CoopProfile(s.Legal, s.Trade, s.Kind, s.Sector, s.Street, s.Town, s.State, s.Zip, s.Region,
                new DateOnly(s.Founded, 1 + (index % 12), 1 + (index % 27)), s.Owners, s.Others, s.Band,
                Website(s), Email(s), $"413-555-{(100 + index):0000}", string.IsNullOrEmpty(s.Description) ? null : s.Description);
            var at = now.AddDays(-400 + (index * 7));
            var contactName = $"{FirstNames[index % FirstNames.Length]} {LastNames[index % LastNames.Length]}";
            var coop = Cooperative.Apply(profile, new PersonDetails(contactName, "Member coordinator",
                $"{contactName.Split(' ')[0].ToLowerInvariant()}@{Domain(s)}", profile.Phone, true, new DateOnly(s.Founded, 6, 1), true), at, "Demo application");
            var boardVote = clock.DateOf(at.AddDays(30));
            switch (s.Status)
            {
                case MembershipStatus.Applicant:
                    break;
                case MembershipStatus.UnderReview:
                    coop.StartReview(staff, at.AddDays(3), "Documents received");
                    break;
                case MembershipStatus.Declined:
                    coop.StartReview(staff, at.AddDays(3), null);
                    coop.Decline("Not yet incorporated as a worker co-op; we encouraged them to apply again after incorporating.", staff, at.AddDays(30));
                    break;
                default:
                    coop.StartReview(staff, at.AddDays(3), null);
                    coop.Approve(boardVote, staff, at.AddDays(30), "Approved at the board meeting");
                    if (s.Status == MembershipStatus.Lapsed)
                    {
                        coop.Lapse("Dues unpaid past the grace period.", staff, at.AddDays(200));
                    }
                    else if (s.Status == MembershipStatus.Suspended)
                    {
                        coop.Suspend("Board decision pending a grievance review.", staff, at.AddDays(220));
                    }
                    else if (s.Status == MembershipStatus.Withdrawn)
                    {
                        coop.Withdraw("The co-op closed its shop.", clock.DateOf(at.AddDays(300)), staff, at.AddDays(300));
                    }

                    break;
            }

            // A few more workers on each roster (the description-less applicant keeps only its contact, so the review flags it).
            for (var w = 1; w <= Math.Min(s.Owners, 4) && s.Description.Length > 0; w++)
            {
                var name = $"{FirstNames[(index + w * 3) % FirstNames.Length]} {LastNames[(index + w * 5) % LastNames.Length]}";
                coop.AddPerson(new PersonDetails(name, Roles_[(index + w) % Roles_.Length], null, null, w <= s.Owners,
                    new DateOnly(Math.Max(s.Founded, 2015) + (w % 3), 1 + w, 10), false));
            }

            db.Cooperatives.Add(coop);
            index++;
        }

        await db.SaveChangesAsync(ct);

        var repCoop = await db.Cooperatives.SingleAsync(c => c.LegalName == RepCoop, ct);
        await CreateUserAsync(StaffEmail, "Sam Staff (demo)", null, Roles.Staff, Roles.Admin);
        await CreateUserAsync(RepEmail, "Rita Rep (demo)", repCoop.Id, Roles.CoopRep);
        await CreateUserAsync(MentorEmail, "Morgan Mentor (demo)", null, Roles.Mentor);
        await SeedAssistanceAsync(repCoop.Id, ct);
        await MentoringDemoData.SeedAsync(db, users, clock, ct);
        await SeedDuesAsync(ct);
        await SeedBenefitsAsync(ct);
        await SeedListingsAsync(ct);
        await SeedCampaignsAsync(ct);
        await SeedStoriesAsync(ct);
        await SeedEventsAsync(ct);
        await SeedConversionsAsync(ct);
        await SeedFinancingAsync(ct);
        await SeedNetworkAsync(ct);
        await SeedGovernanceAsync(ct);
    }

    private async Task CreateUserAsync(string email, string name, int? coopId, params string[] roles)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, CooperativeId = coopId, LockoutEnabled = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(user, roles);
    }

    private static string Domain(Seed s) => new string((s.Trade ?? s.Legal).ToLowerInvariant().Where(char.IsLetter).Take(18).ToArray()) + ".coop";
    private static string Website(Seed s) => $"https://{Domain(s)}";
    private static string Email(Seed s) => $"info@{Domain(s)}";
}
