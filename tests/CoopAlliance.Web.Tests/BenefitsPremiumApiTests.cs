using System.Net;
using System.Net.Http.Json;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Web.Tests;

public sealed class BenefitsPremiumApiTests : WebTest
{
    [Test]
    public async Task APremiumRunPutsAPremiumInvoiceOnTheCoopsInvoicesWithItsKindAndPeriod()
    {
        var own = await RepCoopIdAsync();
        await EnrollTwoWorkersIn2031Async(own);
        var staff = await StaffAsync();

        var first = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/benefits/premium-runs", new { period = "2031-01" }));
        var again = await JsonAsync(await staff.PostAsJsonAsync("/api/v1/benefits/premium-runs", new { period = "2031-01" }));

        Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("Succeeded"));
        Assert.That(first.GetProperty("created").GetInt32(), Is.EqualTo(1));
        Assert.That(again.GetProperty("id").GetInt32(), Is.EqualTo(first.GetProperty("id").GetInt32()));
        Assert.That(again.GetProperty("skipped").GetInt32(), Is.EqualTo(1), "the second start bills nobody again");
        var runs = await JsonAsync(await staff.GetAsync("/api/v1/benefits/premium-runs"));
        Assert.That(runs.EnumerateArray().Select(r => r.GetProperty("periodKey").GetString()), Does.Contain("2031-01"));

        var rep = await RepAsync();
        var invoices = await JsonAsync(await rep.GetAsync($"/api/v1/coops/{own}/invoices"));
        var premiums = invoices.EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "BenefitPremium").ToList();
        Assert.That(premiums, Has.Count.EqualTo(1));
        Assert.That(premiums[0].GetProperty("periodKey").GetString(), Is.EqualTo("2031-01"));
        Assert.That(premiums[0].GetProperty("total").GetDecimal(), Is.EqualTo(2 * 600m));
        Assert.That(invoices.EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "Dues"), Is.Not.Empty, "the dues invoices are on the same account");
        var detail = await JsonAsync(await rep.GetAsync($"/api/v1/invoices/{premiums[0].GetProperty("id").GetInt32()}"));
        Assert.That(detail.GetProperty("kind").GetString(), Is.EqualTo("BenefitPremium"));
        Assert.That(detail.GetProperty("lines")[0].GetProperty("description").GetString(),
            Is.EqualTo("Premium Test Health — 2 × Worker only at $600.00: co-op pays $450.00, workers $150.00 each"));
    }

    [Test]
    public async Task ARepCannotStartAPremiumRunAndAPeriodThatIsNotAMonthIsA400()
    {
        var rep = await RepAsync();
        var staff = await StaffAsync();

        Assert.That((await rep.PostAsJsonAsync("/api/v1/benefits/premium-runs", new { period = "2031-02" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var problem = await ProblemAsync(await staff.PostAsJsonAsync("/api/v1/benefits/premium-runs", new { period = "2031-Q1" }), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").ToString(), Does.Contain("yyyy-MM"));
        Assert.That(await App.WithDbAsync(db => db.InvoiceRuns.CountAsync(r => r.PeriodKey == "2031-Q1" || r.PeriodKey == "2031-02")), Is.Zero);
    }

    /// <summary>A 2031 plan year ($600 worker-only) the co-op takes part in at 75 %, with two workers enrolled from January.</summary>
    private Task EnrollTwoWorkersIn2031Async(int coopId) =>
        App.WithDbAsync(async db =>
        {
            var at = App.UtcNow;
            var carrier = new Carrier("Premium Test Carrier", "PREMTEST", null);
            db.Carriers.Add(carrier);
            await db.SaveChangesAsync();
            var plan = new Plan("Premium Test Health", PlanKind.Health, carrier.Id, "PTH", EligibilityRules.Default with { WaitingDays = 0 }, 30, null);
            var year = plan.AddYear(new DateOnly(2031, 1, 1), new DateOnly(2031, 12, 31), new DateOnly(2030, 11, 1), new DateOnly(2030, 11, 30),
                [new TierRate(CoverageTier.WorkerOnly, 600m)]);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            var participation = new CoopParticipation(coopId, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 75, [], year.StartsOn,
                Actor.System, at);
            participation.Approve("GRP-PT", Actor.System, at, null);
            db.CoopParticipations.Add(participation);
            var coop = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coopId);
            var people = Enumerable.Range(1, 2).Select(i => coop.AddPerson(new PersonDetails($"Premium Worker {i}", "Baker", null, null, true, new DateOnly(2020, 1, 1), false)))
                .ToList();
            await db.SaveChangesAsync();
            foreach (var person in people)
            {
                var member = new BenefitMember(coopId, person.Id, "Premium", person.FullName, null);
                member.SetWork(WorkerKind.WorkerOwner, 40, new DateOnly(2020, 1, 1), "MA", 'U');
                db.BenefitMembers.Add(member);
                await db.SaveChangesAsync();
                var context = new EnrollmentContext(plan, year, participation, member, MembershipStatus.Active, ChangeAllowed: true);
                db.Elections.Add(Election.Enroll(context, [], year.StartsOn, ElectionReason.OpenEnrollment, null, Actor.System, at));
            }

            await db.SaveChangesAsync();
            return 0;
        });
}
