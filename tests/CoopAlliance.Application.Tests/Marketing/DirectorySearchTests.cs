using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Application.Marketing.Listings;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Marketing;

/// <summary>The public search on the real FTS5 index: ranking, stemming, facets, and the one visibility rule.</summary>
public sealed class DirectorySearchTests : TestBase
{
    private int _food;
    private int _trades;
    private int _print;

    [SetUp]
    public async Task AddCategoriesAsync()
    {
        RunAsStaff();
        _food = await SendAsync(new SaveCategory(0, "Food & bakery", 1));
        _trades = await SendAsync(new SaveCategory(0, "Construction & trades", 2));
        _print = await SendAsync(new SaveCategory(0, "Media & print", 3));
    }

    private async Task<int> PublishedAsync(int coopId, string title, string description, int category, params Region[] regions)
    {
        RunAsStaff();
        var id = await SendAsync(new CreateListing
        {
            CooperativeId = coopId,
            Title = title,
            Description = description,
            CategoryIds = [category],
            Regions = regions.Length == 0 ? [Region.WesternMassachusetts] : regions,
            Submit = true,
        });
        await SendAsync(new ChangeListingStatus(id, ListingAction.Publish));
        return id;
    }

    [Test]
    public async Task WordsAreMatchedAsStemmedPrefixesAndTheBestMatchComesFirst()
    {
        var bakers = await AddActiveCoopAsync("Pioneer Valley Bakers");
        var builders = await AddActiveCoopAsync("Valley Builders");
        var weak = await PublishedAsync(builders, "Timber framing", "We also built a bakery's oven room once.", _trades);
        var strong = await PublishedAsync(bakers, "Bakery: sourdough bread", "Our bakery bakes bread daily; bakery pastries too.", _food);
        await PublishedAsync(builders, "Roof repairs", "Slate and shingle roofs.", _trades);
        RunAnonymously();

        var plural = await SendAsync(new SearchDirectory("bakeries"));
        var prefix = await SendAsync(new SearchDirectory("sourd"));
        var twoWords = await SendAsync(new SearchDirectory("bakery oven"));
        var punctuation = await SendAsync(new SearchDirectory("\"bakery\" OR (NEAR*"));

        Assert.That(plural.Items.Select(i => i.Id), Is.EqualTo(new[] { strong, weak }), "stemmed, ranked by bm25");
        Assert.That(prefix.Items.Select(i => i.Id), Is.EqualTo(new[] { strong }));
        Assert.That(twoWords.Items.Select(i => i.Id), Is.EqualTo(new[] { weak }), "every word is required");
        Assert.That(punctuation.Total, Is.EqualTo(0), "FTS syntax typed by a visitor is taken as words, not operators");
    }

    [Test]
    public async Task TheCoopsNameAndTheCategoryAreSearchedToo()
    {
        var bakers = await AddActiveCoopAsync("Brattleboro Printworks");
        var id = await PublishedAsync(bakers, "Posters and zines", "Risograph printing.", _print);
        RunAnonymously();

        Assert.That((await SendAsync(new SearchDirectory("brattleboro"))).Items.Select(i => i.Id), Is.EqualTo(new[] { id }));
        Assert.That((await SendAsync(new SearchDirectory("media"))).Items.Select(i => i.Id), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task FacetsCountWhatEachFilterWouldShowGivenTheOthers()
    {
        var a = await AddActiveCoopAsync("Amherst Bread");
        var b = await AddActiveCoopAsync("Putney Builders", region: Region.SouthernVermont);
        await PublishedAsync(a, "Bread", "Loaves.", _food, Region.WesternMassachusetts);
        await PublishedAsync(a, "Catering", "Lunches.", _food, Region.WesternMassachusetts, Region.SouthernVermont);
        await PublishedAsync(b, "Decks", "Decks and porches.", _trades, Region.SouthernVermont);
        RunAnonymously();

        var all = await SendAsync(new SearchDirectory());
        var vermontFood = await SendAsync(new SearchDirectory(Category: "food-and-bakery", Region: Region.SouthernVermont));

        Assert.That(all.Total, Is.EqualTo(3));
        Assert.That(all.Categories.Select(f => (f.Key, f.Count)), Is.EqualTo(new[] { ("food-and-bakery", 2), ("construction-and-trades", 1) }));
        Assert.That(all.Regions.Select(f => (f.Key, f.Count)), Is.EqualTo(new[] { ("WesternMassachusetts", 2), ("SouthernVermont", 2) }));
        Assert.That(vermontFood.Items.Select(i => i.Title), Is.EqualTo(new[] { "Catering" }));
        // Categories counted within Southern Vermont; regions counted within food.
        Assert.That(vermontFood.Categories.Select(f => (f.Key, f.Count)), Is.EqualTo(new[] { ("food-and-bakery", 1), ("construction-and-trades", 1) }));
        Assert.That(vermontFood.Regions.Select(f => (f.Key, f.Count)), Is.EqualTo(new[] { ("WesternMassachusetts", 2), ("SouthernVermont", 1) }));
    }

    [Test]
    public async Task ALapsedCoopDisappearsFromTheSearchAndComesBackOnReinstatementWithItsListingsUnchanged()
    {
        var coop = await AddActiveCoopAsync("Greenfield Cleaners");
        var id = await PublishedAsync(coop, "Office cleaning", "Green cleaning.", _trades);
        await WithDbAsync(async db =>
        {
            var c = await db.Cooperatives.SingleAsync(x => x.Id == coop);
            c.Lapse("Dues unpaid", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        RunAnonymously();
        var whileLapsed = await SendAsync(new SearchDirectory("cleaning"));

        await WithDbAsync(async db =>
        {
            var c = await db.Cooperatives.SingleAsync(x => x.Id == coop);
            c.Reinstate("Paid up", Actor.System, Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var after = await SendAsync(new SearchDirectory("cleaning"));

        Assert.That(whileLapsed.Total, Is.EqualTo(0));
        Assert.That(whileLapsed.Categories, Is.Empty);
        Assert.That(after.Items.Select(i => i.Id), Is.EqualTo(new[] { id }));
        Assert.That((await FindAsync<Listing>(id))!.Status, Is.EqualTo(ListingStatus.Published));
    }

    [Test]
    public async Task AnAnswerKeptForTheSameSearchIsNotUsedOnceTheDirectoryChanges()
    {
        var coop = await AddActiveCoopAsync("Easthampton Glass");
        var first = await PublishedAsync(coop, "Stained glass", "Windows and lamps.", _print);
        RunAnonymously();
        var before = await SendAsync(new SearchDirectory("glass"));
        var again = await SendAsync(new SearchDirectory(" GLASS "));

        var second = await PublishedAsync(coop, "Glass repair", "Cracked panes mended.", _trades);
        RunAsStaff();
        await SendAsync(new ChangeListingStatus(first, ListingAction.Withdraw));
        RunAnonymously();
        var after = await SendAsync(new SearchDirectory("glass"));

        Assert.That(before.Items.Select(i => i.Id), Is.EqualTo(new[] { first }));
        Assert.That(again, Is.SameAs(before), "the same words (case and spaces aside) within the TTL: the kept answer");
        Assert.That(after.Items.Select(i => i.Id), Is.EqualTo(new[] { second }), "a publication and a withdrawal show at once");
        Assert.That(after.Categories.Select(f => f.Key), Is.EqualTo(new[] { "construction-and-trades" }));
    }

    [Test]
    public async Task DraftsSubmittedAndExpiredListingsAreNotPublic()
    {
        var coop = await AddActiveCoopAsync("Holyoke Movers");
        RunAsStaff();
        await SendAsync(new CreateListing { CooperativeId = coop, Title = "Moving draft", Description = "x", CategoryIds = [_trades], Regions = [Region.WesternMassachusetts] });
        await SendAsync(new CreateListing { CooperativeId = coop, Title = "Moving submitted", Description = "x", CategoryIds = [_trades], Regions = [Region.WesternMassachusetts], Submit = true });
        var published = await PublishedAsync(coop, "Moving published", "x", _trades);
        RunAnonymously();
        Assert.That((await SendAsync(new SearchDirectory("moving"))).Items.Select(i => i.Id), Is.EqualTo(new[] { published }));

        Clock.Advance(TimeSpan.FromDays(400));
        Assert.That((await SendAsync(new SearchDirectory("moving"))).Total, Is.EqualTo(0), "past its last day");
    }

    [Test]
    public async Task EditingAListingReindexesItAndRenamingACoopReindexesItsListings()
    {
        var coop = await AddActiveCoopAsync("Northampton Tech");
        var id = await PublishedAsync(coop, "Websites", "We build websites.", _print);
        RunAsStaff();
        var detail = await SendAsync(new GetListing(id));
        await SendAsync(UpdateListing.From(detail) with { Description = "We build accessible web applications." });
        await SendAsync(new ChangeListingStatus(id, ListingAction.Publish));
        RunAnonymously();

        Assert.That((await SendAsync(new SearchDirectory("accessible"))).Items.Select(i => i.Id), Is.EqualTo(new[] { id }));
        Assert.That((await SendAsync(new SearchDirectory("websites build"))).Total, Is.EqualTo(1), "title words are still found");
        Assert.That((await SendAsync(new SearchDirectory("build websites daily"))).Total, Is.EqualTo(0));
    }

    [Test]
    public async Task ARepCannotSeeOrEditAnotherCoopsListing()
    {
        var mine = await AddActiveCoopAsync("Mine Co-op");
        var theirs = await AddActiveCoopAsync("Theirs Co-op");
        var id = await PublishedAsync(theirs, "Their thing", "x", _food);
        RunAsRep(mine);

        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetListing(id)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ChangeListingStatus(id, ListingAction.Withdraw)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new CreateListing { CooperativeId = theirs, Title = "x", Description = "x", CategoryIds = [_food], Regions = [Region.WesternMassachusetts] }));
        Assert.That((await SendAsync(new ListListings())).Items, Is.Empty);
    }
}

/// <summary>The word match SQL Server uses, run here on SQLite (it is plain LINQ); its T-SQL is parsed in SqlServerStatementTests.</summary>
public sealed class TermSearchTests : TestBase
{
    [Test]
    public async Task EveryWordMustPrefixOneOfTheListingsWordsAndExactWordsRankHigher()
    {
        RunAsStaff();
        var food = await SendAsync(new SaveCategory(0, "Food", 1));
        var coop = await AddActiveCoopAsync("Valley Bakers");
        var exact = await SendAsync(new CreateListing { CooperativeId = coop, Title = "Bread", Description = "Bread daily.", CategoryIds = [food], Regions = [Region.WesternMassachusetts] });
        var prefix = await SendAsync(new CreateListing { CooperativeId = coop, Title = "Breadsticks", Description = "Crunchy.", CategoryIds = [food], Regions = [Region.WesternMassachusetts] });
        await SendAsync(new CreateListing { CooperativeId = coop, Title = "Cakes", Description = "Sweet.", CategoryIds = [food], Regions = [Region.WesternMassachusetts] });

        var hits = await WithDbAsync(db => Infrastructure.Data.Search.ListingTextSearch.TermMatches(db, SearchText.Terms("bread"))
            .OrderByDescending(m => m.Score).Select(m => m.ListingId).ToListAsync());
        var both = await WithDbAsync(db => Infrastructure.Data.Search.ListingTextSearch.TermMatches(db, SearchText.Terms("bread crunch"))
            .Select(m => m.ListingId).ToListAsync());

        Assert.That(hits, Is.EqualTo(new[] { exact, prefix }));
        Assert.That(both, Is.EqualTo(new[] { prefix }));
    }
}
