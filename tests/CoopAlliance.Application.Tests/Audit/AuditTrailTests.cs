using System.Text.Json;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Membership;
using CoopAlliance.Application.People;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Application.Tests.Users;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Audit;

public sealed class AuditTrailTests : TestBase
{
    [Test]
    public async Task AnEditRecordsWhoWhenWhichCommandWhichEntityAndOnlyTheChangedFields()
    {
        var id = await AddActiveCoopAsync();
        var read = await SendAsync(new GetCoop(id));
        Clock.Advance(TimeSpan.FromMinutes(5));

        await SendAsync(UpdateCoop.From(read) with { Phone = "413-555-0199", WorkerOwners = 11 });

        var entry = (await WithDbAsync(db => db.AuditEntries.ToListAsync())).Single();
        Assert.That(entry.UserId, Is.EqualTo(StaffUserId));
        Assert.That(entry.UserName, Is.EqualTo("Sam Staff"));
        Assert.That(entry.At, Is.EqualTo(Clock.UtcNow));
        Assert.That(entry.Command, Is.EqualTo(nameof(UpdateCoop)));
        Assert.That(entry.EntityType, Is.EqualTo(nameof(Cooperative)));
        Assert.That(entry.EntityId, Is.EqualTo(id.ToString()));
        Assert.That(entry.CooperativeId, Is.EqualTo(id));
        Assert.That(entry.Action, Is.EqualTo("Modified"));
        var changes = JsonDocument.Parse(entry.Changes).RootElement;
        Assert.That(changes.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "Phone", "WorkerOwners" }),
            "unchanged fields and the version are left out");
        Assert.That(changes.GetProperty("Phone").GetProperty("Old").GetString(), Is.EqualTo("413-555-0100"));
        Assert.That(changes.GetProperty("Phone").GetProperty("New").GetString(), Is.EqualTo("413-555-0199"));
        Assert.That(changes.GetProperty("WorkerOwners").GetProperty("Old").GetInt32(), Is.EqualTo(10));
        Assert.That(changes.GetProperty("WorkerOwners").GetProperty("New").GetInt32(), Is.EqualTo(11));
    }

    [Test]
    public async Task SavingWithoutChangingAnythingRecordsNothing()
    {
        var id = await AddActiveCoopAsync();

        await SendAsync(UpdateCoop.From(await SendAsync(new GetCoop(id))));

        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task QueriesAndRefusedCommandsLeaveNoAuditEntries()
    {
        var id = await AddActiveCoopAsync();

        await SendAsync(new GetCoop(id));
        await SendAsync(new ListCoops());
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new LapseMembership(id, "")));
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new StartReview(id, null)));

        Assert.That(await CountAsync<AuditEntry>(), Is.Zero);
    }

    [Test]
    public async Task ANewCoopIsAuditedWithItsRealIdsNotTemporaryOnes()
    {
        RunAnonymously();
        var id = await SendAsync(new SubmitApplication
        {
            LegalName = "Green Mountain Software Cooperative",
            Region = Region.SouthernVermont,
            ContactName = "Ana Souza",
            ContactEmail = "ana@gmsoft.example.coop",
        });

        var entries = await WithDbAsync(db => db.AuditEntries.ToListAsync());
        var coopEntry = entries.Single(e => e.EntityType == nameof(Cooperative));
        var personEntry = entries.Single(e => e.EntityType == nameof(Person));
        var personId = await WithDbAsync(db => db.People.Select(p => p.Id).SingleAsync());

        Assert.That(coopEntry.EntityId, Is.EqualTo(id.ToString()));
        Assert.That(coopEntry.Action, Is.EqualTo("Added"));
        Assert.That(coopEntry.UserName, Is.EqualTo("Anonymous"));
        Assert.That(personEntry.EntityId, Is.EqualTo(personId.ToString()));
        Assert.That(personEntry.CooperativeId, Is.EqualTo(id));
        var personChanges = JsonDocument.Parse(personEntry.Changes).RootElement;
        Assert.That(personChanges.GetProperty("CooperativeId").GetProperty("New").GetInt32(), Is.EqualTo(id));
        Assert.That(personChanges.GetProperty("FullName").GetProperty("New").GetString(), Is.EqualTo("Ana Souza"));
    }

    [Test]
    public async Task RemovingSomeoneRecordsTheirOldValues()
    {
        var id = await AddActiveCoopAsync();
        var personId = (await SendAsync(new AddPerson { CoopId = id, FullName = "Jo Baker" }));

        await SendAsync(new RemovePerson(id, personId));

        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Command == nameof(RemovePerson)));
        Assert.That(entry.Action, Is.EqualTo("Deleted"));
        Assert.That(entry.CooperativeId, Is.EqualTo(id));
        Assert.That(entry.EntityId, Is.EqualTo(personId.ToString()));
        Assert.That(entry.Changes, Does.Contain("Jo Baker"));
    }

    [Test]
    public async Task NoPasswordHashSecurityStampOrPasswordEverReachesTheAuditTrail()
    {
        var coop = await AddActiveCoopAsync();
        await UserTests.InviteAndAcceptAsync("rita@bread.example.coop", Roles.CoopRep, coop);
        var userId = (await SendAsync(new ListUsers("rita"))).Single().Id;
        await SendAsync(new SetUserDisabled(userId, true));

        var secrets = await WithDbAsync(db => db.Users.Where(u => u.Id == userId)
            .Select(u => new { u.PasswordHash, u.SecurityStamp, u.ConcurrencyStamp }).SingleAsync());
        var audit = await WithDbAsync(db => db.AuditEntries.ToListAsync());
        var text = string.Join("\n", audit.Select(a => a.Changes));

        Assert.That(audit.Select(a => a.Command), Is.SupersetOf(new[] { "InviteUser", "AcceptInvitation", "SetUserDisabled" }),
            "logins are audited like everything else");
        Assert.That(secrets.PasswordHash, Is.Not.Null.And.Not.Empty);
        Assert.That(text, Does.Not.Contain(secrets.PasswordHash));
        Assert.That(text, Does.Not.Contain(secrets.SecurityStamp));
        Assert.That(text, Does.Not.Contain(secrets.ConcurrencyStamp));
        Assert.That(text, Does.Not.Contain(UserTests.Password));
        Assert.That(text, Does.Not.Contain("PasswordHash").And.Not.Contain("SecurityStamp"));
    }

    [Test]
    public async Task StaffBrowseTheTrailPerCoopNewestFirst()
    {
        var bread = await AddActiveCoopAsync();
        var print = await AddActiveCoopAsync("Brattleboro Printing Cooperative");
        await SendAsync(new LapseMembership(bread, "Dues unpaid"));
        await SendAsync(new AddPerson { CoopId = bread, FullName = "Jo Baker" });
        await SendAsync(new LapseMembership(print, "Dues unpaid"));

        var trail = await SendAsync(new ListAuditEntries(bread));
        var everything = await SendAsync(new ListAuditEntries(null));

        Assert.That(trail.Items.Select(e => e.Command).Distinct(), Is.EqualTo(new[] { nameof(AddPerson), nameof(LapseMembership) }));
        Assert.That(trail.Items.All(e => e.CooperativeId == bread), Is.True);
        Assert.That(trail.Items.Select(e => e.Id), Is.Ordered.Descending);
        Assert.That(everything.Total, Is.GreaterThan(trail.Total));
    }

    [Test]
    public async Task OnlyStaffBrowseTheTrail()
    {
        var bread = await AddActiveCoopAsync();

        RunAsRep(bread);
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListAuditEntries(bread)));
        RunAsMentor();
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListAuditEntries(bread)));
        RunAnonymously();
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsync(new ListAuditEntries(bread)));
    }
}
