using System.Reflection;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, shipped inside this assembly (see Fonts/LICENSE-DejaVu.txt), so a PDF looks
/// the same on every machine whatever fonts it has installed. Typefaces are immutable and shared by all renders.
/// </summary>
internal static class ReportFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;
    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string file)
    {
        var name = "CoopAlliance.Reporting.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the Infrastructure assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }
}
