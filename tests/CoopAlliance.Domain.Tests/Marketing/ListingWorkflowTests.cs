using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;

namespace CoopAlliance.Domain.Tests.Marketing;

public sealed class ListingWorkflowTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Rep = new(7, "Rosa Rep");
    private static readonly Actor Staff = new(1, "Sam Staff");

    private static ListingDetails Details(string title = "Sourdough bread") =>
        new(title, ListingKind.Product, "Baked daily.", [1], [Region.WesternMassachusetts], "Order by phone", null, null, null, null);

    private static Listing Published(int days = 365)
    {
        var listing = new Listing(5, Details(), Rep, Now);
        listing.Submit(Rep, Now);
        listing.Publish(Today, days, Staff, Now);
        return listing;
    }

    [Test]
    public void ADraftIsSubmittedThenPublishedForTheConfiguredPeriod()
    {
        var listing = new Listing(5, Details(), Rep, Now);
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Draft));
        Assert.That(listing.RepActions(Today), Is.EqualTo(new[] { ListingAction.Submit, ListingAction.Withdraw }));

        listing.Submit(Rep, Now);
        Assert.That(listing.StaffActions(Today), Is.EqualTo(new[] { ListingAction.Publish, ListingAction.Return, ListingAction.Withdraw }));
        listing.Publish(Today, 30, Staff, Now);

        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Published));
        Assert.That(listing.PublishedOn, Is.EqualTo(Today));
        Assert.That(listing.ExpiresOn, Is.EqualTo(Today.AddDays(29)), "30 days including today");
        Assert.That(listing.Events.Select(e => e.Action), Is.EqualTo(new[] { ListingAction.Create, ListingAction.Submit, ListingAction.Publish }));
    }

    [Test]
    public void StaffSendItBackWithANoteTheRepSeesUntilTheySubmitAgain()
    {
        var listing = new Listing(5, Details(), Rep, Now);
        listing.Submit(Rep, Now);

        Assert.Throws<DomainRuleException>(() => listing.Return("  ", Staff, Now));
        listing.Return("Add how to order, please.", Staff, Now);
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Returned));
        Assert.That(listing.ReturnNote, Is.EqualTo("Add how to order, please."));

        listing.Submit(Rep, Now);
        Assert.That(listing.ReturnNote, Is.Null);
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Submitted));
    }

    [Test]
    public void OnlyASubmittedListingCanBePublished()
    {
        var listing = new Listing(5, Details(), Rep, Now);
        var error = Assert.Throws<DomainRuleException>(() => listing.Publish(Today, 365, Staff, Now));
        Assert.That(error!.Message, Does.Contain("draft").And.Contain("publish"));
    }

    [Test]
    public void EditingAPublishedListingSendsItBackToStaffAndHidesIt()
    {
        var listing = Published();
        listing.Edit(Details("Sourdough and rye"), Rep, Now);

        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Submitted));
        Assert.That(ListingVisibility.IsPublic(listing.Status, listing.ExpiresOn, MembershipStatus.Active, Today), Is.False);
    }

    [Test]
    public void ItExpiresTheDayAfterItsLastDayOnceAndIsRenewedForAnotherPeriod()
    {
        var listing = Published(days: 10);
        var last = Today.AddDays(9);

        Assert.That(listing.ExpireIfDue(last, Now), Is.False, "still its last day");
        Assert.That(listing.ExpireIfDue(last.AddDays(1), Now), Is.True);
        Assert.That(listing.ExpireIfDue(last.AddDays(2), Now), Is.False, "already expired: nothing happens twice");
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Expired));

        var renewedOn = last.AddDays(5);
        listing.Renew(renewedOn, 10, Rep, Now);
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Published));
        Assert.That(listing.ExpiresOn, Is.EqualTo(renewedOn.AddDays(9)));
        Assert.That(listing.PublishedOn, Is.EqualTo(Today), "first published stays");
    }

    [Test]
    public void RenewingBeforeExpiryExtendsFromTheLastDayOnlyWithinTheWindow()
    {
        var listing = Published(days: 100);
        Assert.That(listing.Can(ListingAction.Renew, Today), Is.False, "too early");
        Assert.Throws<DomainRuleException>(() => listing.Renew(Today, 100, Rep, Now));

        var nearEnd = listing.ExpiresOn!.Value.AddDays(-Listing.RenewalWindowDays);
        listing.Renew(nearEnd, 100, Rep, Now);
        Assert.That(listing.ExpiresOn, Is.EqualTo(Today.AddDays(99 + 100)), "the new period starts where the old one ends");
    }

    [Test]
    public void TheRepIsRemindedOncePerPeriod()
    {
        var listing = Published(days: 30);
        var end = listing.ExpiresOn!.Value;

        Assert.That(listing.NeedsReminder(end.AddDays(-20), 14), Is.False);
        Assert.That(listing.NeedsReminder(end.AddDays(-14), 14), Is.True);
        listing.MarkReminded();
        Assert.That(listing.NeedsReminder(end.AddDays(-3), 14), Is.False, "once");

        listing.Renew(end.AddDays(-3), 30, Rep, Now);
        Assert.That(listing.NeedsReminder(listing.ExpiresOn!.Value.AddDays(-1), 14), Is.True, "again for the new period");
    }

    [Test]
    public void WithdrawnListingsCanBeEditedIntoADraftAndSubmittedAgain()
    {
        var listing = Published();
        listing.Withdraw(Rep, Now, "Seasonal");
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Withdrawn));
        Assert.Throws<DomainRuleException>(() => listing.Withdraw(Rep, Now, null));

        listing.Edit(Details(), Rep, Now);
        Assert.That(listing.Status, Is.EqualTo(ListingStatus.Draft));
    }

    [TestCase(ListingStatus.Published, 0, MembershipStatus.Active, true)]
    [TestCase(ListingStatus.Published, -1, MembershipStatus.Active, false)]
    [TestCase(ListingStatus.Published, 5, MembershipStatus.Lapsed, false)]
    [TestCase(ListingStatus.Published, 5, MembershipStatus.Suspended, false)]
    [TestCase(ListingStatus.Published, 5, MembershipStatus.Withdrawn, false)]
    [TestCase(ListingStatus.Submitted, 5, MembershipStatus.Active, false)]
    [TestCase(ListingStatus.Expired, 5, MembershipStatus.Active, false)]
    [TestCase(ListingStatus.Withdrawn, 5, MembershipStatus.Active, false)]
    public void ThePublicSeesOnlyPublishedUnexpiredListingsOfCoopsInGoodStanding(ListingStatus status, int daysLeft, MembershipStatus coop, bool expected) =>
        Assert.That(ListingVisibility.IsPublic(status, Today.AddDays(daysLeft), coop, Today), Is.EqualTo(expected));

    [Test]
    public void AListingNeedsATitleACategoryAndARegion()
    {
        Assert.Throws<DomainRuleException>(() => new Listing(5, Details(""), Rep, Now));
        Assert.Throws<DomainRuleException>(() => new Listing(5, Details() with { CategoryIds = [] }, Rep, Now));
        Assert.Throws<DomainRuleException>(() => new Listing(5, Details() with { Regions = [] }, Rep, Now));
    }

    [TestCase("Pioneer Valley Bakers' Co-op", "pioneer-valley-bakers-co-op")]
    [TestCase("Food & bakery", "food-and-bakery")]
    [TestCase("Café Olé!", "cafe-ole")]
    [TestCase("   ", "coop")]
    public void SlugsAreReadable(string text, string slug) => Assert.That(Slug.From(text), Is.EqualTo(slug));
}
