using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Infrastructure.Imaging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CoopAlliance.Application.Tests.Imaging;

/// <summary>
/// Real uploads through the SkiaSharp pipeline: files built here byte by byte (PNG chunks, JPEG segments, an EXIF
/// block with GPS) and the output read back with SkiaSharp and by walking its JPEG segments.
/// </summary>
public sealed class ImageProcessorTests
{
    private static readonly IImageProcessor Processor = new SkiaImageProcessor(Options.Create(new ImageOptions()));

    // GPSLatitude 40° 26' 46.12" as three RATIONALs, little-endian: the bytes a leak would show.
    private static readonly byte[] LatitudeBytes = Rationals((40, 1), (26, 1), (4612, 100));

    [TestCase("text", TestName = "A text file is refused")]
    [TestCase("random", TestName = "Random bytes are refused")]
    [TestCase("pdf", TestName = "A PDF is refused")]
    [TestCase("bmp", TestName = "A BMP (readable, but not a format we take) is refused")]
    [TestCase("truncated", TestName = "A JPEG cut off half way is refused")]
    public void AFileThatIsNotAPhotoWeReadIsRefused(string kind)
    {
        var upload = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("Minutes of the board meeting, 3 March.\nPresent: everyone.\n"),
            "random" => RandomBytes(4096),
            "pdf" => [.. Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), .. RandomBytes(512)],
            "bmp" => Bmp(4, 4),
            _ => Jpeg(600, 400)[..600],
        };

        var refusal = Refusal(upload);

        Assert.That(refusal.Errors[ImageOptions.Field], Is.EqualTo(new[] { SkiaImageProcessor.NotAPhoto }));
    }

    [Test]
    public void AnEmptyFileIsRefused() =>
        Assert.That(Refusal([]).Errors[ImageOptions.Field], Is.EqualTo(new[] { SkiaImageProcessor.NotAPhoto }));

    [Test]
    public void AFileOverTheByteLimitIsRefusedBeforeItIsRead()
    {
        var processor = new SkiaImageProcessor(Options.Create(new ImageOptions { MaxUploadBytes = 1024 * 1024 }));
        var upload = new byte[1024 * 1024 + 1];

        var refusal = Assert.Throws<ValidationException>(() => processor.Process(upload))!;

        Assert.That(refusal.Errors[ImageOptions.Field].Single(), Does.Contain("too large").And.Contain("1 MB"));
    }

    [Test]
    public void TheHandMadePngOfTheBombTestIsAPhotoWeReadWhenItsHeaderIsHonest()
    {
        // Proves the PNG writer below makes files Skia decodes, so the refusals that follow are about size alone.
        var result = Processor.Process(Png(300, 200, RowsOf(300, 200)));

        Assert.That((result.OriginalWidth, result.OriginalHeight, result.Large.Width, result.Large.Height), Is.EqualTo((300, 200, 300, 200)));
    }

    [TestCase(50_000, 50_000, TestName = "A PNG claiming 50000 × 50000 pixels is refused from its header")]
    [TestCase(8_000, 6_000, TestName = "A PNG claiming 48 megapixels (over 40) is refused from its header")]
    [TestCase(12_001, 100, TestName = "A PNG claiming a side over 12000 pixels is refused from its header")]
    public void ADecompressionBombIsRefusedFromItsHeaderWithoutDecoding(int width, int height)
    {
        // A few hundred bytes: the header claims the size and the image data is one row at most. Decoding even the
        // 50000 × 50000 claim would need 10 GB; refusing from the header takes milliseconds and nothing.
        var bomb = Png(width, height, RowsOf(Math.Min(width, 64), 1));
        Assert.That(bomb, Has.Length.LessThan(1024));

        var watch = Stopwatch.StartNew();
        var refusal = Refusal(bomb);
        watch.Stop();

        Assert.That(refusal.Errors[ImageOptions.Field].Single(), Does.StartWith("That photo is too large").And.Contain($"{width} × {height} pixels"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void AJpegCarryingGpsInItsExifComesOutWithNoExifAndNoGps()
    {
        var upload = WithExif(Jpeg(1600, 1200), orientation: null);
        Assert.That(Contains(upload, "Exif\0\0"u8.ToArray()), Is.True, "the input carries an EXIF block");
        Assert.That(Contains(upload, [0x25, 0x88, 0x04, 0x00]), Is.True, "the input points to a GPS IFD (tag 0x8825)");
        Assert.That(Contains(upload, LatitudeBytes), Is.True, "the input carries the latitude");
        Assert.That(Segments(upload), Does.Contain(0xE1));

        var result = Processor.Process(upload);

        foreach (var rendition in new[] { result.Large, result.Thumbnail })
        {
            var markers = Segments(rendition.Bytes);
            Assert.That(markers, Does.Not.Contain(0xE1), "no APP1 (EXIF, XMP)");
            Assert.That(markers, Does.Not.Contain(0xE2), "no APP2 (ICC profile)");
            Assert.That(markers, Does.Not.Contain(0xFE), "no comment");
            Assert.That(Contains(rendition.Bytes, "Exif"u8.ToArray()), Is.False);
            Assert.That(Contains(rendition.Bytes, LatitudeBytes), Is.False);
            Assert.That(rendition.ContentType, Is.EqualTo("image/jpeg"));
        }

        Assert.That(Decoded(result.Large.Bytes), Is.EqualTo((1200, 900)));
        Assert.That(Decoded(result.Thumbnail.Bytes), Is.EqualTo((400, 300)));
    }

    [Test]
    public void ALargeLandscapePhotoIsServedAt1200AndAThumbnailAt400WithItsAspectKept()
    {
        var upload = Jpeg(3000, 2000);

        var result = Processor.Process(upload);

        Assert.That((result.OriginalWidth, result.OriginalHeight), Is.EqualTo((3000, 2000)));
        Assert.That((result.Large.Width, result.Large.Height), Is.EqualTo((1200, 800)));
        Assert.That((result.Thumbnail.Width, result.Thumbnail.Height), Is.EqualTo((400, 267)));
        Assert.That(Decoded(result.Large.Bytes), Is.EqualTo((1200, 800)));
        Assert.That(Decoded(result.Thumbnail.Bytes), Is.EqualTo((400, 267)));
        Assert.That(result.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(upload))));
    }

    [Test]
    public void APortraitPhotoIsFittedByItsHeight()
    {
        var result = Processor.Process(Png(900, 1800, RowsOf(900, 1800)));

        Assert.That((result.Large.Width, result.Large.Height), Is.EqualTo((600, 1200)));
        Assert.That((result.Thumbnail.Width, result.Thumbnail.Height), Is.EqualTo((200, 400)));
    }

    [Test]
    public void ASmallPhotoIsNotEnlarged()
    {
        var result = Processor.Process(Jpeg(640, 480));

        Assert.That(Decoded(result.Large.Bytes), Is.EqualTo((640, 480)));
        Assert.That(Decoded(result.Thumbnail.Bytes), Is.EqualTo((400, 300)));
    }

    [Test]
    public void APhotoSmallerThanAThumbnailIsServedAtItsOwnSizeTwice()
    {
        var result = Processor.Process(Jpeg(320, 240));

        Assert.That((result.Large.Width, result.Large.Height, result.Thumbnail.Width, result.Thumbnail.Height), Is.EqualTo((320, 240, 320, 240)));
    }

    [Test]
    public void APngAndAWebPAreReadAndComeOutAsJpeg()
    {
        using var bitmap = Picture(500, 250);
        using var webp = bitmap.Encode(SKEncodedImageFormat.Webp, 90);

        var fromWebp = Processor.Process(webp.ToArray());
        var fromPng = Processor.Process(Png(500, 250, RowsOf(500, 250)));

        Assert.That(Decoded(fromWebp.Large.Bytes), Is.EqualTo((500, 250)));
        Assert.That(Decoded(fromPng.Large.Bytes), Is.EqualTo((500, 250)));
        Assert.That(fromWebp.Large.Bytes[..3], Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
        Assert.That(fromPng.Large.Bytes[..3], Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }));
    }

    [Test]
    public void TransparencyIsFlattenedOnWhite()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(200, 200, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(SKColors.Transparent);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var result = Processor.Process(png.ToArray());

        var pixel = PixelAt(result.Large.Bytes, 100, 100);
        Assert.That((pixel.Red, pixel.Green, pixel.Blue), Is.EqualTo(((byte)255, (byte)255, (byte)255)));
    }

    [Test]
    public void APhoneCameraPortraitMarkedOrientation6ComesOutUprightAndPortrait()
    {
        // Stored 600 × 400 landscape with a red block at the stored top-left; EXIF 6 says "turn 90° clockwise to show",
        // so the shown photo is 400 × 600 and the red block sits at its top-right.
        var upload = WithExif(Jpeg(600, 400, redCorner: true), orientation: 6);

        var result = Processor.Process(upload);

        Assert.That((result.OriginalWidth, result.OriginalHeight), Is.EqualTo((400, 600)));
        Assert.That(Decoded(result.Large.Bytes), Is.EqualTo((400, 600)));
        Assert.That(Decoded(result.Thumbnail.Bytes), Is.EqualTo((267, 400)));
        Assert.That(IsRed(PixelAt(result.Large.Bytes, 400 - 30, 30)), Is.True, "the stored top-left is now top-right");
        Assert.That(IsRed(PixelAt(result.Large.Bytes, 30, 30)), Is.False);
        Assert.That(IsRed(PixelAt(result.Large.Bytes, 30, 600 - 30)), Is.False);
        Assert.That(Segments(result.Large.Bytes), Does.Not.Contain(0xE1), "the orientation is applied, not carried");
    }

    [Test]
    public void WithoutOrientationTheSamePhotoStaysAsStored()
    {
        var result = Processor.Process(WithExif(Jpeg(600, 400, redCorner: true), orientation: 1));

        Assert.That(Decoded(result.Large.Bytes), Is.EqualTo((600, 400)));
        Assert.That(IsRed(PixelAt(result.Large.Bytes, 30, 30)), Is.True);
    }

    private static ValidationException Refusal(byte[] upload) => Assert.Throws<ValidationException>(() => Processor.Process(upload))!;

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(13).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A photo-like picture: a gradient, with a red 80 × 80 block at the top-left when asked.</summary>
    private static SKBitmap Picture(int width, int height, bool redCorner = false)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        using var paint = new SKPaint();
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [SKColors.SkyBlue, SKColors.DarkGreen], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
        if (redCorner)
        {
            paint.Shader = null;
            paint.Color = SKColors.Red;
            canvas.DrawRect(0, 0, 80, 80, paint);
        }

        return bitmap;
    }

    private static byte[] Jpeg(int width, int height, bool redCorner = false)
    {
        using var bitmap = Picture(width, height, redCorner);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    private static (int Width, int Height) Decoded(byte[] jpeg)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(jpeg));
        Assert.That(codec.EncodedFormat, Is.EqualTo(SKEncodedImageFormat.Jpeg));
        using var bitmap = SKBitmap.Decode(codec);
        return (bitmap.Width, bitmap.Height);
    }

    private static SKColor PixelAt(byte[] jpeg, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(jpeg);
        return bitmap.GetPixel(x, y);
    }

    private static bool IsRed(SKColor c) => c.Red > 200 && c.Green < 60 && c.Blue < 60;

    // ---- PNG by hand: signature, IHDR, IDAT, IEND, each chunk with its CRC ----

    /// <summary>Filtered RGB rows (filter byte 0 then pixels) for a <paramref name="width"/> × <paramref name="rows"/> gradient.</summary>
    private static byte[] RowsOf(int width, int rows)
    {
        var raw = new byte[rows * (1 + (width * 3))];
        for (var y = 0; y < rows; y++)
        {
            var row = y * (1 + (width * 3));
            for (var x = 0; x < width; x++)
            {
                raw[row + 1 + (x * 3)] = (byte)(x * 255 / Math.Max(1, width - 1));
                raw[row + 2 + (x * 3)] = (byte)(y * 255 / Math.Max(1, rows - 1));
                raw[row + 3 + (x * 3)] = 128;
            }
        }

        return raw;
    }

    private static byte[] Png(int width, int height, byte[] rawRows)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(rawRows);
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>A bottom-up 24-bit BMP: a real image format Skia reads, but not one we accept.</summary>
    private static byte[] Bmp(int width, int height)
    {
        var stride = ((width * 3) + 3) & ~3;
        var bmp = new byte[54 + (stride * height)];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24);
        return bmp;
    }

    // ---- EXIF by hand: an APP1 "Exif\0\0" TIFF block spliced in right after the JPEG's SOI ----

    /// <summary>
    /// <paramref name="jpeg"/> with an EXIF block whose IFD0 holds the orientation (when given) and a GPSInfo pointer
    /// (tag 0x8825) to a GPS IFD with GPSVersionID, GPSLatitudeRef "N" and GPSLatitude 40° 26' 46.12".
    /// </summary>
    private static byte[] WithExif(byte[] jpeg, int? orientation)
    {
        var ifd0 = new List<(ushort Tag, ushort Type, uint Count, uint Value)>();
        if (orientation is { } o)
        {
            ifd0.Add((0x0112, 3, 1, (uint)o)); // Orientation, SHORT
        }

        var ifd0Offset = 8;
        var gpsOffset = ifd0Offset + 2 + ((ifd0.Count + 1) * 12) + 4;
        ifd0.Add((0x8825, 4, 1, (uint)gpsOffset)); // GPSInfo, LONG
        var latitudeOffset = gpsOffset + 2 + (3 * 12) + 4;

        using var tiff = new MemoryStream();
        tiff.Write("II*\0"u8);
        WriteUInt32(tiff, (uint)ifd0Offset);
        Ifd(tiff, ifd0);
        Ifd(tiff,
        [
            (0x0000, 1, 4, 0x00000202), // GPSVersionID 2.2.0.0, BYTE × 4 inline
            (0x0001, 2, 2, 'N'), // GPSLatitudeRef "N\0", ASCII inline
            (0x0002, 5, 3, (uint)latitudeOffset), // GPSLatitude, RATIONAL × 3
        ]);
        Assert.That(tiff.Length, Is.EqualTo(latitudeOffset));
        tiff.Write(LatitudeBytes);

        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff.ToArray()];
        var app1 = new byte[4 + payload.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(app1, 4);
        Assert.That(jpeg[..2], Is.EqualTo(new byte[] { 0xFF, 0xD8 }));
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    private static void Ifd(Stream tiff, IReadOnlyList<(ushort Tag, ushort Type, uint Count, uint Value)> entries)
    {
        var buffer = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(buffer, (ushort)entries.Count);
        tiff.Write(buffer);
        foreach (var (tag, type, count, value) in entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(buffer, tag);
            tiff.Write(buffer);
            BinaryPrimitives.WriteUInt16LittleEndian(buffer, type);
            tiff.Write(buffer);
            WriteUInt32(tiff, count);
            WriteUInt32(tiff, value); // a SHORT or short ASCII sits left-justified: little-endian puts it first
        }

        WriteUInt32(tiff, 0); // no next IFD
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, value);
        stream.Write(buffer);
    }

    private static byte[] Rationals(params (uint Numerator, uint Denominator)[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((i * 8) + 4), values[i].Denominator);
        }

        return bytes;
    }

    /// <summary>The marker byte of every segment before the image data (SOS), e.g. 0xE0 for JFIF, 0xE1 for EXIF.</summary>
    private static List<int> Segments(byte[] jpeg)
    {
        Assert.That(jpeg[..2], Is.EqualTo(new byte[] { 0xFF, 0xD8 }), "starts with SOI");
        var markers = new List<int>();
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            Assert.That(jpeg[at], Is.EqualTo(0xFF), $"a marker at {at}");
            var marker = jpeg[at + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }

        Assert.That(markers, Does.Contain(0xDA), "reaches the image data");
        return markers;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
