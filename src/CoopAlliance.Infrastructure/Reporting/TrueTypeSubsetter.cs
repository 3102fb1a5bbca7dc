using System.Buffers.Binary;

namespace CoopAlliance.Infrastructure.Reporting;

/// <summary>
/// Shrinks a TrueType font to the characters one document uses. The SkiaSharp native build we use embeds fonts whole
/// (about 375 KB per DejaVu face, compressed), which would make every emailed statement close to a megabyte; and Skia
/// compresses whatever it embeds for every document, so the embedded font's size is most of a statement's render time
/// (scripts/bench.sh dues). The kept glyphs are renumbered 1…n (0 stays .notdef; composite glyphs keep their
/// components), and loca, hmtx, maxp, hhea and a new cmap (format 4, plus format 12 beyond the BMP) describe only
/// them. Layout tables only a text shaper reads (GSUB, GPOS, kern…) and glyph names are dropped; the name table
/// (with the font's copyright and licence) and the hinting programs are kept.
/// </summary>
internal static class TrueTypeSubsetter
{
    // Tables a PDF viewer needs to draw the glyphs, plus the hinting programs the kept glyphs' instructions call.
    private static readonly HashSet<string> Kept = ["cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "OS/2", "post", "prep"];

    /// <param name="font">The whole font file.</param>
    /// <param name="characters">Each character (code point) the document draws and its glyph id in the whole font.</param>
    public static byte[] Subset(byte[] font, IReadOnlyDictionary<int, ushort> characters)
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
        var pending = new Stack<int>(characters.Values.Select(g => (int)g).Append(0).Where(g => g < numGlyphs));
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            var data = glyf[Offset(glyph)..Offset(glyph + 1)];
            if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
            {
                foreach (var (component, _) in Components(data))
                {
                    if (!keep.Contains(component))
                    {
                        pending.Push(component);
                    }
                }
            }
        }

        var order = keep.Order().ToList(); // old ids in order: .notdef first
        var newId = new Dictionary<int, ushort>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            newId[order[i]] = (ushort)i;
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(order.Count + 1) * 4];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(i * 4), (uint)newGlyf.Length);
            var data = glyf[Offset(order[i])..Offset(order[i] + 1)].ToArray();
            if (data.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(data) < 0)
            {
                foreach (var (component, at) in Components(data))
                {
                    BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), newId[component]);
                }
            }

            newGlyf.Write(data);
            while (newGlyf.Length % 4 != 0)
            {
                newGlyf.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(order.Count * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);   // long loca offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);    // checkSumAdjustment, set below

        // Every kept glyph gets its own advance width and left side bearing.
        var hhea = tables["hhea"].ToArray();
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));
        var hmtx = tables["hmtx"].Span;
        var newHmtx = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(Math.Min(old, metrics - 1) * 4)..]);
            var bearing = old < metrics
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx[(old * 4 + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(hmtx[(metrics * 4 + (old - metrics) * 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(i * 4), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(i * 4 + 2), bearing);
        }

        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count);
        var maxp = tables["maxp"].ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count);

        // post version 3: the same header, no glyph names.
        var post = tables["post"][..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);

        var map = characters.Where(c => c.Value != 0 && newId.ContainsKey(c.Value)).ToDictionary(c => c.Key, c => newId[c.Value]);
        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables)
        {
            if (Kept.Contains(tag))
            {
                output[tag] = tag switch
                {
                    "cmap" => Cmap(map),
                    "glyf" => newGlyf.ToArray(),
                    "loca" => newLoca,
                    "head" => head,
                    "hhea" => hhea,
                    "hmtx" => newHmtx,
                    "maxp" => maxp,
                    "name" => Names(data.Span),
                    "post" => post,
                    _ => data.ToArray(),
                };
            }
        }

        return Write(output);
    }

    /// <summary>
    /// The name table's identifying records (ids 0–6: copyright, family, style, unique id, full name, version,
    /// PostScript name), as font subsetters keep by default; the licence text itself ships beside the font
    /// (Fonts/LICENSE-DejaVu.txt).
    /// </summary>
    private static byte[] Names(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        var kept = new List<(byte[] Record, byte[] Text)>();
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + i * 12, 12);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) <= 6)
            {
                var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
                var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
                kept.Add((record.ToArray(), name.Slice(storage + offset, length).ToArray()));
            }
        }

        var start = 6 + kept.Count * 12;
        var table = new byte[start + kept.Sum(k => k.Text.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)kept.Count);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)start);
        var at = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var (record, text) = kept[i];
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(10), (ushort)at);
            record.CopyTo(table, 6 + i * 12);
            text.CopyTo(table, start + at);
            at += text.Length;
        }

        return table;
    }

    /// <summary>A cmap for the kept characters: Windows Unicode BMP (format 4) and, when needed, full Unicode (format 12).</summary>
    private static byte[] Cmap(Dictionary<int, ushort> map)
    {
        var bmp = map.Where(c => c.Key < 0xFFFF).OrderBy(c => c.Key).ToList();
        var all = map.OrderBy(c => c.Key).ToList();
        var needs12 = all.Count > bmp.Count;

        // Format 4: one segment per character (idDelta maps it), then the required 0xFFFF segment.
        var segments = bmp.Count + 1;
        var format4 = new byte[16 + segments * 8];
        var f4 = format4.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(f4, 4);
        BinaryPrimitives.WriteUInt16BigEndian(f4[2..], (ushort)format4.Length);
        BinaryPrimitives.WriteUInt16BigEndian(f4[6..], (ushort)(segments * 2));
        var entrySelector = (int)Math.Floor(Math.Log2(segments));
        var searchRange = 2 * (1 << entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(f4[8..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(f4[10..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(f4[12..], (ushort)(segments * 2 - searchRange));
        int endCodes = 14, startCodes = 16 + segments * 2, deltas = 16 + segments * 4; // idRangeOffsets stay 0
        for (var i = 0; i < segments; i++)
        {
            var (code, glyph) = i < bmp.Count ? (bmp[i].Key, bmp[i].Value) : (0xFFFF, (ushort)0);
            BinaryPrimitives.WriteUInt16BigEndian(f4[(endCodes + i * 2)..], (ushort)code);
            BinaryPrimitives.WriteUInt16BigEndian(f4[(startCodes + i * 2)..], (ushort)code);
            BinaryPrimitives.WriteUInt16BigEndian(f4[(deltas + i * 2)..], i < bmp.Count ? (ushort)((glyph - code) & 0xFFFF) : (ushort)1);
        }

        byte[]? format12 = null;
        if (needs12)
        {
            format12 = new byte[16 + all.Count * 12];
            var f12 = format12.AsSpan();
            BinaryPrimitives.WriteUInt16BigEndian(f12, 12);
            BinaryPrimitives.WriteUInt32BigEndian(f12[4..], (uint)format12.Length);
            BinaryPrimitives.WriteUInt32BigEndian(f12[12..], (uint)all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(f12[(16 + i * 12)..], (uint)all[i].Key);
                BinaryPrimitives.WriteUInt32BigEndian(f12[(20 + i * 12)..], (uint)all[i].Key);
                BinaryPrimitives.WriteUInt32BigEndian(f12[(24 + i * 12)..], all[i].Value);
            }
        }

        var subtables = needs12 ? 2 : 1;
        var header = 4 + subtables * 8;
        var cmap = new byte[header + format4.Length + (format12?.Length ?? 0)];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), (ushort)subtables);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);      // Windows
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);      // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), (uint)header);
        format4.CopyTo(cmap, header);
        if (format12 is not null)
        {
            BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(12), 3);  // Windows
            BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(14), 10); // Unicode full
            BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(16), (uint)(header + format4.Length));
            format12.CopyTo(cmap, header + format4.Length);
        }

        return cmap;
    }

    /// <summary>A composite glyph's components: each one's glyph id and where that id is written in the glyph.</summary>
    private static List<(int Glyph, int At)> Components(ReadOnlySpan<byte> glyph)
    {
        const int argsAreWords = 0x0001, haveScale = 0x0008, moreComponents = 0x0020, haveXyScale = 0x0040, haveTwoByTwo = 0x0080;
        var result = new List<(int, int)>();
        var at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            result.Add((BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]), at + 2));
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
