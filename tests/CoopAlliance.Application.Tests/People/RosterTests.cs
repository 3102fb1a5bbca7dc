using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.People;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.People;

public sealed class RosterTests : TestBase
{
    private int _own, _other;

    [SetUp]
    public async Task AddCoopsAsync()
    {
        _own = await AddActiveCoopAsync();
        _other = await AddActiveCoopAsync("Brattleboro Printing Cooperative", region: Region.SouthernVermont);
    }

    private static AddPerson NewWorker(int coopId, bool primary = false) => new()
    {
        CoopId = coopId,
        FullName = "Jo Baker",
        Role = "Baker",
        Email = "jo@bread.example.coop",
        IsWorkerOwner = true,
        StartedOn = new DateOnly(2024, 2, 1),
        IsPrimaryContact = primary,
    };

    private static UpdatePerson Edit(PersonDto p) => new()
    {
        CoopId = p.CooperativeId,
        PersonId = p.Id,
        Version = p.Version,
        FullName = p.FullName,
        Role = p.Role,
        Email = p.Email,
        Phone = p.Phone,
        IsWorkerOwner = p.IsWorkerOwner,
        StartedOn = p.StartedOn,
        IsPrimaryContact = p.IsPrimaryContact,
    };

    [Test]
    public async Task ARepAddsEditsAndRemovesPeopleOnTheirOwnRoster()
    {
        RunAsRep(_own);

        var id = await SendAsync(NewWorker(_own));
        var jo = (await SendAsync(new ListPeople(_own))).Single(p => p.Id == id);
        await SendAsync(Edit(jo) with { Role = "Head baker", Phone = "413-555-0177" });
        var edited = (await SendAsync(new ListPeople(_own))).Single(p => p.Id == id);

        Assert.That((edited.Role, edited.Phone, edited.IsWorkerOwner, edited.StartedOn),
            Is.EqualTo(("Head baker", "413-555-0177", true, new DateOnly(2024, 2, 1))));

        await SendAsync(new RemovePerson(_own, id));

        Assert.That((await SendAsync(new ListPeople(_own))).Select(p => p.FullName), Is.EqualTo(new[] { "Maria Alvarez" }));
    }

    [Test]
    public async Task NamingANewPrimaryContactDemotesThePreviousOneInTheDatabase()
    {
        RunAsRep(_own);

        await SendAsync(NewWorker(_own, primary: true));

        var people = await SendAsync(new ListPeople(_own));
        Assert.That(people.Where(p => p.IsPrimaryContact).Select(p => p.FullName), Is.EqualTo(new[] { "Jo Baker" }));
        Assert.That(people[0].FullName, Is.EqualTo("Jo Baker"), "primary contact first");
    }

    [Test]
    public async Task ARepCannotSeeOrTouchAnotherCoopsRoster()
    {
        var stranger = (await SendAsync(new ListPeople(_other))).Single();
        RunAsRep(_own);

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ListPeople(_other)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(NewWorker(_other)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Edit(stranger) with { FullName = "Taken over" }));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new RemovePerson(_other, stranger.Id)));
        // Nor through their own co-op's address with someone else's id.
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(Edit(stranger) with { CoopId = _own, FullName = "Taken over" }));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new RemovePerson(_own, stranger.Id)));

        RunAsStaff();
        var after = (await SendAsync(new ListPeople(_other))).Single();
        Assert.That(after, Is.EqualTo(stranger));
        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task AnEditBasedOnAStaleVersionIsAConflictAndOverwritesNothing()
    {
        var maria = (await SendAsync(new ListPeople(_own))).Single();
        await SendAsync(Edit(maria) with { Phone = "413-555-0123" });

        Assert.ThrowsAsync<ConflictException>(() => SendAsync(Edit(maria) with { Role = "Treasurer" }));

        var after = (await SendAsync(new ListPeople(_own))).Single();
        Assert.That((after.Phone, after.Role), Is.EqualTo(("413-555-0123", "Member coordinator")));
    }

    [Test]
    public async Task BadPersonDetailsAreFieldErrorsAndNothingIsAdded()
    {
        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(NewWorker(_own) with
        {
            FullName = "",
            Email = "jo-at-bread",
            Phone = "call me",
            StartedOn = Clock.Today.AddYears(2),
        }));

        Assert.That(refused!.Errors.Keys, Is.EquivalentTo(new[] { "FullName", "Email", "Phone", "StartedOn" }));
        Assert.That(await WithDbAsync(db => db.People.CountAsync(p => p.CooperativeId == _own)), Is.EqualTo(1));
    }

    [Test]
    public async Task MentorsDoNotEditRosters()
    {
        RunAsMentor();

        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(NewWorker(_own)));
        Assert.That(await CountAsync<Person>(), Is.EqualTo(2));
    }

    [Test]
    public async Task TheCoopDetailListsItsPeoplePrimaryContactFirst()
    {
        await SendAsync(NewWorker(_own) with { FullName = "Aaron Abbott" });

        var detail = await SendAsync(new GetCoop(_own));

        Assert.That(detail.People.Select(p => p.FullName), Is.EqualTo(new[] { "Maria Alvarez", "Aaron Abbott" }));
    }
}
