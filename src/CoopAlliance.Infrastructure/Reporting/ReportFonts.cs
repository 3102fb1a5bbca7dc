using System.Reflection;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, shipped inside this assembly (see Fonts/LICENSE-DejaVu.txt), so a PDF looks
/// the same on every machine whatever fonts it has installed. Layout measures with the whole faces; each PDF
/// embeds a subset made for it (<see cref="TrueTypeSubsetter"/>). Typefaces are immutable and shared by all renders.
/// </summary>
internal static class ReportFonts
{
    private static readonly Lazy<EmbeddedFont> LazyRegular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<EmbeddedFont> LazyBold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static EmbeddedFont Regular => LazyRegular.Value;
    public static EmbeddedFont Bold => LazyBold.Value;

    private static EmbeddedFont Load(string file)
    {
        var name = "CoopAlliance.Reporting.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from the Infrastructure assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        using var data = SKData.CreateCopy(bytes);
        var typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
        return new EmbeddedFont(bytes, typeface);
    }
}

internal sealed record EmbeddedFont(byte[] File, SKTypeface Typeface)
{
    /// <summary>A typeface holding only the characters of <paramref name="texts"/> (with its own glyph ids), for embedding.</summary>
    public SKTypeface SubsetFor(IEnumerable<string> texts)
    {
        var characters = new Dictionary<int, ushort>();
        foreach (var text in texts)
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (!characters.ContainsKey(rune.Value))
                {
                    characters[rune.Value] = Typeface.GetGlyph(rune.Value);
                }
            }
        }

        using var data = SKData.CreateCopy(TrueTypeSubsetter.Subset(File, characters));
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("A font subset could not be read back.");
    }
}
