using CoopAlliance.Application.Benefits.Coverage;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Coverage;

/// <summary>The daily benefits round: windows and reminders once, and coverage that ends is never dropped silently.</summary>
public sealed class BenefitsDayTests : TestBase
{
    private static readonly Actor Staff = new(StaffUserId, "Sam Staff");

    /// <summary>A health plan for 2027 (window November 1–30, 2026), a co-op taking part at 80 %, Ana enrolled from January.</summary>
    private static async Task<(int CoopId, int PlanYearId, int MemberId, int PersonId)> SeedAsync(string coopName = "Pioneer Valley Bread Cooperative")
    {
        Clock.Set(2026, 10, 20);
        var coopId = await AddActiveCoopAsync(coopName);
        return await WithDbAsync(async db =>
        {
            var carrier = await db.Carriers.FirstOrDefaultAsync() ?? db.Carriers.Add(new Carrier("Valley Mutual", "VALLEYMUT", null)).Entity;
            await db.SaveChangesAsync();
            var plan = await db.Plans.Include(p => p.Years).FirstOrDefaultAsync();
            if (plan is null)
            {
                plan = new Plan("Valley Health Plus", PlanKind.Health, carrier.Id, "VHP1", EligibilityRules.Default with { MinimumHoursPerWeek = 20 }, 30, null);
                plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
                    [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.Family, 1433.60m)]);
                db.Plans.Add(plan);
                await db.SaveChangesAsync();
            }

            var year = plan.Years.Single();
            var participation = new CoopParticipation(coopId, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 80, [],
                year.StartsOn, Staff, Clock.GetUtcNow());
            participation.Approve("G-" + coopId, Staff, Clock.GetUtcNow(), null);
            db.CoopParticipations.Add(participation);
            var coop = await db.Cooperatives.Include(c => c.People).FirstAsync(c => c.Id == coopId);
            var person = coop.AddPerson(new PersonDetails("Ana Lima", "Baker", "ana@example.org", null, true, new DateOnly(2022, 5, 1), false));
            coop.AddPerson(new PersonDetails("Ben Ortiz", "Baker", "ben@example.org", null, true, new DateOnly(2023, 2, 1), false));
            await db.SaveChangesAsync();
            var member = new BenefitMember(coopId, person.Id, "Ana", "Lima", "ana@example.org");
            member.SetWork(WorkerKind.WorkerOwner, 32, new DateOnly(2022, 5, 1), "MA", 'F');
            db.BenefitMembers.Add(member);
            await db.SaveChangesAsync();
            db.Elections.Add(Election.Enroll(new EnrollmentContext(plan, year, participation, member, MembershipStatus.Active, true), [],
                year.StartsOn, ElectionReason.OpenEnrollment, null, Staff, Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            return (coopId, year.Id, member.Id, person.Id);
        });
    }

    private static Task<List<(string To, string Subject, string Body)>> MailAsync() =>
        WithDbAsync(async db => (await db.OutboxMessages.OrderBy(m => m.Id).Select(m => new { m.To, m.Subject, m.Body }).ToListAsync())
            .Select(m => (m.To, m.Subject, m.Body)).ToList());

    [Test]
    public async Task TheWindowOpensOnceAndRepsAreRemindedOnceBeforeItCloses()
    {
        var (coopId, yearId, _, _) = await SeedAsync();

        var before = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 10, 31)));
        var opening = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 11, 1)));
        var again = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 11, 2)));
        var closingSoon = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 11, 23)));
        var closingAgain = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 11, 24)));
        var after = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 12, 1)));

        Assert.Multiple(async () =>
        {
            Assert.That((before.WindowsOpened, before.Reminders), Is.EqualTo((0, 0)));
            Assert.That((opening.WindowsOpened, opening.Reminders), Is.EqualTo((1, 1)));
            Assert.That((again.WindowsOpened, again.Reminders), Is.EqualTo((0, 0)));
            Assert.That(closingSoon.Reminders, Is.EqualTo(1), "Ben has neither enrolled nor waived, 7 days before the close");
            Assert.That(closingAgain.Reminders, Is.Zero);
            Assert.That(after.WindowsClosed, Is.EqualTo(1));
            var reminders = await WithDbAsync(db => db.EnrollmentReminders.Where(r => r.PlanYearId == yearId && r.CooperativeId == coopId)
                .Select(r => r.Kind).ToListAsync());
            Assert.That(reminders, Is.EquivalentTo(new[] { EnrollmentReminderKind.WindowOpened, EnrollmentReminderKind.ClosingSoon }));
        });
        var mail = await MailAsync();
        var closing = mail.Single(m => m.Subject.Contains("closes"));
        Assert.Multiple(() =>
        {
            Assert.That(closing.To, Is.EqualTo("maria@example.coop"), "the co-op's primary contact");
            Assert.That(closing.Body, Does.Contain("- Ben Ortiz"));
            Assert.That(closing.Body, Does.Not.Contain("- Ana Lima"), "Ana has enrolled");
            Assert.That(closing.Body, Does.Contain("- Maria Alvarez"), "the contact, a worker-owner since 2015, is a worker too");
        });
    }

    [Test]
    public async Task ACoopThatReadsSpanishIsRemindedInSpanishWithSpanishDates()
    {
        var (coopId, _, _, _) = await SeedAsync();
        await WithDbAsync(async db =>
        {
            (await db.Cooperatives.FindAsync(coopId))!.ChooseLanguage(Domain.Common.Languages.Spanish);
            await db.SaveChangesAsync();
        });

        await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2026, 11, 1)));

        var opened = (await MailAsync()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(opened.Subject, Is.EqualTo("Se abrió la inscripción en Valley Health Plus"));
            Assert.That(opened.Body, Does.Contain("cobertura desde el 1 de enero de 2027"));
            Assert.That(opened.Body, Does.Contain("del 1 de noviembre al 30 de noviembre de 2026"));
            Assert.That(opened.Body, Does.Contain("- Ben Ortiz"));
            Assert.That(opened.Body, Does.Not.Contain("Open enrollment").And.Not.Contain("Thank you"));
        });
    }

    [Test]
    public async Task AWorkerRemovedFromTheRosterIsCoveredToTheEndOfTheMonthAndEveryoneIsToldOnce()
    {
        var (coopId, yearId, memberId, personId) = await SeedAsync();
        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.Include(c => c.People).FirstAsync(c => c.Id == coopId);
            coop.RemovePerson(coop.People.Single(p => p.Id == personId));
            await db.SaveChangesAsync();
        });

        var first = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 3, 10)));
        var second = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 3, 11)));

        Assert.That((first.Terminations, second.Terminations), Is.EqualTo((1, 0)));
        var (history, termination) = await WithDbAsync(async db => (
            await db.Elections.Where(e => e.MemberId == memberId && e.PlanYearId == yearId).OrderBy(e => e.Id).ToListAsync(),
            await db.CoverageTerminations.SingleAsync(t => t.MemberId == memberId)));
        Assert.Multiple(async () =>
        {
            Assert.That(history, Has.Count.EqualTo(2), "the enrollment is kept; the end is a new row");
            Assert.That(history[0].EndsOn, Is.Null);
            Assert.That(history[1].EndsOn, Is.EqualTo(new DateOnly(2027, 3, 31)));
            Assert.That(history[1].Reason, Is.EqualTo(ElectionReason.LeftRoster));
            Assert.That(termination.Status, Is.EqualTo(TerminationStatus.Pending));
            Assert.That(termination.NoticeSentAt, Is.Not.Null);
            var mail = await MailAsync();
            Assert.That(mail.Where(m => m.Subject.Contains("coverage ends")).Select(m => m.To), Is.EquivalentTo(new[] { "maria@example.coop", "ana@example.org" }));
            Assert.That(mail.First(m => m.To == "ana@example.org").Body, Does.Contain("March 31, 2027").And.Contain("COBRA"));
        });

        await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 3, 31)));
        Assert.That((await FindAsync<CoverageTermination>(termination.Id))!.Status, Is.EqualTo(TerminationStatus.Pending), "still covered on the last day");
        var effective = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 4, 1)));
        Assert.That(effective.TookEffect, Is.EqualTo(1));
        Assert.That((await FindAsync<CoverageTermination>(termination.Id))!.Status, Is.EqualTo(TerminationStatus.Effective));
    }

    [Test]
    public async Task HoursBelowThePlansMinimumEndCoverageAtTheEndOfTheMonth()
    {
        var (_, _, memberId, _) = await SeedAsync();
        await WithDbAsync(async db =>
        {
            var member = await db.BenefitMembers.FirstAsync(m => m.Id == memberId);
            member.SetWork(WorkerKind.WorkerOwner, 15, member.HiredOn, member.State, member.Gender);
            await db.SaveChangesAsync();
        });

        var result = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 2, 10)));

        var termination = await WithDbAsync(db => db.CoverageTerminations.SingleAsync(t => t.MemberId == memberId));
        Assert.Multiple(() =>
        {
            Assert.That(result.Terminations, Is.EqualTo(1));
            Assert.That(termination.Reason, Is.EqualTo(ElectionReason.HoursBelowMinimum));
            Assert.That(termination.LastCoveredDay, Is.EqualTo(new DateOnly(2027, 2, 28)));
        });
    }

    [Test]
    public async Task ALapsedCoopsWorkersKeepCoverageThroughTheGracePeriodAndReinstatementCancelsTheEnd()
    {
        var (coopId, yearId, memberId, _) = await SeedAsync();
        Clock.Set(2027, 5, 4);
        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.FirstAsync(c => c.Id == coopId);
            coop.Lapse("Dues unpaid past the grace period", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var lapsed = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 5, 5)));
        var termination = await WithDbAsync(db => db.CoverageTerminations.SingleAsync(t => t.MemberId == memberId));
        Assert.Multiple(() =>
        {
            Assert.That(lapsed.Terminations, Is.EqualTo(1));
            Assert.That(termination.Reason, Is.EqualTo(ElectionReason.CoopLapsed));
            Assert.That(termination.LastCoveredDay, Is.EqualTo(new DateOnly(2027, 7, 3)), "May 4 + the 60 grace days of dues");
        });

        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.FirstAsync(c => c.Id == coopId);
            coop.Reinstate("Dues settled", Staff, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var reinstated = await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 6, 1)));

        var history = await WithDbAsync(db => db.Elections.Where(e => e.MemberId == memberId && e.PlanYearId == yearId).ToListAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(reinstated.Cancelled, Is.EqualTo(1));
            Assert.That((await FindAsync<CoverageTermination>(termination.Id))!.Status, Is.EqualTo(TerminationStatus.Cancelled));
            Assert.That(Election.Latest(history)!.EndsOn, Is.Null, "coverage continues");
            Assert.That(Election.InForceOn(history, new DateOnly(2027, 8, 1))!.Covers(new DateOnly(2027, 8, 1)), Is.True);
            Assert.That(history, Has.Count.EqualTo(3), "enrolled, ended, continued: all kept");
        });
        Assert.That((await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 6, 2)))).Terminations, Is.Zero);
    }

    [Test]
    public async Task TwoRoundsAtOnceFindEachEndOnce()
    {
        var (coopId, _, memberId, personId) = await SeedAsync();
        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.Include(c => c.People).FirstAsync(c => c.Id == coopId);
            coop.RemovePerson(coop.People.Single(p => p.Id == personId));
            await db.SaveChangesAsync();
        });

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (await SendAsSystemAsync(new RunBenefitsDay(new DateOnly(2027, 3, 10)))).Terminations;
            }
            catch (DbUpdateException)
            {
                return 0; // the other node got there first: the unique keys refused the duplicate and this one rolled back
            }
        }));

        Assert.Multiple(async () =>
        {
            Assert.That(await WithDbAsync(db => db.CoverageTerminations.CountAsync(t => t.MemberId == memberId)), Is.EqualTo(1));
            Assert.That(await WithDbAsync(db => db.Elections.CountAsync(e => e.MemberId == memberId && e.EndsOn != null)), Is.EqualTo(1));
            Assert.That(runs.Sum(), Is.GreaterThanOrEqualTo(1));
        });
    }
}
