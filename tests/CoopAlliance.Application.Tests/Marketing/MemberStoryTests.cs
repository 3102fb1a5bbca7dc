using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Marketing.Stories;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Marketing;

public sealed class MemberStoryTests : TestBase
{
    private static SubmitStory Story(string title = "Dyeing yarn together", bool consent = true, string? fax = null) => new()
    {
        CoopName = "Windham Fiber Arts Workers",
        StorytellerName = "Nell Ashby",
        Email = "nell@windhamfiber.example.coop",
        Title = title,
        Story = "Four of us started the studio with two dye pots.\n\nToday we dye wool from three Vermont farms.",
        Consent = consent,
        Fax = fax,
    };

    private static async Task<int> SubmitAsync(SubmitStory story)
    {
        RunAnonymously();
        var id = await SendAsync(story);
        RunAsStaff();
        return id;
    }

    private static Task<IReadOnlyList<PublishedStory>> PublicAsync()
    {
        RunAnonymously();
        return PublishedAsync();

        static async Task<IReadOnlyList<PublishedStory>> PublishedAsync() => (await SendAsync(new ListPublishedStories())).Items;
    }

    [Test]
    public async Task ASubmittedStoryWaitsForStaffAndIsShownNowhereAndOnlyTheSubmitterIsThanked()
    {
        var id = await SubmitAsync(Story());

        var story = await FindAsync<MemberStory>(id);
        Assert.That(story!.Status, Is.EqualTo(StoryStatus.Pending));
        Assert.That(story.ConsentGivenAt, Is.EqualTo(Clock.GetUtcNow()));
        Assert.That(await PublicAsync(), Is.Empty);
        RunAnonymously();
        Assert.That(await SendAsync(new ListFeaturedStories()), Is.Empty);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetPublishedStory(id)));

        var mail = await WithDbAsync(db => db.Set<OutboxMessage>().ToListAsync());
        Assert.That(mail.Select(m => m.To), Is.EqualTo(new[] { "nell@windhamfiber.example.coop" }));
        Assert.That(mail[0].Body, Does.Not.Contain("Dyeing yarn").And.Not.Contain("Nell"), "the thank-you echoes nothing the sender wrote");
    }

    [Test]
    public async Task AStoryWithoutConsentIsRefusedWithAClearMessageAndNothingIsStored()
    {
        RunAnonymously();

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(Story(consent: false)));

        Assert.That(ex!.Errors["Consent"], Is.EqualTo(new[] { "Tick the box to let us publish your story." }));
        Assert.That(await CountAsync<MemberStory>(), Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);
    }

    [Test]
    public async Task AFilledHoneypotLooksAcceptedButStoresAndSendsNothing()
    {
        RunAnonymously();

        var id = await SendAsync(Story(fax: "555-0100"));

        Assert.That(id, Is.Zero);
        Assert.That(await CountAsync<MemberStory>(), Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);
    }

    [Test]
    public async Task AnApprovedStoryIsPublishedWithItsActiveCoopsNameAndNeverTheEmail()
    {
        var coopId = await AddActiveCoopAsync("Windham Fiber Arts Workers");
        var id = await SubmitAsync(Story());
        var read = await SendAsync(new GetStory(id));
        await SendAsync(new EditStory { Id = id, Title = "Dyeing yarn on Putney Road", Body = read.Body, CooperativeId = coopId, Version = read.Version });
        await SendAsync(new ApproveStory(id));

        var published = await PublicAsync();

        Assert.That(published.Select(s => (s.Id, s.Title, s.Slug, s.CoopId, s.CoopName)),
            Is.EqualTo(new[] { (id, "Dyeing yarn on Putney Road", "dyeing-yarn-on-putney-road", (int?)coopId, (string?)"Windham Fiber Arts Workers") }));
        RunAnonymously();
        Assert.That((await SendAsync(new ListPublishedStories(coopId))).Items.Select(s => s.Id), Is.EqualTo(new[] { id }));
        Assert.That((await SendAsync(new ListPublishedStories(coopId + 1))).Items, Is.Empty);
        Assert.That(System.Text.Json.JsonSerializer.Serialize(published), Does.Not.Contain("nell@"));
    }

    [Test]
    public async Task ALapsedCoopIsNotNamedOnItsPublishedStory()
    {
        var coopId = await AddActiveCoopAsync("Windham Fiber Arts Workers");
        var id = await SubmitAsync(Story());
        await SendAsync(new EditStory { Id = id, Title = "Dyeing yarn", Body = "Our story.", CooperativeId = coopId, Version = 0 });
        await SendAsync(new ApproveStory(id));
        await WithDbAsync(async db =>
        {
            var coop = await db.Cooperatives.SingleAsync(c => c.Id == coopId);
            coop.Lapse("Dues unpaid", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var story = (await PublicAsync()).Single();

        Assert.That((story.CoopId, story.CoopName), Is.EqualTo(((int?)null, (string?)null)));
    }

    [Test]
    public async Task FeaturedStoriesComeFirstThenTheNewest()
    {
        var older = await SubmitAsync(Story("Older"));
        var featured = await SubmitAsync(Story("Featured"));
        var newest = await SubmitAsync(Story("Newest"));
        foreach (var id in new[] { older, featured, newest })
        {
            await SendAsync(new ApproveStory(id));
            Clock.Advance(TimeSpan.FromHours(1));
        }

        await SendAsync(new FeatureStory(featured, true));

        Assert.That((await PublicAsync()).Select(s => s.Title), Is.EqualTo(new[] { "Featured", "Newest", "Older" }));
        RunAnonymously();
        Assert.That((await SendAsync(new ListFeaturedStories(5))).Select(s => s.Id), Is.EqualTo(new[] { featured }));
        Assert.That((await SendAsync(new ListPublishedStories { FeaturedFirst = false })).Items.Select(s => s.Title),
            Is.EqualTo(new[] { "Newest", "Featured", "Older" }));
    }

    [Test]
    public async Task RejectingNeedsAReasonAndKeepsTheStoryOffThePublicPages()
    {
        var id = await SubmitAsync(Story());

        var ex = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RejectStory(id, "  ")));
        Assert.That(ex!.Errors["Reason"], Is.EqualTo(new[] { "Give a reason; it is kept with the story." }));
        Assert.That((await FindAsync<MemberStory>(id))!.Status, Is.EqualTo(StoryStatus.Pending));

        await SendAsync(new RejectStory(id, "About a business that is not a member."));

        var story = await SendAsync(new GetStory(id));
        Assert.That((story.Status, story.RejectionReason, story.ModeratedBy), Is.EqualTo((StoryStatus.Rejected, "About a business that is not a member.", "Sam Staff")));
        Assert.That(await PublicAsync(), Is.Empty);
    }

    [Test]
    public async Task UnpublishingHidesAStoryAndStopsFeaturingIt()
    {
        var id = await SubmitAsync(Story());
        await SendAsync(new ApproveStory(id));
        await SendAsync(new FeatureStory(id, true));

        await SendAsync(new UnpublishStory(id));

        Assert.That(await PublicAsync(), Is.Empty);
        RunAnonymously();
        Assert.That(await SendAsync(new ListFeaturedStories()), Is.Empty);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetPublishedStory(id)));
        RunAsStaff();
        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new FeatureStory(id, true)));
    }

    [Test]
    public async Task AnEditWithAnOldVersionOverwritesNothing()
    {
        var id = await SubmitAsync(Story());
        await SendAsync(new EditStory { Id = id, Title = "First edit", Body = "Text.", Version = 0 });

        Assert.ThrowsAsync<ConflictException>(() => SendAsync(new EditStory { Id = id, Title = "Stale edit", Body = "Text.", Version = 0 }));

        Assert.That((await FindAsync<MemberStory>(id))!.Title, Is.EqualTo("First edit"));
    }

    [Test]
    public async Task StaffSearchAndExportTheSameStoriesWithEmailsForStaffOnly()
    {
        await SubmitAsync(Story("Dyeing yarn"));
        await SubmitAsync(Story("Ramps and porches") with { CoopName = "Toolbox Carpentry", Email = "marco@toolbox.example.coop" });

        var list = await SendAsync(new ListStories(StoryStatus.Pending, "toolbox"));
        var csv = await SendAsync(new ExportStories(StoryStatus.Pending, "toolbox"));

        Assert.That(list.Items.Select(s => s.Title), Is.EqualTo(new[] { "Ramps and porches" }));
        Assert.That(csv, Does.Contain("marco@toolbox.example.coop").And.Not.Contain("nell@"));
        RunAsRep(await AddActiveCoopAsync());
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ListStories()));
        Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsync(new ExportStories()));
    }
}
