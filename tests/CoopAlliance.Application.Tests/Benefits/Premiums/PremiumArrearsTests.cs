using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Premiums;

public sealed class PremiumArrearsTests : PremiumTestBase
{
    [Test]
    public async Task AnUnpaidPremiumInvoiceLapsesTheCoopAfterThePremiumGracePeriodNotTheDuesOne()
    {
        var year = await AddPlanYearAsync();
        var coop = (await AddParticipatingCoopsAsync(1, year))[0];
        await SendAsync(new RunPremiums("2027-01")); // due January 16

        await SendAsync(new ProcessArrears(new DateOnly(2027, 2, 15))); // 30 days overdue: within the 30 days of grace
        Assert.That((await FindAsync<Cooperative>(coop))!.Status, Is.EqualTo(MembershipStatus.Active));

        var result = await SendAsync(new ProcessArrears(new DateOnly(2027, 2, 16))); // 31 days: past it (dues would allow 60)

        Assert.That(result.Lapsed, Is.EqualTo(1));
        var lapsed = await WithDbAsync(db => db.Cooperatives.Include(c => c.History).SingleAsync(c => c.Id == coop));
        Assert.That(lapsed.Status, Is.EqualTo(MembershipStatus.Lapsed));
        Assert.That(lapsed.History.MaxBy(h => h.Id)!.Reason, Does.Contain("$512.00 of group benefit premiums for January 2027 is 31 days overdue (grace period 30 days)"));
    }

    [Test]
    public async Task ThePremiumGracePeriodIsConfiguredApartFromDues()
    {
        Options.ArrearsGraceDays = 90;
        var year = await AddPlanYearAsync();
        var coop = (await AddParticipatingCoopsAsync(1, year))[0];
        await SendAsync(new RunPremiums("2027-01"));

        var result = await SendAsync(new ProcessArrears(new DateOnly(2027, 3, 31))); // 74 days overdue: beyond dues' 60, within 90

        Assert.That((result.NewlyOverdue, result.Lapsed), Is.EqualTo((1, 0)));
        Assert.That((await FindAsync<Cooperative>(coop))!.Status, Is.EqualTo(MembershipStatus.Active));
    }
}
