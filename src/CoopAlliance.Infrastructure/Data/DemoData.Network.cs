using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// The network: a dozen allied organisations of Western Massachusetts and Southern Vermont (a credit union, a loan fund,
/// a community lender, two co-op developers, a union local, a federation, a university centre, two towns, two
/// suppliers), their relationships with demo co-ops, and sixteen ties the reps recorded — two of them recorded by both
/// sides (one flow each) — leaving Caring Hands, Brattleboro Bicycle Collective and Windham Fiber Arts with no tie yet,
/// for the "whom to introduce" list. Built through the domain's constructors; skipped when any organisation exists.
/// </summary>
public sealed partial class DemoData
{
    private sealed record OrgSeed(string Name, OrganizationKind Kind, Region Region, string Offers, string Website, string Contact, string Email, string Phone);

    private static readonly OrgSeed[] Organizations =
    [
        new("Connecticut River Valley Credit Union", OrganizationKind.CreditUnion, Region.WesternMassachusetts, "Business checking, payroll accounts, equipment loans for co-ops", "https://crvcu.example.org", "Denise Beaulieu", "dbeaulieu@crvcu.example.org", "413-555-0142"),
        new("Cooperative Loan Fund of New England", OrganizationKind.LoanFund, Region.WesternMassachusetts, "Start-up and conversion loans to worker co-ops, up to $250,000", "https://colfne.example.org", "Marcus Webb", "mwebb@colfne.example.org", "413-555-0177"),
        new("Windham Community Lenders", OrganizationKind.CommunityLender, Region.SouthernVermont, "Microloans and lines of credit for small businesses", "https://windhamlenders.example.org", "Ellen Marsh", "ellen@windhamlenders.example.org", "802-555-0119"),
        new("Valley Co-op Developers", OrganizationKind.Developer, Region.WesternMassachusetts, "Feasibility studies, bylaws, conversions to worker ownership", "https://valleycodev.example.org", "Ana Pereira", "ana@valleycodev.example.org", "413-555-0163"),
        new("Southern Vermont Co-op Incubator", OrganizationKind.Developer, Region.SouthernVermont, "Business planning and shared workspace for new co-ops", "https://svcoopincubator.example.org", "Jonah Whitcomb", "jonah@svcoopincubator.example.org", "802-555-0184"),
        new("Service Workers Local 284", OrganizationKind.Union, Region.WesternMassachusetts, "Organizing support, a benefits trust, union printing orders", "https://local284.example.org", "Gloria Ramos", "gramos@local284.example.org", "413-555-0126"),
        new("Northeast Federation of Worker Cooperatives", OrganizationKind.Federation, Region.Elsewhere, "Peer exchange, the regional conference, joint purchasing", "https://nefwc.example.org", "Priya Raman", "priya@nefwc.example.org", "617-555-0101"),
        new("Five College Center for Cooperative Enterprise", OrganizationKind.University, Region.WesternMassachusetts, "Student interns, research, governance workshops", "https://fccce.example.edu", "Prof. Daniel Osei", "dosei@fccce.example.edu", "413-555-0190"),
        new("Town of Greenfield", OrganizationKind.Municipality, Region.WesternMassachusetts, "Local-preference purchasing, small-business grants", "https://greenfield-ma.example.gov", "Economic development office", "econdev@greenfield-ma.example.gov", "413-555-0150"),
        new("Town of Brattleboro", OrganizationKind.Municipality, Region.SouthernVermont, "A revolving loan fund, public works contracts", "https://brattleboro.example.gov", "Planning services", "planning@brattleboro.example.gov", "802-555-0133"),
        new("Hilltown Grain Mill", OrganizationKind.Supplier, Region.WesternMassachusetts, "Stone-ground flour and whole grains from hilltown farms", "https://hilltowngrain.example.com", "Ruth Kline", "orders@hilltowngrain.example.com", "413-555-0108"),
        new("Green River Paper & Ink", OrganizationKind.Supplier, Region.WesternMassachusetts, "Recycled paper, soy inks, packaging", "https://greenriverpaper.example.com", "Tom Adeyemi", "sales@greenriverpaper.example.com", "413-555-0171"),
    ];

    private async Task SeedNetworkAsync(CancellationToken ct)
    {
        if (await db.AlliedOrganizations.AnyAsync(ct))
        {
            return;
        }

        var coops = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active).ToDictionaryAsync(c => c.LegalName, ct);
        int C(string legalName) => coops[legalName].Id;

        var orgs = Organizations.ToDictionary(o => o.Name, o =>
            new AlliedOrganization(o.Name, o.Kind, o.Region, o.Offers, o.Website, [new OrganizationContact(o.Contact, o.Email, o.Phone)]));
        orgs["Connecticut River Valley Credit Union"].Relate(C("Pioneer Valley Bread Cooperative"), RelationshipKind.BankingPartner, new DateOnly(2010, 3, 1));
        orgs["Connecticut River Valley Credit Union"].Relate(C("Sunrise Solar Installers Cooperative, Inc."), RelationshipKind.BankingPartner, new DateOnly(2012, 6, 1));
        orgs["Connecticut River Valley Credit Union"].Relate(C("Clean Sweep Cleaning Cooperative"), RelationshipKind.BankingPartner, new DateOnly(2016, 9, 1));
        orgs["Cooperative Loan Fund of New England"].Relate(C("Valley Roots Food Processing Cooperative"), RelationshipKind.Lender, new DateOnly(2019, 4, 15));
        orgs["Cooperative Loan Fund of New England"].Relate(C("Toolbox Carpentry Cooperative"), RelationshipKind.Lender, new DateOnly(2021, 2, 1));
        orgs["Windham Community Lenders"].Relate(C("Brattleboro Bicycle Collective"), RelationshipKind.Lender, new DateOnly(2018, 5, 1));
        orgs["Valley Co-op Developers"].Relate(C("Clean Sweep Cleaning Cooperative"), RelationshipKind.Developer, new DateOnly(2015, 1, 1));
        orgs["Valley Co-op Developers"].Relate(C("Caring Hands Home Care Cooperative"), RelationshipKind.Developer, new DateOnly(2016, 6, 1));
        orgs["Southern Vermont Co-op Incubator"].Relate(C("Windham Fiber Arts Workers"), RelationshipKind.Developer, new DateOnly(2012, 9, 1));
        orgs["Service Workers Local 284"].Relate(C("Quill & Press Printing Cooperative"), RelationshipKind.Customer, new DateOnly(2001, 1, 1));
        orgs["Five College Center for Cooperative Enterprise"].Relate(C("Kestrel Software Cooperative"), RelationshipKind.Customer, new DateOnly(2020, 9, 1));
        orgs["Town of Greenfield"].Relate(C("Sunrise Solar Installers Cooperative, Inc."), RelationshipKind.Customer, new DateOnly(2019, 7, 1));
        orgs["Hilltown Grain Mill"].Relate(C("Pioneer Valley Bread Cooperative"), RelationshipKind.Supplier, new DateOnly(2011, 1, 1));
        db.AlliedOrganizations.AddRange(orgs.Values);
        await db.SaveChangesAsync(ct);

        var at = clock.UtcNow.AddDays(-20);
        var rep = new Actor(null, "Rita Rep (demo)");
        var staff = new Actor(null, "Sam Staff (demo)");
        int O(string name) => orgs[name].Id;
        Tie CoopTie(string from, TieDirection d, string to, string what, decimal? amount, Actor by) => new(C(from), d, C(to), null, what, amount, by, at);
        Tie OrgTie(string from, TieDirection d, string to, string what, decimal? amount) => new(C(from), d, null, O(to), what, amount, staff, at);
        const string bread = "Pioneer Valley Bread Cooperative", riverbend = "Riverbend Childcare Cooperative", books = "Berkshire Bookkeeping Collective",
            kestrel = "Kestrel Software Cooperative", quill = "Quill & Press Printing Cooperative", solar = "Sunrise Solar Installers Cooperative, Inc.",
            roots = "Valley Roots Food Processing Cooperative", sweep = "Clean Sweep Cleaning Cooperative", gmec = "Green Mountain Engineering Cooperative",
            toolbox = "Toolbox Carpentry Cooperative", nooc = "Northeast Organizing Collective";
        db.Ties.AddRange(
            OrgTie(bread, TieDirection.Buys, "Hilltown Grain Mill", "Flour and grains", 48_000m),
            CoopTie(bread, TieDirection.Sells, riverbend, "Bread and snacks", 9_600m, rep),
            CoopTie(riverbend, TieDirection.Buys, bread, "Bread and snacks", 9_000m, staff),
            CoopTie(bread, TieDirection.Buys, books, "Bookkeeping and payroll", 6_000m, rep),
            CoopTie(books, TieDirection.Sells, kestrel, "Bookkeeping and payroll", 7_200m, staff),
            CoopTie(kestrel, TieDirection.Sells, quill, "Website hosting", 3_600m, staff),
            OrgTie(quill, TieDirection.Buys, "Green River Paper & Ink", "Recycled paper and soy inks", 22_000m),
            CoopTie(quill, TieDirection.Sells, solar, "Brochures and yard signs", 5_400m, staff),
            CoopTie(solar, TieDirection.Sells, roots, "Rooftop solar array", 38_000m, staff),
            CoopTie(roots, TieDirection.Sells, riverbend, "Frozen vegetables", 12_000m, staff),
            CoopTie(sweep, TieDirection.Sells, kestrel, "Office cleaning", 14_400m, staff),
            CoopTie(kestrel, TieDirection.Buys, sweep, "Office cleaning", null, staff),
            OrgTie(gmec, TieDirection.Sells, "Town of Brattleboro", "Culvert and stormwater engineering", 65_000m),
            CoopTie(toolbox, TieDirection.Sells, riverbend, "Accessibility retrofit", 18_000m, staff),
            OrgTie(nooc, TieDirection.Sells, "Northeast Federation of Worker Cooperatives", "Conference facilitation", 4_000m),
            OrgTie(solar, TieDirection.Sells, "Town of Greenfield", "Solar on the public library", null));
        await db.SaveChangesAsync(ct);
    }
}
