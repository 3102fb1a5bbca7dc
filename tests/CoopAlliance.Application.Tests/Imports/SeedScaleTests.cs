using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAlliance.Application.Tests.Imports;

/// <summary>seed-scale at a tiny size: every kind of record it promises is there, in the numbers asked for, and the same seed gives the same rows.</summary>
public sealed class SeedScaleTests : TestBase
{
    [Test]
    public async Task ATinySeedHasCoopsRostersAYearOfDuesAssistanceAndDevelopingCoopsAndIsDeterministic()
    {
        var first = await SeedAsync();
        Assert.Multiple(() =>
        {
            Assert.That(first.Coops, Is.EqualTo(120));
            Assert.That(first.People, Is.EqualTo(900));
            Assert.That(first.Developing, Is.EqualTo(6));
            Assert.That(first.Requests, Is.GreaterThan(0));
            Assert.That(first.Invoices, Is.GreaterThan(first.Members * 6), "about a year of monthly invoices per member");
            Assert.That(first.MostInvoices, Is.EqualTo(12), "one invoice per month, twelve months");
            Assert.That(first.Payments, Is.InRange(1, first.Invoices - 1), "the current month is unpaid");
            Assert.That(first.NonMemberInvoices, Is.Zero, "only members are billed");
        });

        Testing.ResetDatabase();
        Assert.That(await SeedAsync(), Is.EqualTo(first), "the same seed, the same database");
    }

    private sealed record Counts(int Coops, int People, int Members, int Invoices, int MostInvoices, int NonMemberInvoices, int Payments, decimal Paid,
        int Requests, int Developing);

    private static async Task<Counts> SeedAsync()
    {
        using (var scope = Testing.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await new SeedScaleCommand(db).RunAsync(new SeedScaleOptions(120, 900, 7, "unused.db", false), _ => { });
        }

        using var read = Testing.Services.CreateScope();
        var d = read.ServiceProvider.GetRequiredService<AppDbContext>();
        var members = await d.Cooperatives.CountAsync(c => c.Status == MembershipStatus.Active || c.Status == MembershipStatus.Lapsed);
        var perCoop = await d.Invoices.GroupBy(i => i.CooperativeId).Select(g => g.Count()).ToListAsync();
        var amounts = await d.Payments.Select(p => p.Amount).ToListAsync();
        return new Counts(await d.Cooperatives.CountAsync(), await d.People.CountAsync(), members, perCoop.Sum(), perCoop.DefaultIfEmpty().Max(),
            await d.Invoices.CountAsync(i => d.Cooperatives.Any(c => c.Id == i.CooperativeId && c.Status != MembershipStatus.Active && c.Status != MembershipStatus.Lapsed)),
            amounts.Count, amounts.Sum(), await d.AssistanceRequests.CountAsync(), await d.DevelopingCoops.CountAsync());
    }
}
