using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Benefits.Elections;

/// <summary>The rep's side of group benefits: workers' records, dependents, elections kept as history, life events, what the co-op pays.</summary>
public sealed class ElectionTests : TestBase
{
    private static readonly Actor Staff = new(StaffUserId, "Sam Staff");
    private static readonly byte[] Pdf = "%PDF-1.4 birth certificate"u8.ToArray();

    private sealed record Seeded(int CoopId, int PlanYearId, int AnaPersonId, int BenPersonId);

    /// <summary>
    /// A health plan for 2027 (window November 1–30, 2026; 30 days to report a life event), a co-op taking part at 80 %
    /// from January, and two roster workers with emails. The clock is inside the window.
    /// </summary>
    private static async Task<Seeded> SeedAsync(MembershipStatus status = MembershipStatus.Active, string coopName = "Pioneer Valley Bread Cooperative")
    {
        Clock.Set(2026, 11, 10);
        var coopId = await AddActiveCoopAsync(coopName, status: status);
        return await WithDbAsync(async db =>
        {
            var carrier = await db.Carriers.FirstOrDefaultAsync() ?? db.Carriers.Add(new Carrier("Valley Mutual", "VALLEYMUT", null)).Entity;
            await db.SaveChangesAsync();
            var plan = await db.Plans.Include(p => p.Years).FirstOrDefaultAsync();
            if (plan is null)
            {
                plan = new Plan("Valley Health Plus", PlanKind.Health, carrier.Id, "VHP1", EligibilityRules.Default, 30, null);
                plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
                [
                    new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndPartner, 1024m), new(CoverageTier.WorkerAndChildren, 921.60m),
                    new(CoverageTier.Family, 1433.60m),
                ]);
                db.Plans.Add(plan);
                await db.SaveChangesAsync();
            }

            var year = plan.Years.Single();
            var participation = new CoopParticipation(coopId, year, MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 80, [],
                year.StartsOn, Staff, Clock.GetUtcNow());
            participation.Approve("G-" + coopId, Staff, Clock.GetUtcNow(), null);
            db.CoopParticipations.Add(participation);
            var coop = await db.Cooperatives.Include(c => c.People).FirstAsync(c => c.Id == coopId);
            var ana = coop.AddPerson(new PersonDetails("Ana Lima", "Baker", $"ana{coopId}@example.org", null, true, new DateOnly(2022, 5, 1), false));
            var ben = coop.AddPerson(new PersonDetails("Ben Ortiz", "Baker", $"ben{coopId}@example.org", null, true, new DateOnly(2023, 2, 1), false));
            await db.SaveChangesAsync();
            return new Seeded(coopId, year.Id, ana.Id, ben.Id);
        });
    }

    private static Task<int> SaveMemberAsync(Seeded s, int personId, string? taxpayerId = "123-45-6789", DateOnly? birthDate = null) =>
        SendAsync(new SaveBenefitMember(s.CoopId, personId, null, null, null, WorkerKind.WorkerOwner, 32, new DateOnly(2022, 5, 1), "MA", "F",
            birthDate ?? new DateOnly(1990, 4, 15), taxpayerId));

    [Test]
    public async Task EnrollingWithAChildGivesTheChildrenTierAndAChangeIsANewRowWithTheOldOneKept()
    {
        var s = await SeedAsync();
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId);
        var leo = await SendAsync(new AddDependent(s.CoopId, ana, "Leo", "Lima", DependentRelationship.Child, new DateOnly(2019, 6, 1), "M"));

        var first = await SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [leo], new DateOnly(2027, 1, 1)));
        var rosa = await SendAsync(new AddDependent(s.CoopId, ana, "Rosa", "Lima", DependentRelationship.Spouse, new DateOnly(1989, 2, 3), "F"));
        var second = await SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [leo, rosa], new DateOnly(2027, 1, 1)));

        var history = await WithDbAsync(db => db.Elections.Where(e => e.MemberId == ana).OrderBy(e => e.Id).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(e => e.Id), Is.EqualTo(new[] { first, second }));
            Assert.That(history[0].Tier, Is.EqualTo(CoverageTier.WorkerAndChildren), "the first row is kept as it was");
            Assert.That(history[0].DependentIds, Is.EqualTo(new[] { leo }));
            Assert.That(history[1].Tier, Is.EqualTo(CoverageTier.Family));
            Assert.That(history[1].Reason, Is.EqualTo(ElectionReason.OpenEnrollment));
            Assert.That(history[1].RecordedByName, Is.EqualTo("Rita Rep"));
        });

        var benefits = await SendAsync(new GetCoopBenefits(s.CoopId));
        var year = benefits.PlanYears.Single();
        var row = year.Workers.Single(w => w.MemberId == ana);
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(ElectionStatus.Enrolled));
            Assert.That(row.Tier, Is.EqualTo(CoverageTier.Family));
            Assert.That(row.Dependents, Is.EquivalentTo(new[] { "Leo Lima", "Rosa Lima" }));
            Assert.That((row.Premium, row.CoopShare, row.WorkerShare), Is.EqualTo((1433.60m, 1146.88m, 286.72m)));
            Assert.That(row.Changes, Is.EqualTo(2));
            Assert.That(year.CoopMonthlyTotal, Is.EqualTo(1146.88m));
            Assert.That(year.WindowOpen, Is.True);
            Assert.That(benefits.Members, Has.Count.EqualTo(1), "Ben has no benefits record yet");
        });

        await SaveMemberAsync(s, s.BenPersonId);
        year = (await SendAsync(new GetCoopBenefits(s.CoopId))).PlanYears.Single();
        Assert.That(year.Workers.Where(w => w.Status == ElectionStatus.Missing).Select(w => w.Name), Is.EqualTo(new[] { "Ben Ortiz" }));
        Assert.That(year.MissingCount, Is.EqualTo(1));
    }

    [Test]
    public async Task OutsideTheWindowAChangeNeedsAnApprovedLifeEvent()
    {
        var s = await SeedAsync();
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId);
        await SendAsync(new WaiveCoverage(s.CoopId, ana, s.PlanYearId, WaiveReason.CoveredBySpouseOrPartner, new DateOnly(2027, 1, 1)));

        Clock.Set(2027, 3, 10);
        var baby = await SendAsync(new AddDependent(s.CoopId, ana, "Mia", "Lima", DependentRelationship.Child, new DateOnly(2027, 3, 2), "F"));
        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [baby], new DateOnly(2027, 3, 2))));
        Assert.That(refused!.Message, Does.Contain("Open enrollment"));

        var eventId = await SendAsync(new ReportLifeEvent(s.CoopId, ana, LifeEventKind.BirthOrAdoption, new DateOnly(2027, 3, 2), null,
            [new EvidenceFile("birth.pdf", Pdf)]));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [baby], new DateOnly(2027, 3, 2))),
            "a pending event is not enough");
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ApproveLifeEvent(eventId, null, null)), "only staff approve");

        RunAsStaff();
        var queue = await SendAsync(new ListLifeEvents());
        Assert.That(queue.First().Id, Is.EqualTo(eventId));
        Assert.That(queue.First().Attachments.Single().ContentType, Is.EqualTo("application/pdf"));
        await SendAsync(new ApproveLifeEvent(eventId, queue.First().Version, "Certificate seen."));

        RunAsRep(s.CoopId);
        var enrolled = await SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [baby], new DateOnly(2027, 3, 2)));
        var election = await FindAsync<Election>(enrolled);
        Assert.Multiple(() =>
        {
            Assert.That(election!.Reason, Is.EqualTo(ElectionReason.LifeEvent));
            Assert.That(election.LifeEventId, Is.EqualTo(eventId));
            Assert.That(election.Tier, Is.EqualTo(CoverageTier.WorkerAndChildren));
        });
    }

    [Test]
    public async Task ALifeEventNeedsAcceptableEvidence()
    {
        var s = await SeedAsync();
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId);

        var noFiles = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ReportLifeEvent(s.CoopId, ana, LifeEventKind.Marriage,
            new DateOnly(2026, 11, 1), null, [])));
        Assert.That(noFiles!.Errors.Keys, Does.Contain("Files"));
        var fake = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ReportLifeEvent(s.CoopId, ana, LifeEventKind.Marriage,
            new DateOnly(2026, 11, 1), null, [new EvidenceFile("certificate.pdf", "not a pdf"u8.ToArray())])));
        Assert.That(fake!.Message, Does.Contain("not a PDF"));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new ReportLifeEvent(s.CoopId, ana, LifeEventKind.Marriage,
            new DateOnly(2026, 11, 1), null, [new EvidenceFile("run.exe", Pdf)])));
        Assert.That(await CountAsync<LifeEvent>(), Is.Zero);
    }

    [Test]
    public async Task ALapsedCoopCannotEnroll()
    {
        var s = await SeedAsync(MembershipStatus.Lapsed);
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId);

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [], new DateOnly(2027, 1, 1))));
        Assert.That(refused!.Message, Does.Contain("lapsed"));
        Assert.That(await CountAsync<Election>(), Is.Zero);
    }

    [Test]
    public async Task BirthDatesAndTaxpayerIdsAreSealedAtRestShownMaskedAndNeverAudited()
    {
        var s = await SeedAsync();
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId, "123-45-6789", new DateOnly(1990, 4, 15));
        await SendAsync(new AddDependent(s.CoopId, ana, "Leo", "Lima", DependentRelationship.Child, new DateOnly(2019, 6, 1), "M"));
        // An update of the id only, with the version read: the birth date on file is kept.
        var version = (await SendAsync(new ListBenefitMembers(s.CoopId))).Members.Single().Version;
        Assert.ThrowsAsync<ConflictException>(() => SendAsync(new SaveBenefitMember(s.CoopId, s.AnaPersonId, version + 1, null, null,
            WorkerKind.WorkerOwner, 32, null, "MA", "F", null, "555-55-5555")), "a stale version is refused");
        await SendAsync(new SaveBenefitMember(s.CoopId, s.AnaPersonId, version, null, null, WorkerKind.WorkerOwner, 32, new DateOnly(2022, 5, 1), "MA", "F",
            null, "987-65-4321"));

        var (birthRaw, idRaw, childRaw, audit) = await WithDbAsync(async db => (
            await db.Database.SqlQueryRaw<string>("SELECT BirthDateSealed AS Value FROM BenefitMembers").SingleAsync(),
            await db.Database.SqlQueryRaw<string>("SELECT TaxpayerIdSealed AS Value FROM BenefitMembers").SingleAsync(),
            await db.Database.SqlQueryRaw<string>("SELECT BirthDateSealed AS Value FROM Dependents").SingleAsync(),
            await db.AuditEntries.Where(a => a.EntityType == nameof(BenefitMember) || a.EntityType == nameof(Dependent)).Select(a => a.Changes).ToListAsync()));
        var opened = await WithServiceAsync<ISensitiveData, (DateOnly?, string?, DateOnly?)>(d =>
            Task.FromResult((d.OpenDate(birthRaw), d.Open(idRaw), d.OpenDate(childRaw))));
        var members = await SendAsync(new ListBenefitMembers(s.CoopId));

        Assert.Multiple(() =>
        {
            Assert.That(birthRaw, Does.Not.Contain("1990").And.Not.Contain("04-15"));
            Assert.That(idRaw, Does.Not.Contain("987").And.Not.Contain("4321"));
            Assert.That(childRaw, Does.Not.Contain("2019"));
            Assert.That(opened, Is.EqualTo(((DateOnly?)new DateOnly(1990, 4, 15), (string?)"987654321", (DateOnly?)new DateOnly(2019, 6, 1))));
            Assert.That(members.Members.Single().MaskedTaxpayerId, Is.EqualTo("•••• 4321"));
            Assert.That(members.Members.Single().HasBirthDate, Is.True);
            Assert.That(audit, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(audit, Has.All.Not.Contain(birthRaw).And.Not.Contain(idRaw).And.Not.Contain(childRaw));
            Assert.That(audit, Has.All.Not.Contain("1990").And.Not.Contain("987-65").And.Not.Contain("123-45"));
            Assert.That(audit, Has.Some.Contains("TaxpayerIdSealed").And.Contains("(changed)"), "the trail records that the id changed");
        });
    }

    [Test]
    public async Task TheConfirmationGoesToThatWorkerOnly()
    {
        var s = await SeedAsync();
        RunAsRep(s.CoopId);
        var ana = await SaveMemberAsync(s, s.AnaPersonId);
        var ben = await SaveMemberAsync(s, s.BenPersonId);
        var leo = await SendAsync(new AddDependent(s.CoopId, ana, "Leo", "Lima", DependentRelationship.Child, new DateOnly(2019, 6, 1), "M"));

        await SendAsync(new EnrollWorker(s.CoopId, ana, s.PlanYearId, [leo], new DateOnly(2027, 1, 1)));

        var mail = await WithDbAsync(db => db.OutboxMessages.Select(m => new { m.To, m.Subject, m.Body }).ToListAsync());
        Assert.That(mail.Select(m => m.To), Is.EqualTo(new[] { $"ana{s.CoopId}@example.org" }));
        Assert.Multiple(() =>
        {
            Assert.That(mail[0].Subject, Does.Contain("Valley Health Plus"));
            Assert.That(mail[0].Body, Does.Contain("Ana Lima, Leo Lima").And.Contain("January 1, 2027").And.Contain("$184.32"),
                "who is covered, from when, 20 % of $921.60");
            Assert.That(mail[0].Body, Does.Not.Contain("Ben").And.Not.Contain("6789").And.Not.Contain("1990"));
        });

        await SendAsync(new WaiveCoverage(s.CoopId, ben, s.PlanYearId, WaiveReason.CoveredByOtherEmployer, new DateOnly(2027, 1, 1)));
        var benMail = await WithDbAsync(db => db.OutboxMessages.Where(m => m.To == $"ben{s.CoopId}@example.org").Select(m => m.Body).SingleAsync());
        Assert.That(benMail, Does.Contain("waived").And.Not.Contain("Ana").And.Not.Contain("Leo"));
    }

    [Test]
    public async Task ARepSeesAndChangesNothingOfAnotherCoop()
    {
        var mine = await SeedAsync();
        var other = await SeedAsync(coopName: "Other Coop");
        var theirs = await SaveMemberAsync(other, other.AnaPersonId);
        await SendAsync(new ReportLifeEvent(other.CoopId, theirs, LifeEventKind.Marriage, new DateOnly(2026, 11, 1), null, [new EvidenceFile("m.pdf", Pdf)]));

        RunAsRep(mine.CoopId);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetCoopBenefits(other.CoopId)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListBenefitMembers(other.CoopId)));
        Assert.ThrowsAsync<NotFoundException>(() => SaveMemberAsync(other, other.BenPersonId));
        Assert.ThrowsAsync<NotFoundException>(() => SaveMemberAsync(mine, other.BenPersonId), "a person of another co-op under my co-op's id");
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new EnrollWorker(mine.CoopId, theirs, mine.PlanYearId, [], new DateOnly(2027, 1, 1))));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new AddDependent(mine.CoopId, theirs, "X", "Y", DependentRelationship.Child, new DateOnly(2020, 1, 1), null)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListLifeEvents(other.CoopId)));
        Assert.That(await SendAsync(new ListLifeEvents()), Is.Empty, "the rep's own list holds only their co-op's events");
        Assert.That(await CountAsync<Election>(), Is.Zero);
    }
}
