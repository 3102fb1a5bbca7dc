using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Elections;

/// <summary>Staff's view of the elections: each worker's latest row, filtered and paged in the database; the CSV never carries sensitive values; pending terminations and stopping one.</summary>
public sealed class StaffElectionListTests : TestBase
{
    private static readonly Actor Rep = new(null, "Rosa Rep");

    private sealed record Setup(int CoopId, int OtherCoopId, int PlanYearId, Dictionary<string, int> Members);

    private static async Task<Setup> SeedAsync()
    {
        var coopId = await AddActiveCoopAsync("Pioneer Valley Bread Cooperative");
        var otherId = await AddActiveCoopAsync("Brattleboro Builders Co-op");
        return await WithDbAsync(async db =>
        {
            var carrier = new Carrier("Valley Mutual", "VALLEYMUT", null);
            db.Carriers.Add(carrier);
            await db.SaveChangesAsync();
            var plan = new Plan("Valley Health Plus", PlanKind.Health, carrier.Id, "VHP1", EligibilityRules.Default with { WaitingDays = 0 }, 30, null);
            var year = plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31),
                [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndChildren, 921.60m), new(CoverageTier.Family, 1433.60m), new(CoverageTier.WorkerAndPartner, 1024m)]);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            var members = new Dictionary<string, int>();
            foreach (var (coop, names) in new[] { (coopId, new[] { "Ana", "Ben", "Cleo" }), (otherId, new[] { "Dev", "Eli" }) })
            {
                var participation = new CoopParticipation(coop, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 80, [], year.StartsOn, Rep, Clock.GetUtcNow());
                participation.Approve("G" + coop, Rep, Clock.GetUtcNow(), null);
                db.CoopParticipations.Add(participation);
                foreach (var name in names)
                {
                    var owner = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coop);
                    var person = owner.AddPerson(new PersonDetails(name + " Lima", "Baker", null, null, true, new DateOnly(2020, 1, 1), false));
                    await db.SaveChangesAsync();
                    var member = new BenefitMember(coop, person.Id, name, "Lima", null);
                    member.SetWork(WorkerKind.WorkerOwner, 36, new DateOnly(2020, 1, 1), "MA", 'F');
                    member.SetSensitive("sealed-birth-date", "sealed-taxpayer-id", "6789");
                    db.BenefitMembers.Add(member);
                    await db.SaveChangesAsync();
                    members[name] = member.Id;
                    var context = new EnrollmentContext(plan, year, participation, member, MembershipStatus.Active, true);
                    db.Elections.Add(name is "Ben" or "Eli"
                        ? Election.Waive(context, WaiveReason.CoveredBySpouseOrPartner, year.StartsOn, ElectionReason.OpenEnrollment, null, Rep, Clock.GetUtcNow())
                        : Election.Enroll(context, [], year.StartsOn, ElectionReason.OpenEnrollment, null, Rep, Clock.GetUtcNow()));
                }
            }

            await db.SaveChangesAsync();
            return new Setup(coopId, otherId, year.Id, members);
        });
    }

    [Test]
    public async Task TheListShowsEachWorkersLatestElectionFilteredAndPagedWithoutSensitiveValues()
    {
        Clock.Set(2026, 12, 5);
        RunAsStaff();
        var s = await SeedAsync();
        // Cleo changes her mind: a later row waives. Only the latest shows.
        await WithDbAsync(async db =>
        {
            var cleo = await db.Elections.SingleAsync(e => e.MemberId == s.Members["Cleo"]);
            var plan = await db.Plans.Include(p => p.Years).SingleAsync();
            var member = await db.BenefitMembers.SingleAsync(m => m.Id == s.Members["Cleo"]);
            var participation = await db.CoopParticipations.SingleAsync(p => p.CooperativeId == s.CoopId);
            db.Elections.Add(Election.Waive(new EnrollmentContext(plan, plan.Years.Single(), participation, member, MembershipStatus.Active, true),
                WaiveReason.CoveredBySpouseOrPartner, cleo.EffectiveOn, ElectionReason.OpenEnrollment, null, Rep, Clock.GetUtcNow().AddMinutes(1)));
            await db.SaveChangesAsync();
        });

        var all = await SendAsync(new ListElections());
        var enrolled = await SendAsync(new ListElections(Status: ElectionListStatus.Enrolled));
        var waivedHere = await SendAsync(new ListElections(CoopId: s.CoopId, Status: ElectionListStatus.Waived));
        var byName = await SendAsync(new ListElections(Q: "builders"));
        var secondPage = await SendAsync(new ListElections(Page: 2, PageSize: 2));
        var csv = await SendAsync(new ExportElections(new ListElections()));

        Assert.Multiple(() =>
        {
            Assert.That(all.Total, Is.EqualTo(5), "one row per worker and plan year, not per history row");
            Assert.That(enrolled.Items.Select(i => i.WorkerName), Is.EquivalentTo(new[] { "Ana Lima", "Dev Lima" }));
            Assert.That(waivedHere.Items.Select(i => i.WorkerName), Is.EquivalentTo(new[] { "Ben Lima", "Cleo Lima" }));
            Assert.That(byName.Items.Select(i => i.CoopName).Distinct(), Is.EqualTo(new[] { "Brattleboro Builders Co-op" }));
            Assert.That(secondPage.Items, Has.Count.EqualTo(2));
            Assert.That(secondPage.Items.Select(i => i.ElectionId), Is.Not.SubsetOf(all.Items.Take(2).Select(i => i.ElectionId)));
            Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(6));
            Assert.That(csv, Does.Contain("Ana Lima").And.Contain("Valley Health Plus").And.Contain("Waived"));
            Assert.That(csv, Does.Not.Contain("sealed").And.Not.Contain("6789"), "no birth date or taxpayer id, sealed or not");
        });
    }

    [Test]
    public async Task APendingTerminationIsListedAndStoppingItContinuesCoverageOnce()
    {
        Clock.Set(2027, 3, 10);
        RunAsStaff();
        var s = await SeedAsync();
        var terminationId = await WithDbAsync(async db =>
        {
            var current = await db.Elections.SingleAsync(e => e.MemberId == s.Members["Ana"]);
            db.Elections.Add(current.Terminate(new DateOnly(2027, 3, 31), ElectionReason.HoursBelowMinimum, Actor.System, Clock.GetUtcNow()));
            var termination = new CoverageTermination(current, ElectionReason.HoursBelowMinimum, new DateOnly(2027, 3, 31), Clock.GetUtcNow());
            db.CoverageTerminations.Add(termination);
            await db.SaveChangesAsync();
            return termination.Id;
        });

        var pending = await SendAsync(new ListPendingTerminations());
        await SendAsync(new CancelCoverageTermination(terminationId));
        var again = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new CancelCoverageTermination(terminationId)));
        var history = await WithDbAsync(db => db.Elections.Where(e => e.MemberId == s.Members["Ana"]).OrderBy(e => e.Id).ToListAsync());
        var after = await SendAsync(new ListPendingTerminations());
        RunAsRep(s.CoopId);

        Assert.Multiple(() =>
        {
            Assert.That(pending.Select(p => (p.WorkerName, p.ReasonName, p.LastCoveredDay)),
                Is.EqualTo(new[] { ("Ana Lima", "Hours below the plan's minimum", new DateOnly(2027, 3, 31)) }));
            Assert.That(again!.Message, Does.Contain("Only a pending termination"));
            Assert.That(history, Has.Count.EqualTo(3), "enrolled, terminated, continued — once");
            Assert.That(Election.Latest(history)!.EndsOn, Is.Null, "covered again");
            Assert.That(after, Is.Empty);
            Assert.ThrowsAsync<Common.Exceptions.ForbiddenAccessException>(() => SendAsync(new ListPendingTerminations()), "staff only");
        });
    }
}
