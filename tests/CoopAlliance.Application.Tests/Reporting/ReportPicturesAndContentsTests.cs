using System.Text.RegularExpressions;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Infrastructure.Reporting;
using SkiaSharp;
using UglyToad.PdfPig;
using static CoopAlliance.Application.Tests.Support.PdfText;

namespace CoopAlliance.Application.Tests.Reporting;

/// <summary>The report layer's pictures, cover and table of contents, read back with PdfPig.</summary>
public sealed partial class ReportPicturesAndContentsTests
{
    private readonly IPdfRenderer _renderer = new SkiaPdfRenderer();

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Test]
    public void APictureIsScaledToItsBoxKeepingItsProportionsAndCaptioned()
    {
        var pdf = _renderer.Render(new ReportBuilder("Pictures").Image(Png(100, 400), 300, 200, "A tall picture").Build());

        using var document = PdfDocument.Open(pdf);
        var image = document.GetPage(1).GetImages().Single();
        Assert.That(image.BoundingBox.Height, Is.EqualTo(200).Within(0.5));
        Assert.That(image.BoundingBox.Width, Is.EqualTo(50).Within(0.5));
        Assert.That(image.BoundingBox.Left, Is.EqualTo(ReportLayout.ContentLeft).Within(0.5));
        var caption = document.GetPage(1).GetWords().First(w => w.Text == "tall");
        Assert.That(caption.BoundingBox.Top, Is.LessThan(image.BoundingBox.Bottom), "the caption is under the picture");
    }

    [Test]
    public void APictureThatDoesNotFitMovesToTheNextPage()
    {
        var builder = new ReportBuilder("Pictures");
        for (var i = 0; i < 45; i++)
        {
            builder.Paragraph($"Line {i}");
        }

        using var document = PdfDocument.Open(_renderer.Render(builder.Image(Png(300, 300), 300, 300).Paragraph("After").Build()));

        Assert.That(document.NumberOfPages, Is.EqualTo(2));
        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(document.GetPage(2).GetImages().Single().BoundingBox.Height, Is.EqualTo(300).Within(0.5));
    }

    [Test]
    public void BytesThatAreNotAPictureDrawOnlyTheCaption()
    {
        using var document = PdfDocument.Open(_renderer.Render(
            new ReportBuilder("Pictures").Image([1, 2, 3, 4], 100, 100, "Broken upload").Paragraph("Still here").Build()));

        Assert.That(document.GetPage(1).GetImages(), Is.Empty);
        Assert.That(Lines(document.GetPage(1)), Is.SupersetOf(new[] { "Broken upload", "Still here" }));
    }

    [Test]
    public void ACoverIsAWholeFirstPageWithoutLetterheadOrFooter()
    {
        using var document = PdfDocument.Open(_renderer.Render(new ReportBuilder("Annual report")
            .Letterhead("Valley Alliance")
            .Footer("Annual report 2027")
            .Cover("Annual report 2027", "A year of worker ownership", "Printed on recycled paper", Png(600, 300))
            .Paragraph("The year in brief.")
            .Build()));

        Assert.That(document.NumberOfPages, Is.EqualTo(2));
        Assert.That(Lines(document.GetPage(1)), Is.EqualTo(new[] { "Annual report 2027", "A year of worker ownership", "Printed on recycled paper" }));
        Assert.That(document.GetPage(1).GetImages().Single().BoundingBox.Width, Is.EqualTo(ReportLayout.ContentWidth).Within(0.5));
        var second = Lines(document.GetPage(2));
        Assert.That(second[0], Is.EqualTo("Valley Alliance"));
        Assert.That(second, Has.None.EqualTo("Annual report"), "the title is on the cover, not repeated");
        Assert.That(second, Has.Some.EqualTo("The year in brief."));
        Assert.That(second[^1], Is.EqualTo("Annual report 2027 Page 2 of 2"));
    }

    [Test]
    public void AnAutomaticContentsListsTheHeadingsWithTheirPagesAndLinksToThem()
    {
        var builder = new ReportBuilder("Handbook").Contents(maxLevel: 1);
        foreach (var chapter in new[] { "Joining", "Dues", "Voting" })
        {
            builder.PageBreak().Heading(chapter).Heading($"{chapter} in detail", 2).Paragraph("Text.");
        }

        using var document = PdfDocument.Open(_renderer.Render(builder.Build()));

        Assert.That(document.NumberOfPages, Is.EqualTo(4));
        var first = Lines(document.GetPage(1));
        Assert.That(first, Is.SupersetOf(new[] { "Contents", "Joining 2", "Dues 3", "Voting 4" }));
        Assert.That(first, Has.None.Contains("in detail"), "level 2 headings are left out at max level 1");
        Assert.That(Lines(document.GetPage(3)), Has.Some.EqualTo("Dues"));
        Assert.That(document.GetPage(1).GetAnnotations().Count(), Is.EqualTo(3), "each entry is a link");
    }

    [Test]
    public void PageNumbersSettleWhenTheContentsThemselvesTakeSeveralPages()
    {
        var builder = new ReportBuilder("Long handbook").Contents();
        for (var i = 1; i <= 90; i++)
        {
            builder.Heading($"Chapter {i}").Paragraph("Some text for this chapter.");
        }

        using var document = PdfDocument.Open(_renderer.Render(builder.Build()));
        var pages = document.GetPages().Select(p => (p.Number, Lines: Lines(p))).ToList();

        var contentsPages = pages.Where(p => p.Lines.Any(l => ContentsLine().IsMatch(l))).ToList();
        Assert.That(contentsPages.Select(p => p.Number), Is.EqualTo(new[] { 1, 2, 3 }), "the contents run over three pages");
        foreach (var i in new[] { 1, 45, 90 })
        {
            var printed = contentsPages.SelectMany(p => p.Lines).Single(l => l.StartsWith($"Chapter {i} ", StringComparison.Ordinal));
            var actual = pages.First(p => p.Lines.Contains($"Chapter {i}")).Number;
            Assert.That(printed, Is.EqualTo($"Chapter {i} {actual}"));
        }
    }

    [GeneratedRegex(@"^Chapter \d+ \d+$")]
    private static partial Regex ContentsLine();
}
