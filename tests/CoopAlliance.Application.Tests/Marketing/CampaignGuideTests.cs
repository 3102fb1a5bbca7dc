using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Marketing.Campaigns;
using CoopAlliance.Infrastructure.Reporting;
using SkiaSharp;
using UglyToad.PdfPig;
using static CoopAlliance.Application.Tests.Support.PdfText;

namespace CoopAlliance.Application.Tests.Marketing;

/// <summary>Renders campaign guides with the real SkiaSharp layer and reads them back with PdfPig.</summary>
public sealed partial class CampaignGuideTests
{
    private readonly IPdfRenderer _renderer = new SkiaPdfRenderer();

    private static readonly GuideCoop Bread = new(
        "Pioneer Valley Bread", "Northampton", "Pioneer Valley", "pvbread.coop", "hello@pvbread.coop", "413-555-0101",
        "A worker-owned bakery since 1998: eleven bakers, one wood-fired oven and a standing order for the food bank.",
        Photo(), [new GuideListing("Sourdough share", "Bakery", "A loaf a week for the whole campaign.", "Sign up at the market stall")]);

    private static readonly GuideCoop Cafe = new(
        "Common Table Café", "Greenfield", "Franklin County", null, "table@commontable.coop", null,
        "A café and catering co-op.",
        null,
        [
            new GuideListing("Morning pastries", "Bakery", "Croissants and scones, baked at five.", "Walk in"),
            new GuideListing("Cast-iron restoration", "Repairs", "We strip, season and return your pans.", "Drop off on Mondays"),
        ]);

    private static readonly GuideCoop Fixit = new(
        "Fix-It Collective", "Brattleboro", "Southern Vermont", "fixit.coop", null, "802-555-0199",
        "Bicycles, lamps and small appliances mended by a collective of six.",
        null, [new GuideListing("Bicycle tune-up", "Repairs", null, "Book online")]);

    private static CampaignGuideData Guide(params GuideCoop[] coops) => new(
        "Buy Co-op Month", "Spend where the workers own the place", new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 31),
        "Valley Alliance of Worker Co-operatives", coops);

    /// <summary>A 400 × 300 JPEG: a green field with a sun.</summary>
    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(400, 300);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Gold, IsAntialias = true })
        {
            canvas.Clear(new SKColor(0x2E, 0x7D, 0x32));
            canvas.DrawCircle(300, 80, 50, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    [Test]
    public void AGuideHasACoverContentsAndAPagePerCategory()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide(Fixit, Bread, Cafe))));

        // Cover; contents; Bakery (Bread with its photo, the café's full entry); Repairs (Fix-It, the café's reference).
        Assert.That(pdf.NumberOfPages, Is.EqualTo(4));
        var cover = Lines(pdf.GetPage(1));
        Assert.That(cover[0], Is.EqualTo("Buy Co-op Month"));
        Assert.That(cover, Has.Some.EqualTo("Spend where the workers own the place"));
        Assert.That(cover, Has.Some.EqualTo("Valley Alliance of Worker Co-operatives · October 1 – October 31, 2027"));
        Assert.That(cover, Has.None.Contains("Page 1 of"), "the cover has no footer");
        Assert.That(Lines(pdf.GetPage(2))[^1], Does.EndWith("Page 2 of 4"));
    }

    [Test]
    public void TheContentsNameEachCategoryAndCoopWithThePageItIsOn()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide(Fixit, Bread, Cafe))));
        var pages = pdf.GetPages().Select(p => (p.Number, Lines: Lines(p))).ToList();

        var contents = pages.Single(p => p.Lines.Contains("Contents"));
        // Between the "Contents" heading and the footer line.
        var entries = contents.Lines.SkipWhile(l => l != "Contents").Skip(1).SkipLast(1).Select(l => Entry().Match(l)).Where(m => m.Success)
            .Select(m => (Text: m.Groups[1].Value, Page: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.That(entries.Select(e => e.Text), Is.EqualTo(new[]
        {
            "Bakery", "Common Table Café", "Pioneer Valley Bread",
            "Repairs", "Common Table Café", "Fix-It Collective",
        }));

        int FirstPageWith(string line) => pages.First(p => p.Number > contents.Number && p.Lines.Contains(line)).Number;
        foreach (var (text, page) in entries)
        {
            Assert.That(page, Is.EqualTo(FirstPageWith(text)), $"the contents say {text} is on page {page}");
        }

        Assert.That(entries.Where(e => e.Text == "Common Table Café").Select(e => e.Page).Distinct().Count(), Is.EqualTo(1),
            "a co-op in two categories points at its one full entry from both");
        var reference = pages.Single(p => p.Lines.Contains("Repairs") && p.Number > contents.Number);
        Assert.That(Normalize(string.Join(" ", reference.Lines)),
            Does.Contain($"Photo, story, everything it offers and how to reach it: see page {FirstPageWith("Common Table Café")}."));
    }

    [Test]
    public void TheCoopWithAPhotoHasItsPictureOnItsPage()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide(Fixit, Bread, Cafe))));

        var withImages = pdf.GetPages().Where(p => p.GetImages().Any()).ToList();
        Assert.That(withImages.Select(p => p.Number), Is.EqualTo(new[] { 3 }), "only the bakery page has a photo");
        var image = withImages[0].GetImages().Single();
        Assert.That(image.BoundingBox.Width / image.BoundingBox.Height, Is.EqualTo(400d / 300d).Within(0.01), "the photo keeps its proportions");
        Assert.That(image.BoundingBox.Height, Is.EqualTo(180).Within(0.5), "and is as large as the guide allows");
        var photoTop = image.BoundingBox.Top;
        var name = withImages[0].GetWords().First(w => w.Text == "Pioneer");
        Assert.That(name.BoundingBox.Bottom, Is.GreaterThan(photoTop), "the name is above the photo");
    }

    [Test]
    public void EveryCoopsPlaceDescriptionListingsAndContactArePrinted()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide(Fixit, Bread, Cafe))));
        var text = Normalize(string.Join(" ", pdf.GetPages().SelectMany(Lines)));

        Assert.That(text, Does.Contain("Contact — Website: pvbread.coop · Email: hello@pvbread.coop · Phone: 413-555-0101"));
        Assert.That(text, Does.Contain("Contact — Email: table@commontable.coop"));
        Assert.That(text, Does.Contain("Contact — Website: fixit.coop · Phone: 802-555-0199"));
        Assert.That(text, Does.Contain("Northampton, Pioneer Valley"));
        Assert.That(text, Does.Contain("Sourdough share A loaf a week for the whole campaign. How to order: Sign up at the market stall"));
        Assert.That(text, Does.Contain("Cast-iron restoration (Repairs)"), "a co-op's full entry names the category of each listing when it has several");
        Assert.That(Regex.Matches(text, "Contact — Email: table@commontable.coop"), Has.Count.EqualTo(1), "the café's full entry is printed once");
    }

    [Test]
    public void AGuideNobodyHasJoinedIsACoverAndASentence()
    {
        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide())));

        Assert.That(pdf.NumberOfPages, Is.EqualTo(2));
        Assert.That(Lines(pdf.GetPage(1))[0], Is.EqualTo("Buy Co-op Month"));
        Assert.That(Lines(pdf.GetPage(2)), Has.Some.EqualTo(CampaignGuide.NobodyYet));
        Assert.That(Lines(pdf.GetPage(2)), Has.None.EqualTo("Contents"));
    }

    [Test]
    public void AFortyCoopGuideFlowsOverPagesWithoutRunningOffThem()
    {
        var photo = Photo();
        var coops = Enumerable.Range(1, 40).Select(i => new GuideCoop(
            $"Member co-op {i:00}", "Amherst", "Pioneer Valley", $"coop{i}.coop", $"hello@coop{i}.coop", "413-555-0100",
            string.Concat(Enumerable.Repeat("We make good things together and share what we earn. ", 1 + i % 4)),
            i % 3 == 0 ? photo : null,
            [
                new GuideListing($"Offer {i}", i % 2 == 0 ? "Food" : "Services", "Ten percent off for members of any co-op.", "Ask at the counter"),
                .. i % 5 == 0 ? [new GuideListing($"Workshop {i}", "Learning", "An evening class.", "Email us")] : Array.Empty<GuideListing>(),
            ])).ToArray();

        using var pdf = PdfDocument.Open(_renderer.Render(CampaignGuide.Build(Guide(coops))));

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(8));
        var bottom = 792 - ReportLayout.ContentBottom;   // PdfPig's y grows upwards
        foreach (var page in pdf.GetPages())
        {
            var footerY = page.Letters.Min(l => l.StartBaseLine.Y);
            foreach (var letter in page.Letters.Where(l => l.StartBaseLine.Y > footerY + 1))
            {
                Assert.That(letter.BoundingBox.Bottom, Is.GreaterThanOrEqualTo(bottom - 0.5), $"page {page.Number}: {letter.Value}");
                Assert.That(letter.BoundingBox.Right, Is.LessThanOrEqualTo(ReportLayout.ContentRight + 0.5), $"page {page.Number}: {letter.Value}");
            }

            foreach (var image in page.GetImages())
            {
                Assert.That(image.BoundingBox.Bottom, Is.GreaterThanOrEqualTo(bottom - 0.5), $"picture on page {page.Number}");
            }
        }

        var text = string.Join("\n", pdf.GetPages().SelectMany(Lines));
        for (var i = 1; i <= 40; i++)
        {
            Assert.That(text, Does.Contain($"Email: hello@coop{i}.coop"), $"co-op {i}'s contact");
        }

        Assert.That(pdf.GetPages().Sum(p => p.GetImages().Count()), Is.EqualTo(13), "every third co-op's photo");
    }

    /// <summary>A contents line: the entry's text, then its page number at the right.</summary>
    [GeneratedRegex(@"^(.+) (\d+)$")]
    private static partial Regex Entry();
}
