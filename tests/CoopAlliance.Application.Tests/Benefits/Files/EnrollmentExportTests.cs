using CoopAlliance.Application.Benefits.Coverage;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Tests.Benefits.Files;

/// <summary>Carrier files made from the elections: every change sent exactly once, and every file well formed.</summary>
public sealed class EnrollmentExportTests : TestBase
{
    private static readonly Actor Rep = new(null, "Rosa Rep");

    private static async Task<(int CarrierId, int PlanId)> SeedPlanAsync() => await WithDbAsync(async db =>
    {
        var carrier = new Carrier("Valley Mutual", "VALLEYMUT", null);
        db.Carriers.Add(carrier);
        await db.SaveChangesAsync();
        var plan = new Plan("Valley Health Plus", PlanKind.Health, carrier.Id, "VHP1", EligibilityRules.Default with { WaitingDays = 0 }, 30, null);
        plan.AddYear(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31),
            [new(CoverageTier.WorkerOnly, 512m), new(CoverageTier.WorkerAndChildren, 921.60m), new(CoverageTier.Family, 1433.60m), new(CoverageTier.WorkerAndPartner, 1024m)]);
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return (carrier.Id, plan.Id);
    });

    /// <summary>A co-op taking part, with one worker enrolled (a new election row each call).</summary>
    private static async Task<int> EnrollNewWorkerAsync(int coopId, string name, int children = 0) => await WithDbAsync(async db =>
    {
        var plan = await db.Plans.Include(p => p.Years).SingleAsync();
        var year = plan.Years.Single();
        var participation = await db.CoopParticipations.SingleAsync(p => p.CooperativeId == coopId);
        var coop = await db.Cooperatives.Include(c => c.People).SingleAsync(c => c.Id == coopId);
        var person = coop.AddPerson(new PersonDetails(name + " Lima", "Baker", null, null, true, new DateOnly(2020, 1, 1), false));
        await db.SaveChangesAsync();
        var member = new BenefitMember(coopId, person.Id, name, "Lima", null);
        member.SetWork(WorkerKind.WorkerOwner, 36, new DateOnly(2020, 1, 1), "MA", 'F');
        db.BenefitMembers.Add(member);
        await db.SaveChangesAsync();
        var dependents = Enumerable.Range(0, children).Select(i => member.AddDependent("Kid" + i, "Lima", DependentRelationship.Child, null, 'U')).ToList();
        await db.SaveChangesAsync();
        db.Elections.Add(Election.Enroll(new EnrollmentContext(plan, year, participation, member, MembershipStatus.Active, true), dependents, year.StartsOn,
            ElectionReason.OpenEnrollment, null, Rep, Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return member.Id;
    });

    private static async Task<int> CoopTakingPartAsync(string name)
    {
        var coopId = await AddActiveCoopAsync(name);
        await WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Years).SingleAsync();
            var participation = new CoopParticipation(coopId, plan.Years.Single(), MembershipStatus.Active, plan.Rules, ContributionKind.PercentOfPremium, 80, [],
                new DateOnly(2027, 1, 1), Rep, Clock.GetUtcNow());
            participation.Approve("G" + coopId, Rep, Clock.GetUtcNow(), null);
            db.CoopParticipations.Add(participation);
            await db.SaveChangesAsync();
        });
        return coopId;
    }

    [Test]
    public async Task ManyChangeFilesBetweenChangesSendEveryRowExactlyOnce()
    {
        Clock.Set(2026, 11, 15);
        RunAsStaff();
        var (carrierId, _) = await SeedPlanAsync();
        var coopId = await CoopTakingPartAsync("Pioneer Valley Bread Cooperative");
        var random = new Random(7);
        var exports = new List<EnrollmentExportDto>();
        for (var round = 0; round < 12; round++)
        {
            for (var i = 0; i < random.Next(0, 4); i++)
            {
                await EnrollNewWorkerAsync(coopId, $"W{round}x{i}", random.Next(0, 3));
            }

            Clock.Advance(TimeSpan.FromMinutes(5));
            exports.Add(await SendAsync(new CreateEnrollmentExport(carrierId, EnrollmentExportKind.Changes)));
        }

        var elections = await WithDbAsync(db => db.Elections.Select(e => new { e.Id, e.ExportId }).ToListAsync());
        var sentMembers = 0;
        foreach (var export in exports)
        {
            var file = await SendAsync(new GetEnrollmentExportFile(export.Id));
            var document = X12Document.Parse(file.Content);
            Assert.That(document.Check(), Is.Empty, file.Content);
            Assert.That(document.Members().Count(m => m.IsSubscriber), Is.EqualTo(elections.Count(e => e.ExportId == export.Id)));
            Assert.That(document.Members().All(m => m.Maintenance == "021"), Is.True, "every row is a new enrollment");
            sentMembers += document.Members().Count(m => m.IsSubscriber);
        }

        Assert.Multiple(() =>
        {
            Assert.That(elections, Has.All.Matches<dynamic>(e => e.ExportId != null), "nothing skipped");
            Assert.That(sentMembers, Is.EqualTo(elections.Count), "nothing sent twice");
            Assert.That(exports.Sum(e => e.Changes), Is.EqualTo(elections.Count));
        });
    }

    [Test]
    public async Task FilesReadInSmallBatchesOfWorkersSayExactlyWhatOneBatchSays()
    {
        Clock.Set(2026, 11, 15);
        RunAsStaff();
        var (carrierId, _) = await SeedPlanAsync();
        foreach (var coop in new[] { "Pioneer Valley Bread Cooperative", "Brattleboro Builders Co-op" })
        {
            var coopId = await CoopTakingPartAsync(coop);
            for (var i = 0; i < 4; i++)
            {
                await EnrollNewWorkerAsync(coopId, $"{coop[..3]}{i}", children: i % 3);
            }
        }

        var options = Testing.Services.GetRequiredService<IOptions<EnrollmentOptions>>().Value;
        async Task<List<string>> LoopsAsync(EnrollmentExportKind kind, int batch)
        {
            options.ExportBatchSize = batch;
            try
            {
                var export = await SendAsync(new CreateEnrollmentExport(carrierId, kind));
                var document = X12Document.Parse((await SendAsync(new GetEnrollmentExportFile(export.Id))).Content);
                Assert.That(document.Check(), Is.Empty);
                return document.Members().Select(m => $"{m.IsSubscriber} {m.Relationship} {m.Maintenance} {m.TierCode} {m.CoverageEnd}").ToList();
            }
            finally
            {
                options.ExportBatchSize = 500;
            }
        }

        var changesInBatchesOfThree = await LoopsAsync(EnrollmentExportKind.Changes, 3);
        var fullInOne = await LoopsAsync(EnrollmentExportKind.Full, 500);
        var fullInBatchesOfTwo = await LoopsAsync(EnrollmentExportKind.Full, 2);

        Assert.Multiple(() =>
        {
            Assert.That(fullInOne.Count(l => l.StartsWith("True", StringComparison.Ordinal)), Is.EqualTo(8), "every covered worker");
            Assert.That(fullInBatchesOfTwo, Is.EqualTo(fullInOne));
            Assert.That(changesInBatchesOfThree, Has.Count.EqualTo(fullInOne.Count), "each worker and dependent once, none lost between batches");
        });
    }

    [Test]
    public async Task ARejectedFileGivesItsChangesToTheNextAndTerminationsCarryTheirLastDay()
    {
        Clock.Set(2026, 11, 15);
        RunAsStaff();
        var (carrierId, _) = await SeedPlanAsync();
        var coopId = await CoopTakingPartAsync("Pioneer Valley Bread Cooperative");
        var memberId = await EnrollNewWorkerAsync(coopId, "Ana", children: 1);
        var first = await SendAsync(new CreateEnrollmentExport(carrierId, EnrollmentExportKind.Changes));
        await SendAsync(new DecideEnrollmentExport(first.Id, false, "Wrong group number"));

        await WithDbAsync(async db =>
        {
            var current = await db.Elections.SingleAsync(e => e.MemberId == memberId);
            db.Elections.Add(current.Terminate(new DateOnly(2027, 3, 31), ElectionReason.LeftRoster, Actor.System, Clock.GetUtcNow().AddMinutes(1)));
            await db.SaveChangesAsync();
        });
        var second = await SendAsync(new CreateEnrollmentExport(carrierId, EnrollmentExportKind.Changes));
        var members = X12Document.Parse((await SendAsync(new GetEnrollmentExportFile(second.Id))).Content).Members().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(second.Changes, Is.EqualTo(2), "the rejected file's row and the termination");
            Assert.That(members.Select(m => (m.IsSubscriber, m.Maintenance)), Is.EqualTo(new[] { (true, "021"), (false, "021"), (true, "024"), (false, "024") }));
            Assert.That(members[2].CoverageEnd, Is.EqualTo(new DateOnly(2027, 3, 31)));
            Assert.That(members[1].Relationship, Is.EqualTo("19"));
            Assert.That(members[0].TierCode, Is.EqualTo("ECH"));
        });
    }

    [Test]
    public async Task AFullFileListsEveryoneCoveredAsAnAuditWithTheirTaxpayerIdOpened()
    {
        Clock.Set(2026, 11, 15);
        RunAsStaff();
        var (carrierId, _) = await SeedPlanAsync();
        var coopId = await CoopTakingPartAsync("Pioneer Valley Bread Cooperative");
        var ana = await EnrollNewWorkerAsync(coopId, "Ana");
        await EnrollNewWorkerAsync(coopId, "Ben", children: 2);
        await WithServiceAsync<CoopAlliance.Application.Common.Interfaces.ISensitiveData, int>(async sensitive =>
        {
            await WithDbAsync(async db =>
            {
                var member = await db.BenefitMembers.SingleAsync(m => m.Id == ana);
                member.SetSensitive(sensitive.SealDate(new DateOnly(1984, 2, 29)), sensitive.Seal("000-12-3456"), "3456");
                await db.SaveChangesAsync();
            });
            return 0;
        });

        var full = await SendAsync(new CreateEnrollmentExport(carrierId, EnrollmentExportKind.Full));
        var document = X12Document.Parse((await SendAsync(new GetEnrollmentExportFile(full.Id))).Content);
        var members = document.Members().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(document.Check(), Is.Empty);
            Assert.That(full.Subscribers, Is.EqualTo(2));
            Assert.That(full.Members, Is.EqualTo(4));
            Assert.That(members, Has.All.Matches<X12Member>(m => m.Maintenance == "030"));
            Assert.That(members[0].TaxpayerId, Is.EqualTo("000123456"));
            Assert.That(members[0].BirthDate, Is.EqualTo(new DateOnly(1984, 2, 29)));
            Assert.That(document.Segments.Single(s => s.Id == "BGN")[8], Is.EqualTo("4"));
        });
    }
}
