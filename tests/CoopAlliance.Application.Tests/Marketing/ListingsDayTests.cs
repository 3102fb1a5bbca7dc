using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Marketing;

/// <summary>The daily listings job: expiry after the last day, one reminder per period, nothing twice.</summary>
public sealed class ListingsDayTests : TestBase
{
    private async Task<int> PublishedListingAsync()
    {
        RunAsStaff();
        var category = await SendAsync(new SaveCategory(0, "Food", 1));
        var coop = await AddActiveCoopAsync("Turners Falls Bakery");
        var id = await SendAsync(new CreateListing { CooperativeId = coop, Title = "Bread", Description = "Loaves.", CategoryIds = [category], Regions = [Region.WesternMassachusetts], Submit = true });
        await SendAsync(new ChangeListingStatus(id, ListingAction.Publish));
        return id;
    }

    private static Task<List<OutboxMessage>> RemindersAsync() =>
        WithDbAsync(db => db.OutboxMessages.Where(m => m.Subject.Contains("expires")).ToListAsync());

    [Test]
    public async Task TheRepIsRemindedOnceBeforeExpiryAndTheListingExpiresTheDayAfterItsLastDay()
    {
        var id = await PublishedListingAsync();
        var last = (await FindAsync<Listing>(id))!.ExpiresOn!.Value;

        var early = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-20)));
        var due = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-14)));
        var again = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-13)));
        Assert.That((early.Reminded, due.Reminded, again.Reminded), Is.EqualTo((0, 1, 0)));
        var reminders = await RemindersAsync();
        Assert.That(reminders.Select(m => m.To), Is.EqualTo(new[] { "maria@example.coop" }));
        Assert.That(reminders[0].Body, Does.Contain("/MyCoop/Listings/" + id));

        var onLastDay = await SendAsSystemAsync(new RunListingsDay(last));
        var dayAfter = await SendAsSystemAsync(new RunListingsDay(last.AddDays(1)));
        var later = await SendAsSystemAsync(new RunListingsDay(last.AddDays(2)));
        Assert.That((onLastDay.Expired, dayAfter.Expired, later.Expired), Is.EqualTo((0, 1, 0)));
        Assert.That((await FindAsync<Listing>(id))!.Status, Is.EqualTo(ListingStatus.Expired));
    }

    [Test]
    public async Task RunningTheSameDayTwiceDoesNothingTheSecondTime()
    {
        var id = await PublishedListingAsync();
        var last = (await FindAsync<Listing>(id))!.ExpiresOn!.Value;

        var first = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-1)));
        var second = await SendAsSystemAsync(new RunListingsDay(last.AddDays(-1)));

        Assert.That((first.Reminded, second.Reminded), Is.EqualTo((1, 0)));
        Assert.That(await RemindersAsync(), Has.Count.EqualTo(1));
        Assert.That(await WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job == RunListingsDay.JobName)), Is.EqualTo(1), "one run log row for the day");
    }

    [Test]
    public async Task RenewingStartsANewPeriodThatIsRemindedAgain()
    {
        var id = await PublishedListingAsync();
        var last = (await FindAsync<Listing>(id))!.ExpiresOn!.Value;
        await SendAsSystemAsync(new RunListingsDay(last.AddDays(-5)));
        Clock.Advance(TimeSpan.FromDays(last.DayNumber - Clock.Today.DayNumber - 5));
        await SendAsync(new ChangeListingStatus(id, ListingAction.Renew));
        var renewed = (await FindAsync<Listing>(id))!.ExpiresOn!.Value;

        Assert.That(renewed, Is.EqualTo(last.AddDays(365)));
        var result = await SendAsSystemAsync(new RunListingsDay(renewed.AddDays(-2)));
        Assert.That(result.Reminded, Is.EqualTo(1));
        Assert.That(await RemindersAsync(), Has.Count.EqualTo(2));
    }
}
