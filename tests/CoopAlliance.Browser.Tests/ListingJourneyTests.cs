using System.Text.RegularExpressions;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Infrastructure.Data;
using Microsoft.Playwright;
using SkiaSharp;

namespace CoopAlliance.Browser.Tests;

/// <summary>
/// Issue 13 end to end: the demo rep writes a listing on a phone and adds a photo, staff publish it from the review
/// queue, and a visitor on a phone finds it through its category in the public shop window, with the photo on the
/// co-op's page. Also: a listing sent back shows the staff's note to the rep, and the listing pages pass axe.
/// </summary>
public sealed partial class ListingJourneyTests : BrowserTest
{
    private const string Staff = "staff@demo.coop";

    [Test]
    public async Task ARepsNewListingWithAPhotoReachesTheShopWindowOnceStaffPublishIt()
    {
        var title = $"Deep cleaning for bakeries {Guid.NewGuid().ToString("N")[..8]}";
        const string alt = "Two workers scrubbing a bread oven";

        await using var visitor = await NewContextAsync(phone: true);
        var shopper = await visitor.NewPageAsync();
        await shopper.GotoAsync(Url("/directory"));
        var cleaningBefore = await FacetCountAsync(shopper, "Cleaning");

        // The rep, on a phone, writes the listing and sends it for review in one go.
        await UsePhoneAsync();
        await SignInAsync(DemoData.RepEmail);
        await Page.GotoAsync(Url("/MyCoop/Listings"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Write a new listing" }).ClickAsync();
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Products or a service?").SelectOptionAsync("Service");
        await Page.GetByLabel("Description", new() { Exact = true }).FillAsync(
            "Ovens, proofers and flour dust: night-shift cleaning for bakeries and commercial kitchens, done by the bakers' own co-op.");
        await Page.GetByLabel("Cleaning", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Western Massachusetts", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Opening hours or how to order").FillAsync("Call the bakery to book a night.");
        await Page.GetByLabel("Send it to the alliance staff for review now").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save listing" }).ClickAsync();

        Assert.That(await Page.GetByRole(AriaRole.Status).First.InnerTextAsync(), Does.Contain("Listing sent to the alliance staff for review."));
        Assert.That(await Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo(title));
        Assert.That(await Page.Locator("main, body").First.InnerTextAsync(), Does.Contain("Waiting for review"));
        Assert.That(await FitsTheScreenAsync(), Is.True, "The listing form must fit a phone without sideways scrolling.");

        // …then adds a photo, and sees its thumbnail.
        var photo = WritePhoto();
        try
        {
            await Page.Locator("#photo").SetInputFilesAsync(photo);
            await Page.GetByLabel("What it shows (for people who cannot see it)").FillAsync(alt);
            await Page.GetByRole(AriaRole.Button, new() { Name = "Add photo" }).ClickAsync();
            Assert.That(await Page.GetByRole(AriaRole.Status).First.InnerTextAsync(), Does.Contain("Photo added."));
        }
        finally
        {
            File.Delete(photo);
        }

        await ExpectLoadedImageAsync(Page.GetByAltText(alt, new() { Exact = true }));
        Assert.That(await FitsTheScreenAsync(), Is.True, "The listing with its photo must still fit a phone.");

        // Nothing is public yet.
        await shopper.GotoAsync(Url("/directory"));
        Assert.That(await shopper.ContentAsync(), Does.Not.Contain(title));

        // Staff, in their own browser, find it waiting for review and publish it.
        await using (var staffContext = await NewContextAsync(phone: false))
        {
            var staff = await staffContext.NewPageAsync();
            await SignInAsync(staff, Staff);
            await staff.GotoAsync(Url("/Marketing/Listings"));
            var row = staff.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
            Assert.That(await row.InnerTextAsync(), Does.Contain("Waiting for review").And.Contain(RepCoopShownAs));
            await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await ExpectLoadedImageAsync(staff.GetByAltText(alt, new() { Exact = true }));
            await staff.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            Assert.That(await staff.GetByRole(AriaRole.Status).First.InnerTextAsync(), Does.Contain("Published: the listing is in the public directory."));
        }

        // A visitor on a phone browses by category, finds it, and sees the photo on the co-op's page.
        await shopper.GotoAsync(Url("/directory"));
        Assert.That(await FacetCountAsync(shopper, "Cleaning"), Is.EqualTo(cleaningBefore + 1));
        await FacetLink(shopper, "Cleaning").ClickAsync();
        await shopper.WaitForURLAsync(new Regex("category=cleaning"));
        Assert.That(await FacetLink(shopper, "Cleaning").GetAttributeAsync("aria-current"), Is.EqualTo("true"));
        await shopper.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();

        await shopper.WaitForURLAsync(new Regex(@"/directory/\d+/" + Slug.From(RepCoopShownAs) + "#listing-"));
        Assert.That(await shopper.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), Is.EqualTo(RepCoopShownAs));
        var listing = shopper.Locator("article").Filter(new() { Has = shopper.GetByRole(AriaRole.Heading, new() { Name = title, Exact = true }) });
        Assert.That(await listing.InnerTextAsync(), Does.Contain("Cleaning").And.Contain("Call the bakery to book a night."));
        await ExpectLoadedImageAsync(listing.GetByAltText(alt, new() { Exact = true }));
        Assert.That(await shopper.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), Is.True,
            "The co-op page, photos included, must fit a phone without sideways scrolling.");
        Assert.That(await shopper.Locator("script[type='application/ld+json']").TextContentAsync(), Does.Contain(title));
    }

    [Test]
    public async Task AListingSentBackShowsTheStaffNoteToTheRep()
    {
        var title = $"Bread-baking classes {Guid.NewGuid().ToString("N")[..8]}";
        const string note = "Please say how many people fit in one class and what it costs.";

        await UsePhoneAsync();
        await SignInAsync(DemoData.RepEmail);
        await Page.GotoAsync(Url("/MyCoop/Listings/Edit"));
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await Page.GetByLabel("Description", new() { Exact = true }).FillAsync("Saturday morning sourdough classes in the bakery.");
        await Page.GetByLabel("Food & bakery", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Western Massachusetts", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Send it to the alliance staff for review now").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save listing" }).ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/MyCoop/Listings/Edit/\d+$"));
        var editUrl = Page.Url;

        await using (var staffContext = await NewContextAsync(phone: false))
        {
            var staff = await staffContext.NewPageAsync();
            await SignInAsync(staff, Staff);
            await staff.GotoAsync(Url("/Marketing/Listings"));
            await staff.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
            await staff.GetByLabel("Send it back with a note").FillAsync(note);
            await staff.GetByRole(AriaRole.Button, new() { Name = "Send back to the co-op" }).ClickAsync();
            Assert.That(await staff.GetByRole(AriaRole.Status).First.InnerTextAsync(), Does.Contain("Sent back to the co-op with your note."));
        }

        await Page.GotoAsync(editUrl);
        var warning = Page.Locator(".alert-warning");
        Assert.That(await warning.InnerTextAsync(), Does.Contain("The staff sent it back:").And.Contain(note));
        // The rep can fix it and send it again from the same form.
        Assert.That(await Page.GetByLabel("Send it to the alliance staff for review now").IsVisibleAsync(), Is.True);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    // The plain pages (/directory, /MyCoop/Listings, /Marketing/Listings…) are in PageAccessibilityTests' list.
    [TestCase("/directory?category={category}")]
    [TestCase("/directory?q=bread")]
    [TestCase("/directory/{coop}")]
    public async Task TheShopWindowPassesTheAutomatedAccessibilityCheck(string path)
    {
        var id = await Registry.IdOfAsync(RepCoopName);
        var url = path.Replace("{category}", Slug.From("Food & bakery"), StringComparison.Ordinal)
            .Replace("{coop}", $"{id}/{Slug.From(RepCoopShownAs)}", StringComparison.Ordinal);

        var response = await Page.GotoAsync(Url(url));

        Assert.That(response!.Status, Is.EqualTo(200));
        Assert.That(await Page.GetByRole(AriaRole.Img).CountAsync(), Is.GreaterThan(0), "The page should show listing photos (with their alt text checked too).");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task TheRepsSentBackListingPassesTheAutomatedAccessibilityCheck()
    {
        await UsePhoneAsync();
        await SignInAsync(DemoData.RepEmail);
        await Page.GotoAsync(Url("/MyCoop/Listings"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Wholesale bread for restaurants and cafés" }).ClickAsync();

        Assert.That(await Page.Locator(".alert-warning").InnerTextAsync(), Does.Contain("minimum order"), "The demo's note from the staff.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task TheStaffReviewPagePassesTheAutomatedAccessibilityCheck()
    {
        await SignInAsync(Staff);
        await Page.GotoAsync(Url("/Marketing/Listings"));
        // The queue's first row: waiting for review if any listing is, else the latest change.
        await Page.Locator("tbody tr a").First.ClickAsync();

        Assert.That(await Page.GetByRole(AriaRole.Heading, new() { Name = "History" }).IsVisibleAsync(), Is.True);
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);
    }

    [Test]
    public async Task AListingWithoutCategoryOrRegionComesBackWithTheMessagesAndWhatWasTyped()
    {
        await UsePhoneAsync();
        await SignInAsync(DemoData.RepEmail);
        await Page.GotoAsync(Url("/MyCoop/Listings/Edit"));
        await SkipBrowserChecksAsync();
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync("Birthday cakes to order");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save listing" }).ClickAsync();

        var summary = await Page.Locator(".error-summary").InnerTextAsync();
        Assert.That(summary, Does.Contain("Describe what you offer, in a few sentences.")
            .And.Contain("Choose at least one category.").And.Contain("Choose at least one region you serve."));
        Assert.That(await Page.GetByLabel("Title", new() { Exact = true }).InputValueAsync(), Is.EqualTo("Birthday cakes to order"));
        Assert.That(await Page.GetByLabel("Cleaning", new() { Exact = true }).IsVisibleAsync(), Is.True, "The categories are offered again.");
        Assert.That(await Accessibility.ViolationsAsync(Page), Is.Empty);

        await Page.GotoAsync(Url("/MyCoop/Listings"));
        Assert.That(await Page.ContentAsync(), Does.Not.Contain("Birthday cakes to order"), "Nothing was saved.");
    }

    /// <summary>The demo rep's co-op (legal name, for looking up its id).</summary>
    private const string RepCoopName = DemoData.RepCoop;

    /// <summary>The name the public sees (the demo co-op's trading name): on the queue, in the directory, in its page's address.</summary>
    private const string RepCoopShownAs = "Pioneer Valley Bread";

    private static Task<IBrowserContext> NewContextAsync(bool phone) => BrowserSetup.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
    });

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync(Url("/Account/Login"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("CoopDemo!2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>The facet link of a category in the shop window's "Narrow the results" navigation.</summary>
    private static ILocator FacetLink(IPage page, string category) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Narrow the results" })
            .GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(category) + @" \(\d+\)$") });

    /// <summary>The count shown beside a category's facet link; 0 when the category has no public listing (no link).</summary>
    private static async Task<int> FacetCountAsync(IPage page, string category)
    {
        var link = FacetLink(page, category);
        if (await link.CountAsync() == 0)
        {
            return 0;
        }

        var match = CountInParentheses().Match(await link.InnerTextAsync());
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Scrolls a (possibly lazy) image into view and waits until the browser has decoded it.</summary>
    private static async Task ExpectLoadedImageAsync(ILocator image)
    {
        await image.First.ScrollIntoViewIfNeededAsync();
        await image.First.EvaluateAsync("img => img.complete && img.naturalWidth > 0 ? true : new Promise((ok, fail) => { img.onload = () => ok(true); img.onerror = () => fail(new Error('image failed: ' + img.src)); })");
        Assert.That(await image.First.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "The photo must load.");
    }

    /// <summary>A small photo-like PNG (a loaf on a board) drawn with SkiaSharp, in a temp file for the file input.</summary>
    private static string WritePhoto()
    {
        using var bitmap = new SKBitmap(640, 480);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xE8, 0xDC, 0xC8));
            using var board = new SKPaint { Color = new SKColor(0x8B, 0x5A, 0x2B), IsAntialias = true };
            canvas.DrawRect(new SKRect(60, 300, 580, 400), board);
            using var loaf = new SKPaint { Color = new SKColor(0xC8, 0x82, 0x3A), IsAntialias = true };
            canvas.DrawOval(new SKRect(160, 160, 480, 320), loaf);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var file = Path.Combine(Path.GetTempPath(), $"listing-photo-{Guid.NewGuid():N}.png");
        using (var stream = File.Create(file))
        {
            png.SaveTo(stream);
        }

        return file;
    }

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex CountInParentheses();
}
