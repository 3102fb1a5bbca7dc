using System.Buffers.Binary;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// Shrinks a TrueType font to the glyphs one document uses. The SkiaSharp native build we use embeds fonts whole
/// (about 375 KB per DejaVu face, compressed), which would make every emailed statement close to a megabyte.
/// Glyph ids are kept (unused glyphs become empty), so Skia's glyph ids, the cmap and the advance widths stay
/// valid; layout tables that only a text shaper reads (GSUB, GPOS, kern…) and glyph names are dropped.
/// </summary>
internal static class TrueTypeSubsetter
{
    // Tables a PDF viewer needs to draw the glyphs, plus the hinting programs the kept glyphs' instructions call.
    private static readonly HashSet<string> Kept = ["cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep"];

    public static byte[] Subset(byte[] font, IEnumerable<ushort> usedGlyphs)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var loca = tables["loca"];
        var glyf = tables["glyf"].Span;

        int Offset(int glyph) => longLoca
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Span[(glyph * 4)..])
            : BinaryPrimitives.ReadUInt16BigEndian(loca.Span[(glyph * 2)..]) * 2;

        // Glyph 0 (.notdef) always; composite glyphs (é = e + ´) need their components too.
        var keep = new HashSet<int>();
        var pending = new Stack<int>(usedGlyphs.Select(g => (int)g).Append(0).Where(g => g < numGlyphs));
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            var data = glyf[Offset(glyph)..Offset(glyph + 1)];
            if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
            {
                foreach (var component in Components(data))
                {
                    if (!keep.Contains(component))
                    {
                        pending.Push(component);
                    }
                }
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (keep.Contains(g))
            {
                newGlyf.Write(glyf[Offset(g)..Offset(g + 1)]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);   // long loca offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);    // checkSumAdjustment, set below

        // post version 3: the same header, no glyph names.
        var post = tables["post"][..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables)
        {
            if (Kept.Contains(tag))
            {
                output[tag] = tag switch
                {
                    "glyf" => newGlyf.ToArray(),
                    "loca" => newLoca,
                    "head" => head,
                    "post" => post,
                    _ => data.ToArray(),
                };
            }
        }

        return Write(output);
    }

    private static IEnumerable<int> Components(ReadOnlySpan<byte> glyph)
    {
        const int argsAreWords = 0x0001, haveScale = 0x0008, moreComponents = 0x0020, haveXyScale = 0x0040, haveTwoByTwo = 0x0080;
        var result = new List<int>();
        var at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & argsAreWords) != 0 ? 4 : 2);
            at += (flags & haveScale) != 0 ? 2 : (flags & haveXyScale) != 0 ? 4 : (flags & haveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & moreComponents) != 0 && at + 4 <= glyph.Length);

        return result;
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16, 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }

        foreach (var required in new[] { "head", "maxp", "loca", "glyf", "post" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidOperationException($"The font has no '{required}' table; only TrueType outlines can be subset.");
            }
        }

        return tables;
    }

    private static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + count * 16;
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)(count * 16 - searchRange));

        var offset = headerLength;
        var index = 0;
        var headOffset = 0;
        foreach (var (tag, data) in tables)
        {
            var record = file.AsSpan(12 + index++ * 16, 16);
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(file, offset);
            if (tag == "head")
            {
                headOffset = offset;
            }

            offset += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }
}
