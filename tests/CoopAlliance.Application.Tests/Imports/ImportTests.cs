using System.Text;
using CoopAlliance.Application.Imports;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Imports;

public sealed class ImportTests : TestBase
{
    private const string Coops = """
        ref,legal_name,kind,region,status,town,state,worker_owners,member_since
        C-1,Pioneer Valley Bakers Cooperative,worker coop,Western Massachusetts,Active,Northampton,ma,12,2019-04-01
        C-2,Green Mountain Print Co-op,WorkerCoop,southern_vermont,Applicant,Brattleboro,VT,5,
        C-3,Holyoke Cleaning Collective,Democratic Workplace,WesternMassachusetts,Active,Holyoke,MA,8,2021-01-15
        """;

    private const string Roster = """
        coop_ref,full_name,email,role,worker_owner,primary_contact,started_on
        C-1,Ana Souza,ana@bakers.example.coop,Baker,yes,yes,2019-04-01
        C-1,Ben Lima,ben@bakers.example.coop,Baker,yes,no,2020-02-01
        C-1,Carla Dias,,Apprentice,no,no,
        C-2,Dee Moss,dee@print.example.coop,Printer,yes,yes,
        C-2,Eli Stone,eli@print.example.coop,Printer,yes,no,
        C-3,Fay Reis,fay@clean.example.coop,Coordinator,yes,yes,2021-01-15
        C-3,Gus Melo,,Cleaner,no,no,
        """;

    private static ImportFiles Files(string coops, string? roster = null) =>
        new(File("coops.csv", coops), roster is null ? null : File("roster.csv", roster));

    private static ImportFile File(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new ImportFile(name, () => new MemoryStream(bytes, writable: false));
    }

    private static Task<List<string>> PeopleAsync() =>
        WithDbAsync(db => db.People.Join(db.Cooperatives, p => p.CooperativeId, c => c.Id, (p, c) => new { c.ImportRef, p.FullName, p.Email, p.Role, p.IsWorkerOwner, p.IsPrimaryContact, p.StartedOn })
            .OrderBy(x => x.ImportRef).ThenBy(x => x.FullName)
            .Select(x => $"{x.ImportRef}|{x.FullName}|{x.Email}|{x.Role}|{x.IsWorkerOwner}|{x.IsPrimaryContact}|{x.StartedOn}").ToListAsync());

    [Test]
    public async Task TheDryRunSaysWhatWouldBeCreatedAndWritesNothing()
    {
        var report = await SendAsync(new CheckImport(Files(Coops, Roster)));

        Assert.That(report.DryRun, Is.True);
        Assert.That(report.ErrorCount, Is.Zero, string.Join("\n", report.Errors));
        Assert.That(report.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 3, 0, 0, 0)));
        Assert.That(report.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 7, 7, 0, 0, 0)));
        Assert.That(await WithDbAsync(db => db.Cooperatives.CountAsync()), Is.Zero);
        Assert.That(await WithDbAsync(db => db.ImportRuns.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task TheDryRunNamesEachBadCellByLineAndColumn()
    {
        const string coops = """
            ref,legal_name,kind,region,status,email,founded_on
            C-1,Pioneer Valley Bakers,worker coop,Western Massachusetts,Active,info@bakers.example.coop,2019-04-01
            C-2,,WorkerCoop,Southern Vermont,Active,,
            C-3,Holyoke Cleaning,Bakery,Western Massachusetts,Active,not-an-email,31/01/2020
            C-1,Pioneer Again,WorkerCoop,Western Massachusetts,Active,,
            """;
        const string roster = """
            coop_ref,full_name,email,primary_contact,worker_owner
            C-1,Ana Souza,ana@bakers.example.coop,yes,yes
            C-9,Nobody Known,,no,no
            C-1,Ana Souza,ANA@bakers.example.coop,no,maybe
            C-1,Ben Lima,ben@bakers.example.coop,yes,no
            """;

        var report = await SendAsync(new CheckImport(Files(coops, roster)));

        var errors = report.Errors.Select(e => $"{e.File}:{e.Line}:{e.Column}").ToList();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "coops.csv:3:legal_name",
            "coops.csv:4:kind", "coops.csv:4:founded_on", "coops.csv:4:email",
            "coops.csv:5:ref",
            "roster.csv:3:coop_ref",
            "roster.csv:4:worker_owner",
            "roster.csv:5:primary_contact",
        }));
        Assert.That(report.ErrorCount, Is.EqualTo(8));
        Assert.That(report.Errors.Single(e => e.Column == "ref").Message, Does.Contain("already on line 2"));
        Assert.That(report.Errors.Single(e => e.Column == "kind").Message, Does.Contain("WorkerCoop"));
        Assert.That(report.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 4, 1, 0, 0, 3)));
        Assert.That(report.Roster!.RowsWithErrors, Is.EqualTo(3));
    }

    [Test]
    public async Task AnUnknownOrMissingColumnIsAnErrorOnTheHeaderLine()
    {
        var report = await SendAsync(new CheckImport(Files("ref,legal_name,kind,regoin,status\nC-1,A,WorkerCoop,Elsewhere,Active\n")));

        Assert.That(report.Errors.Select(e => (e.Line, e.Column)), Is.EquivalentTo(new[] { (1, "regoin"), (1, "region") }));
        Assert.That(report.Coops.Rows, Is.Zero);
    }

    [Test]
    public async Task AnImportWithAnyErrorWritesNothing()
    {
        var report = await SendAsync(new RunImport(Files(Coops, Roster.Replace("C-3,Gus Melo", "C-4,Gus Melo", StringComparison.Ordinal))));

        Assert.That(report.Imported, Is.False);
        Assert.That(report.Errors.Single(), Is.EqualTo(new ImportRowError("roster.csv", 8, "coop_ref", "No co-op has the reference \"C-4\", in the co-ops file or already imported.")));
        Assert.That(await WithDbAsync(db => db.Cooperatives.CountAsync()), Is.Zero);
        Assert.That(await WithDbAsync(db => db.People.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task AnImportCreatesTheCoopsAndTheirPeople()
    {
        var report = await SendAsync(new RunImport(Files(Coops, Roster)));

        Assert.That(report.Imported, Is.True);
        Assert.That(report.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 3, 0, 0, 0)));
        Assert.That(report.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 7, 7, 0, 0, 0)));
        var bakers = await WithDbAsync(db => db.Cooperatives.Include(c => c.People).Include(c => c.History).SingleAsync(c => c.ImportRef == "C-1"));
        Assert.That((bakers.LegalName, bakers.Kind, bakers.Region, bakers.Status, bakers.State, bakers.MemberSince),
            Is.EqualTo(("Pioneer Valley Bakers Cooperative", CoopKind.WorkerCoop, Region.WesternMassachusetts, MembershipStatus.Active, "MA", (DateOnly?)new DateOnly(2019, 4, 1))));
        Assert.That(bakers.History.Single().Transition, Is.EqualTo(MembershipTransition.Register));
        Assert.That(bakers.People.Select(p => p.FullName), Is.EquivalentTo(new[] { "Ana Souza", "Ben Lima", "Carla Dias" }));
        var ana = bakers.People.Single(p => p.FullName == "Ana Souza");
        Assert.That((ana.Email, ana.Role, ana.IsWorkerOwner, ana.IsPrimaryContact, ana.StartedOn),
            Is.EqualTo(("ana@bakers.example.coop", "Baker", true, true, (DateOnly?)new DateOnly(2019, 4, 1))));
        var run = await WithDbAsync(db => db.ImportRuns.SingleAsync());
        Assert.That((run.Status, run.Phase, run.PeopleCreated), Is.EqualTo((ImportRunStatus.Succeeded, ImportPhase.Done, 7)));
    }

    [Test]
    public async Task ImportingTheSameFilesTwiceCreatesNothingTheSecondTime()
    {
        await SendAsync(new RunImport(Files(Coops, Roster)));
        var people = await PeopleAsync();

        var dryRun = await SendAsync(new CheckImport(Files(Coops, Roster)));
        var again = await SendAsync(new RunImport(Files(Coops, Roster)));

        Assert.That(dryRun.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 0, 0, 3, 0)));
        Assert.That(dryRun.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 7, 0, 0, 7, 0)));
        Assert.That(again.Imported, Is.True);
        Assert.That(again.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 0, 0, 3, 0)));
        Assert.That(again.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 7, 0, 0, 7, 0)));
        Assert.That(await WithDbAsync(db => db.Cooperatives.CountAsync()), Is.EqualTo(3));
        Assert.That(await PeopleAsync(), Is.EqualTo(people));
    }

    [Test]
    public async Task AChangedFileUpdatesTheMatchingRecordsAndTheDryRunSaysWhich()
    {
        await SendAsync(new RunImport(Files(Coops, Roster)));
        var coops = Coops.Replace("Brattleboro,VT,5", "Bellows Falls,VT,6", StringComparison.Ordinal);
        var roster = Roster
            .Replace("Ben Lima,ben@bakers.example.coop,Baker,yes,no", "Ben Lima,ben@bakers.example.coop,Head baker,yes,yes", StringComparison.Ordinal)
            .Replace("Ana Souza,ana@bakers.example.coop,Baker,yes,yes", "Ana Souza,ana@bakers.example.coop,Baker,yes,no", StringComparison.Ordinal)
            .Replace("C-3,Gus Melo,,Cleaner", "C-3,Gus Melo,gus@clean.example.coop,Cleaner", StringComparison.Ordinal)
            + "\nC-2,Hana Cruz,hana@print.example.coop,Binder,no,no,\n";

        var dryRun = await SendAsync(new CheckImport(Files(coops, roster)));
        var report = await SendAsync(new RunImport(Files(coops, roster)));

        Assert.That(dryRun.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 0, 1, 2, 0)));
        // Gus had no email: matched by name, he gets one.
        Assert.That(dryRun.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 8, 1, 3, 4, 0)));
        Assert.That(report.Roster, Is.EqualTo(dryRun.Roster with { RowsWithErrors = 0 }));
        var print = await WithDbAsync(db => db.Cooperatives.Include(c => c.People).SingleAsync(c => c.ImportRef == "C-2"));
        Assert.That((print.Town, print.WorkerOwners, print.People.Count), Is.EqualTo(("Bellows Falls", 6, 3)));
        var bakers = await WithDbAsync(db => db.People.Where(p => db.Cooperatives.Any(c => c.Id == p.CooperativeId && c.ImportRef == "C-1")).ToListAsync());
        Assert.That(bakers.Single(p => p.IsPrimaryContact).FullName, Is.EqualTo("Ben Lima"));
        Assert.That(await WithDbAsync(db => db.People.CountAsync()), Is.EqualTo(8));
        Assert.That(await WithDbAsync(db => db.People.SingleAsync(p => p.FullName == "Gus Melo")), Has.Property("Email").EqualTo("gus@clean.example.coop"));
    }

    [TestCase(ImportPhase.Coops, 1)]
    [TestCase(ImportPhase.Roster, 2)]
    public async Task AStoppedImportResumesAfterItsLastBatchAndEndsAsACleanImportWould(ImportPhase phase, int afterBatch)
    {
        // The clean import, for comparison.
        await SendAsync(new RunImport(Files(Coops, Roster)));
        var clean = await PeopleAsync();
        var cleanCoops = await WithDbAsync(db => db.Cooperatives.OrderBy(c => c.ImportRef).Select(c => c.ImportRef + "|" + c.LegalName + "|" + c.Status).ToListAsync());
        ResetState();

        // The process dies after batch k (batches of 2 co-ops, then of 3 people): nothing marks the run failed.
        TestImportPause.AfterBatch = (p, batch) => p == phase && batch == afterBatch ? throw new OperationCanceledException("killed") : Task.CompletedTask;
        Assert.ThrowsAsync<OperationCanceledException>(() => SendAsync(new RunImport(Files(Coops, Roster))));
        var stopped = await WithDbAsync(db => db.ImportRuns.SingleAsync());
        Assert.That((stopped.Status, stopped.Phase), Is.EqualTo((ImportRunStatus.Running, phase == ImportPhase.Coops ? ImportPhase.Coops : ImportPhase.Roster)));
        Assert.That(stopped.LastLine, Is.EqualTo(phase == ImportPhase.Coops ? 3 : 7), "the last line of the last committed batch");
        var peopleBefore = await WithDbAsync(db => db.People.CountAsync());
        Assert.That(peopleBefore, Is.EqualTo(phase == ImportPhase.Coops ? 0 : 6));

        TestImportPause.AfterBatch = null;
        var resumed = await SendAsync(new RunImport(Files(Coops, Roster)));

        Assert.That((resumed.Imported, resumed.Attempts, resumed.RunId), Is.EqualTo((true, 2, stopped.Id)));
        Assert.That(resumed.Coops, Is.EqualTo(new ImportFileReport("coops.csv", 3, 3, 0, 0, 0)));
        Assert.That(resumed.Roster, Is.EqualTo(new ImportFileReport("roster.csv", 7, 7, 0, 0, 0)));
        Assert.That(await PeopleAsync(), Is.EqualTo(clean));
        Assert.That(await WithDbAsync(db => db.Cooperatives.OrderBy(c => c.ImportRef).Select(c => c.ImportRef + "|" + c.LegalName + "|" + c.Status).ToListAsync()), Is.EqualTo(cleanCoops));
        Assert.That(await WithDbAsync(db => db.ImportRuns.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task AFailedBatchRollsBackWholeAndTheRunSaysItFailed()
    {
        TestImportPause.AfterBatch = (p, batch) => p == ImportPhase.Roster && batch == 1 ? throw new InvalidOperationException("disk full") : Task.CompletedTask;
        Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new RunImport(Files(Coops, Roster))));

        var run = await WithDbAsync(db => db.ImportRuns.SingleAsync());
        Assert.That((run.Status, run.Error, run.PeopleCreated), Is.EqualTo((ImportRunStatus.Failed, "disk full", 3)));
        Assert.That(await WithDbAsync(db => db.People.CountAsync()), Is.EqualTo(3));

        TestImportPause.AfterBatch = null;
        var resumed = await SendAsync(new RunImport(Files(Coops, Roster)));
        Assert.That((resumed.Attempts, resumed.Roster!.Created), Is.EqualTo((2, 7)));
        Assert.That(await WithDbAsync(db => db.People.CountAsync()), Is.EqualTo(7));
    }
}
