using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Cooperatives;

public sealed class CreateAndUpdateCoopTests : TestBase
{
    private static CreateCoop NewCoop(string legalName = "Franklin County Solar Cooperative") => new()
    {
        LegalName = legalName,
        TradeName = "FC Solar",
        Kind = CoopKind.WorkerCoop,
        Sector = "Solar installation",
        StreetAddress = "4 Mill St",
        Town = "Greenfield",
        State = "ma",
        PostalCode = "01301",
        Region = Region.WesternMassachusetts,
        FoundedOn = new DateOnly(2014, 4, 1),
        WorkerOwners = 14,
        OtherWorkers = 3,
        RevenueBand = RevenueBand.From1MTo5M,
        Website = "https://fcsolar.example.coop",
        Email = "office@fcsolar.example.coop",
        Phone = "413-555-0142",
        Description = "Rooftop solar for homes and farms.",
        Status = MembershipStatus.Active,
        MemberSince = new DateOnly(2016, 9, 12),
    };

    [Test]
    public async Task StaffRegisterACoopWithItsWholeProfileAndTheRegistrationIsInItsHistory()
    {
        var id = await SendAsync(NewCoop());

        var coop = await SendAsync(new GetCoop(id));
        Assert.That(coop.LegalName, Is.EqualTo("Franklin County Solar Cooperative"));
        Assert.That(coop.DisplayName, Is.EqualTo("FC Solar"));
        Assert.That(coop.State, Is.EqualTo("MA"));
        Assert.That(coop.Sector, Is.EqualTo("Solar installation"));
        Assert.That(coop.WorkerOwners, Is.EqualTo(14));
        Assert.That(coop.RevenueBand, Is.EqualTo(RevenueBand.From1MTo5M));
        Assert.That(coop.Status, Is.EqualTo(MembershipStatus.Active));
        Assert.That(coop.MemberSince, Is.EqualTo(new DateOnly(2016, 9, 12)));
        var registration = coop.History.Single();
        Assert.That(registration.Transition, Is.EqualTo(MembershipTransition.Register));
        Assert.That(registration.ByName, Is.EqualTo("Sam Staff"));
        Assert.That(registration.At, Is.EqualTo(Clock.UtcNow));
    }

    [Test]
    public void OnlyStaffMayRegisterACoop()
    {
        RunAsRep(1);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(NewCoop()));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(NewCoop()));
        RunAnonymously();
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(NewCoop()));
    }

    [Test]
    public async Task BadInputIsRefusedFieldByFieldAndNothingIsWritten()
    {
        var bad = NewCoop() with
        {
            LegalName = " ",
            State = "Mass",
            PostalCode = "1301",
            Website = "fcsolar.coop",
            Email = "office-at-fcsolar",
            FoundedOn = Clock.Today.AddDays(1),
            WorkerOwners = -1,
            MemberSince = Clock.Today.AddDays(1),
        };

        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(bad));

        Assert.That(refused!.Errors.Keys, Is.EquivalentTo(new[]
        {
            nameof(CreateCoop.LegalName), nameof(CreateCoop.State), nameof(CreateCoop.PostalCode), nameof(CreateCoop.Website),
            nameof(CreateCoop.Email), nameof(CreateCoop.FoundedOn), nameof(CreateCoop.WorkerOwners), nameof(CreateCoop.MemberSince),
        }));
        Assert.That(refused.Errors[nameof(CreateCoop.PostalCode)], Has.Some.Contains("ZIP code"));
        Assert.That(await CountAsync<Cooperative>(), Is.Zero);
        Assert.That(await CountAsync<MembershipChange>(), Is.Zero);
        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task AnEditMadeWithTheVersionJustReadIsSavedAndMovesTheVersionOn()
    {
        var id = await AddActiveCoopAsync();
        var read = await SendAsync(new GetCoop(id));

        await SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0199", TradeName = "PV Bread" });

        var after = await SendAsync(new GetCoop(id));
        Assert.That(after.Phone, Is.EqualTo("413-555-0199"));
        Assert.That(after.DisplayName, Is.EqualTo("PV Bread"));
        Assert.That(after.Version, Is.GreaterThan(read.Version));
    }

    [Test]
    public async Task AnEditBasedOnAStaleVersionIsAConflictAndOverwritesNothing()
    {
        var id = await AddActiveCoopAsync();
        var read = await SendAsync(new GetCoop(id));
        await SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0199" });

        var conflict = Assert.ThrowsAsync<ConflictException>(() => SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0000", Town = "Florence" }));

        Assert.That(conflict!.Message, Does.Contain("Reload"));
        var after = await SendAsync(new GetCoop(id));
        Assert.That(after.Phone, Is.EqualTo("413-555-0199"));
        Assert.That(after.Town, Is.EqualTo("Northampton"));
        Assert.That(await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Command == nameof(UpdateCoop))), Is.EqualTo(1));
    }

    [Test]
    public async Task AStaleEditIsAConflictEvenWhenItChangesNothing()
    {
        var id = await AddActiveCoopAsync();
        var read = await SendAsync(new GetCoop(id));
        await SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0199" });

        Assert.ThrowsAsync<ConflictException>(() => SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0199" }));
    }

    [Test]
    public async Task ARepEditsTheirOwnCoopButAnotherCoopIsNotFoundAndUntouched()
    {
        var own = await AddActiveCoopAsync();
        var other = await AddActiveCoopAsync("Brattleboro Printing Cooperative", region: Region.SouthernVermont);
        var otherBefore = await SendAsync(new GetCoop(other));
        RunAsRep(own);

        await SendAsync(UpdateCoop.From(await SendAsync(new GetCoop(own))) with { Phone = "413-555-0777" });

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(UpdateCoop.From(otherBefore) with { Phone = "413-555-0666" }));
        RunAsStaff();
        Assert.That((await SendAsync(new GetCoop(own))).Phone, Is.EqualTo("413-555-0777"));
        Assert.That((await SendAsync(new GetCoop(other))).Phone, Is.EqualTo(otherBefore.Phone));
    }

    [Test]
    public async Task ARepCannotChangeTheFiguresThatDriveDuesAndHoursButStaffCan()
    {
        var own = await AddActiveCoopAsync(workerOwners: 10);
        RunAsRep(own);
        var before = await SendAsync(new GetCoop(own));

        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(UpdateCoop.From(before) with
        {
            WorkerOwners = 2,
            OtherWorkers = before.OtherWorkers + 1,
            RevenueBand = RevenueBand.Under100K,
            Phone = "413-555-0777",
        }));

        Assert.That(refused!.Errors.Keys, Is.EquivalentTo(new[] { nameof(UpdateCoop.WorkerOwners), nameof(UpdateCoop.OtherWorkers), nameof(UpdateCoop.RevenueBand) }));
        Assert.That(refused.Errors[nameof(UpdateCoop.WorkerOwners)].Single(), Does.Contain("self-report"));
        var unchanged = await SendAsync(new GetCoop(own));
        Assert.That((unchanged.WorkerOwners, unchanged.OtherWorkers, unchanged.RevenueBand, unchanged.Phone, unchanged.Version),
            Is.EqualTo((before.WorkerOwners, before.OtherWorkers, before.RevenueBand, before.Phone, before.Version)), "nothing saved");

        RunAsStaff();
        await SendAsync(UpdateCoop.From(unchanged) with { WorkerOwners = 2, RevenueBand = RevenueBand.Under100K });
        var byStaff = await SendAsync(new GetCoop(own));
        Assert.That((byStaff.WorkerOwners, byStaff.RevenueBand), Is.EqualTo((2, RevenueBand.Under100K)));
    }

    [Test]
    public async Task AnUnknownCoopIsNotFound()
    {
        await AddActiveCoopAsync();

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetCoop(4242)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new UpdateCoop { Id = 4242, LegalName = "Nobody", Kind = CoopKind.WorkerCoop, Region = Region.Elsewhere }));
    }
}

public sealed class CoopVisibilityTests : TestBase
{
    [Test]
    public async Task ARepSeesOnlyTheirOwnCoopInTheListAndAnotherCoopIsNotFound()
    {
        var own = await AddActiveCoopAsync();
        var other = await AddActiveCoopAsync("Brattleboro Printing Cooperative", region: Region.SouthernVermont);
        RunAsRep(own);

        var list = await SendAsync(new ListCoops());
        var detail = await SendAsync(new GetCoop(own));

        Assert.That(list.Items.Select(c => c.Id), Is.EqualTo(new[] { own }));
        Assert.That(list.Total, Is.EqualTo(1));
        Assert.That(detail.People, Has.Count.EqualTo(1));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetCoop(other)));
        Assert.That((await SendAsync(new ListCoops { Q = "Brattleboro" })).Total, Is.Zero);
    }

    [Test]
    public async Task AMentorSeesNoCoopRecordsThroughTheRegistry()
    {
        var id = await AddActiveCoopAsync();
        RunAsMentor();

        Assert.That((await SendAsync(new ListCoops())).Total, Is.Zero);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetCoop(id)));
    }

    [Test]
    public async Task NobodySignedOutCanReadTheRegistry()
    {
        var id = await AddActiveCoopAsync();
        RunAnonymously();

        Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(new ListCoops()));
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(new GetCoop(id)));
    }
}

public sealed class ListAndExportCoopsTests : TestBase
{
    private int _bread, _solar, _print, _cafe, _care;

    [SetUp]
    public async Task AddCoopsAsync()
    {
        _bread = await AddActiveCoopAsync("Pioneer Valley Bread Cooperative", workerOwners: 10);
        _solar = await AddActiveCoopAsync("Franklin County Solar, \"Sunny\" Co-op", workerOwners: 14, memberSince: new DateOnly(2016, 9, 12));
        _print = await AddActiveCoopAsync("Brattleboro Printing Cooperative", workerOwners: 6, region: Region.SouthernVermont,
            status: MembershipStatus.Lapsed);
        _cafe = await AddApplicantAsync("Deerfield Valley Cafe Cooperative");
        _care = await AddActiveCoopAsync("=Home Care Associates", workerOwners: 40, memberSince: new DateOnly(2011, 2, 1));
        await WithDbAsync(async db =>
        {
            var solar = await db.Cooperatives.SingleAsync(c => c.Id == _solar);
            solar.UpdateProfile(solar.Profile with { Sector = "Solar installation", Town = "Greenfield" });
            var care = await db.Cooperatives.SingleAsync(c => c.Id == _care);
            care.UpdateProfile(care.Profile with { Kind = CoopKind.ConversionInProgress, Sector = "Home care", Town = "Holyoke" });
            await db.SaveChangesAsync();
        });
    }

    [Test]
    public async Task SearchMatchesNameTownAndSectorIgnoringCase()
    {
        Assert.That(await IdsAsync(new ListCoops { Q = "bread" }), Is.EqualTo(new[] { _bread }));
        Assert.That(await IdsAsync(new ListCoops { Q = "GREENFIELD" }), Is.EqualTo(new[] { _solar }));
        Assert.That(await IdsAsync(new ListCoops { Q = "home care" }), Is.EqualTo(new[] { _care }));
        Assert.That(await IdsAsync(new ListCoops { Q = "restaurant" }), Is.EqualTo(new[] { _cafe }));
        Assert.That(await IdsAsync(new ListCoops { Q = "nothing like this" }), Is.Empty);
    }

    [Test]
    public async Task FiltersByStatusRegionKindAndSectorCombine()
    {
        Assert.That(await IdsAsync(new ListCoops { Status = MembershipStatus.Applicant }), Is.EqualTo(new[] { _cafe }));
        Assert.That(await IdsAsync(new ListCoops { Status = MembershipStatus.Lapsed }), Is.EqualTo(new[] { _print }));
        Assert.That(await IdsAsync(new ListCoops { Region = Region.SouthernVermont }), Is.EquivalentTo(new[] { _print, _cafe }));
        Assert.That(await IdsAsync(new ListCoops { Region = Region.SouthernVermont, Status = MembershipStatus.Lapsed }), Is.EqualTo(new[] { _print }));
        Assert.That(await IdsAsync(new ListCoops { Kind = CoopKind.ConversionInProgress }), Is.EqualTo(new[] { _care }));
        Assert.That(await IdsAsync(new ListCoops { Sector = "bakery" }), Is.EquivalentTo(new[] { _bread, _print }));
        Assert.That(await IdsAsync(new ListCoops { Sector = "bakery", Status = MembershipStatus.Active }), Is.EqualTo(new[] { _bread }));
    }

    [Test]
    public async Task SortsByNameByDefaultAndByAnyColumnEitherWay()
    {
        Assert.That(await IdsAsync(new ListCoops()), Is.EqualTo(new[] { _care, _print, _cafe, _solar, _bread }));
        Assert.That(await IdsAsync(new ListCoops { Descending = true }), Is.EqualTo(new[] { _bread, _solar, _cafe, _print, _care }));
        Assert.That(await IdsAsync(new ListCoops { Sort = CoopSort.WorkerOwners, Descending = true }),
            Is.EqualTo(new[] { _care, _solar, _bread, _print, _cafe }), "ties by name");
        Assert.That(await IdsAsync(new ListCoops { Sort = CoopSort.Status }), Is.EqualTo(new[] { _cafe, _care, _solar, _bread, _print }));
        var byTown = await SendAsync(new ListCoops { Sort = CoopSort.Town });
        Assert.That(byTown.Items.Select(c => c.Town), Is.Ordered);
    }

    [Test]
    public async Task PagesCarryTheTotalAndTheRightSlice()
    {
        var page1 = await SendAsync(new ListCoops { PageSize = 2 });
        var page3 = await SendAsync(new ListCoops { PageSize = 2, Page = 3 });

        Assert.That(page1.Total, Is.EqualTo(5));
        Assert.That(page1.PageCount, Is.EqualTo(3));
        Assert.That(page1.Items.Select(c => c.Id), Is.EqualTo(new[] { _care, _print }));
        Assert.That(page1.HasNext, Is.True);
        Assert.That(page3.Items.Select(c => c.Id), Is.EqualTo(new[] { _bread }));
        Assert.That(page3.HasNext, Is.False);
    }

    [TestCase(0, 25, "Page")]
    [TestCase(1, 201, "PageSize")]
    [TestCase(1, 0, "PageSize")]
    public void PagingOutsideTheLimitsIsAFieldError(int page, int pageSize, string field)
    {
        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ListCoops { Page = page, PageSize = pageSize }));

        Assert.That(refused!.Errors.Keys, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task TheLargestPageIsAllowed()
    {
        Assert.That((await SendAsync(new ListCoops { PageSize = 200 })).Items, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task TheCsvExportHasTheSameRowsInTheSameOrderAsTheFilteredList()
    {
        var filter = new ListCoops { Region = Region.WesternMassachusetts, Sort = CoopSort.WorkerOwners, Descending = true, PageSize = 1 };

        var csv = await SendAsync(new ExportCoops(filter));
        var list = await SendAsync(filter with { PageSize = 200 });

        var rows = ParseCsv(csv);
        Assert.That(rows[0], Does.Contain("Legal name").And.Contain("Status").And.Contain("Member since"));
        Assert.That(rows.Skip(1).Select(r => int.Parse(r[0])), Is.EqualTo(list.Items.Select(c => c.Id)), "all pages, same order");
        Assert.That(rows, Has.Count.EqualTo(1 + 3));
        Assert.That(csv, Does.EndWith("\r\n"));
    }

    [Test]
    public async Task TheCsvExportQuotesCommasAndQuotesAndDefusesFormulas()
    {
        var csv = await SendAsync(new ExportCoops(new ListCoops()));

        Assert.That(csv, Does.Contain("\"Franklin County Solar, \"\"Sunny\"\" Co-op\""));
        var rows = ParseCsv(csv);
        var solar = rows.Single(r => r[0] == _solar.ToString());
        Assert.That(solar[1], Is.EqualTo("Franklin County Solar, \"Sunny\" Co-op"));
        Assert.That(solar[4], Is.EqualTo("Active"));
        Assert.That(solar[5], Is.EqualTo("2016-09-12"));
        var care = rows.Single(r => r[0] == _care.ToString());
        Assert.That(care[1], Is.EqualTo("'=Home Care Associates"), "a spreadsheet must not run a name as a formula");
    }

    [Test]
    public void OnlyStaffExportTheRegistry()
    {
        RunAsRep(_bread);

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ExportCoops(new ListCoops())));
    }

    private static async Task<IReadOnlyList<int>> IdsAsync(ListCoops query) => (await SendAsync(query)).Items.Select(c => c.Id).ToList();

    /// <summary>A small RFC 4180 reader, so the test checks what a spreadsheet would read.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(ch);
            }
        }

        return rows;
    }
}
