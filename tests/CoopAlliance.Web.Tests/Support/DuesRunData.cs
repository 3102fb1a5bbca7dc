using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests.Support;

/// <summary>What the invoice-run tests share: member co-ops to bill, a period no other test has run, and the one-invoice check.</summary>
public static class DuesRunData
{
    public static Task<int> AddMembersAsync(this AppFactory app, int count, string name) => app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var profile = new CoopProfile($"{name} Co-op {i:000}", null, CoopKind.DemocraticWorkplace, "Services", null, "Greenfield", "MA", null,
                Region.WesternMassachusetts, null, 3 + (i % 9), 0, RevenueBand.Unknown, null, null, null, null);
            db.Cooperatives.Add(Cooperative.Register(profile, MembershipStatus.Active, new DateOnly(2020, 1, 1), Actor.System, app.UtcNow));
        }

        return await db.SaveChangesAsync();
    });

    /// <summary>How many co-ops a run of the period must invoice (active or lapsed, members by its end).</summary>
    public static Task<int> EligibleAsync(this AppFactory app, string period)
    {
        var end = BillingPeriod.Parse(period).End;
        return app.WithDbAsync(db => db.Cooperatives.CountAsync(c =>
            (c.Status == MembershipStatus.Active || c.Status == MembershipStatus.Lapsed) && (c.MemberSince == null || c.MemberSince <= end)));
    }

    /// <summary>The period after the latest one any run of this app's database has claimed.</summary>
    public static async Task<string> NextPeriodAsync(this AppFactory app)
    {
        var keys = await app.WithDbAsync(db => db.InvoiceRuns.Select(r => r.PeriodKey).ToListAsync());
        return keys.Select(BillingPeriod.Parse).MaxBy(p => p.Start).Next().Key;
    }

    public static async Task AssertOneInvoiceEachAsync(this AppFactory app, string period, int eligible)
    {
        var perCoop = await app.WithDbAsync(db => db.Invoices.Where(i => i.PeriodKey == period).GroupBy(i => i.CooperativeId)
            .Select(g => g.Count()).ToListAsync());
        Assert.That(perCoop, Has.Count.EqualTo(eligible));
        Assert.That(perCoop, Has.All.EqualTo(1));
    }
}
