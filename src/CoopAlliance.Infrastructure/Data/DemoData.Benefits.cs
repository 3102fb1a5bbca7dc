using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// A lived-in benefits office: three carriers and plans (health with four tiers, dental, a 401(k)), this year's and
/// next year's plan years (next year's open enrollment running now), four member co-ops taking part (one more asking),
/// workers enrolled with dependents or waived — some not yet decided for next year — and a birth waiting for approval.
/// Birth dates and taxpayer ids are made up (000-… is never a real SSN) and sealed like real ones.
/// </summary>
public sealed partial class DemoData
{
    private static readonly string[] BenefitsCoops = [RepCoop, "Sunrise Solar Installers Cooperative, Inc.", "Green Mountain Engineering Cooperative", "Kestrel Software Cooperative"];

    private async Task SeedBenefitsAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var staff = new Actor(null, "Sam Staff (demo)");
        var health = new Carrier("Valley Mutual Health", "VALLEYMUTUAL", "enrollment@valleymutual.example");
        var dental = new Carrier("Connecticut River Dental", "CTRIVERDENT", "groups@ctriverdental.example");
        var retirement = new Carrier("Commonwealth Retirement Services", "CWRS", null);
        db.Carriers.AddRange(health, dental, retirement);
        await db.SaveChangesAsync(ct);

        var healthPlan = new Plan("Valley Health Plus", PlanKind.Health, health.Id, "VHP-GOLD",
            EligibilityRules.Default with { MinimumHoursPerWeek = 20, WaitingDays = 30, States = ["MA", "VT"], MinimumParticipationPercent = 60 }, 30, null);
        var dentalPlan = new Plan("Dental Basic", PlanKind.Dental, dental.Id, "DB-100",
            EligibilityRules.Default with { MinimumHoursPerWeek = 15, WaitingDays = 0, States = ["MA", "VT"], MinimumParticipationPercent = 0 }, 30, null);
        var retirementPlan = new Plan("Co-op Retirement 401(k)", PlanKind.Retirement, retirement.Id, "CW401K",
            EligibilityRules.Default with { WorkerKinds = [WorkerKind.WorkerOwner], MinimumHoursPerWeek = 10, WaitingDays = 90, States = [], MinimumParticipationPercent = 0 }, 30,
            "The co-op matches 100 % of the first 3 % of pay, vested at once.");
        var thisYear = new DateOnly(today.Year, 1, 1);
        var nextYear = thisYear.AddYears(1);
        foreach (var (plan, rates, next) in new (Plan, TierRate[], TierRate[])[]
        {
            (healthPlan, [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndPartner, 1024m), new(CoverageTier.WorkerAndChildren, 921.60m), new(CoverageTier.Family, 1433.60m)],
                [new(CoverageTier.WorkerOnly, 538.50m), new(CoverageTier.WorkerAndPartner, 1077m), new(CoverageTier.WorkerAndChildren, 969.30m), new(CoverageTier.Family, 1507.80m)]),
            (dentalPlan, [new(CoverageTier.WorkerOnly, 38m), new(CoverageTier.WorkerAndPartner, 74m), new(CoverageTier.WorkerAndChildren, 81m), new(CoverageTier.Family, 118m)],
                [new(CoverageTier.WorkerOnly, 39.50m), new(CoverageTier.WorkerAndPartner, 77m), new(CoverageTier.WorkerAndChildren, 84m), new(CoverageTier.Family, 122.50m)]),
            (retirementPlan, [], []),
        })
        {
            plan.AddYear(thisYear, thisYear.AddYears(1).AddDays(-1), thisYear.AddMonths(-2), thisYear.AddMonths(-1).AddDays(-1), rates);
            // Next year's window runs from November 1 to December 15, so a newcomer finds it open in the weeks before the new year.
            plan.AddYear(nextYear, nextYear.AddYears(1).AddDays(-1), nextYear.AddMonths(-2), nextYear.AddDays(-17), next);
            db.Plans.Add(plan);
        }

        await db.SaveChangesAsync(ct);

        var coops = await db.Cooperatives.Include(c => c.People).Where(c => BenefitsCoops.Contains(c.LegalName)).ToListAsync(ct);
        var memberIndex = 0;
        foreach (var coop in coops.OrderBy(c => c.Id))
        {
            var percent = coop.LegalName == RepCoop ? 80m : 60m + (coop.Id % 3 * 10);
            var joined = new List<(Plan Plan, PlanYear Year, CoopParticipation Participation)>();
            foreach (var plan in coop.LegalName == RepCoop ? new[] { healthPlan, dentalPlan } : [healthPlan])
            {
                foreach (var year in plan.Years)
                {
                    var participation = new CoopParticipation(coop.Id, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, percent, [],
                        year.StartsOn, new Actor(null, $"{coop.DisplayName} (demo rep)"), now.AddDays(-60));
                    participation.Approve($"{plan.PlanCode[..2]}-{coop.Id:0000}", staff, now.AddDays(-55), null);
                    db.CoopParticipations.Add(participation);
                    joined.Add((plan, year, participation));
                }
            }

            await db.SaveChangesAsync(ct);
            foreach (var (person, w) in coop.People.OrderBy(p => p.Id).Select((p, i) => (p, i)))
            {
                var names = person.FullName.Split(' ', 2);
                var member = new BenefitMember(coop.Id, person.Id, names[0], names.Length > 1 ? names[1] : names[0], person.Email);
                member.SetWork(person.IsWorkerOwner ? WorkerKind.WorkerOwner : WorkerKind.NonMemberWorker, w == 3 ? 16 : 32 + (w * 2 % 9),
                    person.StartedOn ?? thisYear.AddYears(-3), coop.State, (memberIndex % 2 == 0) ? 'F' : 'M');
                var birth = new DateOnly(1968 + (memberIndex * 7 % 30), 1 + (memberIndex % 12), 1 + (memberIndex * 5 % 28));
                var taxpayerId = $"000-{10 + (memberIndex % 89):00}-{1000 + memberIndex * 37 % 9000:0000}";
                member.SetSensitive(sensitive.SealDate(birth), sensitive.Seal(taxpayerId), taxpayerId[^4..]);
                db.BenefitMembers.Add(member);
                await db.SaveChangesAsync(ct);
                var dependents = new List<Dependent>();
                if (w % 3 == 1)
                {
                    dependents.Add(member.AddDependent(memberIndex % 2 == 0 ? "Jordan" : "Alex", member.LastName, DependentRelationship.Spouse,
                        sensitive.SealDate(birth.AddYears(2)), memberIndex % 2 == 0 ? 'M' : 'F'));
                }

                if (w % 3 == 1 || w == 2)
                {
                    dependents.Add(member.AddDependent(w == 2 ? "Noor" : "Sam", member.LastName, DependentRelationship.Child,
                        sensitive.SealDate(new DateOnly(2015 + (memberIndex % 8), 3, 14)), 'U'));
                }

                await db.SaveChangesAsync(ct);
                foreach (var (plan, year, participation) in joined)
                {
                    var context = new EnrollmentContext(plan, year, participation, member, coop.Status, ChangeAllowed: true);
                    var eligible = Eligibility.Check(plan.Rules, member.Facts(coop.Status));
                    var startsOn = eligible.EligibleFrom is { } from && from > year.StartsOn ? from : year.StartsOn;
                    var isNext = year.StartsOn == nextYear;
                    if (!eligible.IsEligible || startsOn > year.EndsOn || (isNext && w % 2 == 1))
                    {
                        continue; // not eligible, or (next year) not decided yet: the rep page lists them as missing
                    }

                    var at = isNext ? now.AddDays(-10 + w) : now.AddDays(-380 + w);
                    db.Elections.Add(w == 4
                        ? Election.Waive(context, WaiveReason.CoveredBySpouseOrPartner, startsOn, ElectionReason.OpenEnrollment, null, new Actor(null, "Demo rep"), at)
                        : Election.Enroll(context, plan.HasTiers ? dependents : [], startsOn, ElectionReason.OpenEnrollment, null, new Actor(null, "Demo rep"), at));
                }

                memberIndex++;
            }

            await db.SaveChangesAsync(ct);
        }

        // One co-op asks to join next year; staff have not decided yet.
        var asking = await db.Cooperatives.FirstOrDefaultAsync(c => c.LegalName == "Caring Hands Home Care Cooperative", ct);
        if (asking is not null)
        {
            var year = healthPlan.Years.Single(y => y.StartsOn == nextYear);
            db.CoopParticipations.Add(new CoopParticipation(asking.Id, year, asking.Status, healthPlan.Rules, ContributionKind.FixedPerTier, null,
                [new(CoverageTier.WorkerOnly, 400m), new(CoverageTier.Family, 900m)], year.StartsOn, new Actor(null, "Caring Hands (demo rep)"), now.AddDays(-3)));
        }

        // A birth in the rep's co-op waits for staff with its evidence.
        var repCoopId = coops.Single(c => c.LegalName == RepCoop).Id;
        var parent = await db.BenefitMembers.Where(m => m.CooperativeId == repCoopId).OrderBy(m => m.Id).Skip(1).FirstAsync(ct);
        var evidence = new LifeEventAttachment("birth-certificate.pdf", "application/pdf", "%PDF-1.4\n% demo birth certificate\n%%EOF\n"u8.ToArray(),
            new Actor(null, "Rita Rep (demo)"), now.AddDays(-2));
        db.LifeEvents.Add(LifeEvent.Report(parent, LifeEventKind.BirthOrAdoption, today.AddDays(-6), healthPlan.LifeEventDays,
            "Our baker's daughter was born; please add her to the family's coverage.", [evidence], new Actor(null, "Rita Rep (demo)"), now.AddDays(-2), today.AddDays(-2)));
        await db.SaveChangesAsync(ct);
    }
}
