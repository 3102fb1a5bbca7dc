using System.Security.Cryptography;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CoopAlliance.Infrastructure.Imaging;

/// <summary>
/// Decodes an upload with SkiaSharp and draws it again as two JPEGs. The order matters: the byte size is checked first,
/// then the format and the dimensions the header claims — before a single pixel is decoded — so a tiny file claiming
/// 50000 × 50000 pixels is refused without allocating 10 GB. Only the drawn pixels reach the encoder, so no metadata of
/// the upload (EXIF with GPS, XMP, comments, ICC profile) can reach the output: colours are converted to sRGB and
/// written without a profile. Stateless and thread-safe.
/// </summary>
public sealed class SkiaImageProcessor(IOptions<ImageOptions> options) : IImageProcessor
{
    public const string NotAPhoto = "That file is not a photo we can read (JPEG, PNG or WebP).";

    private static readonly SKEncodedImageFormat[] Readable =
        [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp, SKEncodedImageFormat.Gif];

    private readonly ImageOptions _options = options.Value;

    public ProcessedImage Process(byte[] upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Length == 0)
        {
            throw Refused(NotAPhoto);
        }

        if (upload.Length > _options.MaxUploadBytes)
        {
            throw Refused($"That photo is too large: the file may be at most {Megabytes(_options.MaxUploadBytes)}.");
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data) ?? throw Refused(NotAPhoto);
        if (!Readable.Contains(codec.EncodedFormat))
        {
            throw Refused(NotAPhoto);
        }

        // The decompression-bomb guard: the header's claim, read before decoding.
        var stored = codec.Info;
        if (stored.Width <= 0 || stored.Height <= 0)
        {
            throw Refused(NotAPhoto);
        }

        if ((long)stored.Width * stored.Height > _options.MaxPixels || Math.Max(stored.Width, stored.Height) > _options.MaxSide)
        {
            throw Refused($"That photo is too large: {stored.Width} × {stored.Height} pixels. Send one of at most " +
                $"{_options.MaxPixels / 1_000_000.0:0.#} megapixels and {_options.MaxSide} pixels on its longest side.");
        }

        var origin = codec.EncodedOrigin;
        var swaps = SwapsSides(origin);
        var (width, height) = swaps ? (stored.Height, stored.Width) : (stored.Width, stored.Height);

        using var decoded = Decode(codec, Fit(stored.Width, stored.Height, _options.LargeSide));
        var large = Render(decoded, origin, Fit(width, height, _options.LargeSide));
        var thumbnail = Render(decoded, origin, Fit(width, height, _options.ThumbSide));
        return new ProcessedImage(large, thumbnail, width, height, Convert.ToHexStringLower(SHA256.HashData(upload)));
    }

    /// <summary>
    /// Decodes the first frame into sRGB, at the smallest scale the codec offers (JPEG decodes at 1/2, 1/4, 1/8 for
    /// free) that still covers <paramref name="needed"/>; a truncated or corrupt file is refused, not half drawn.
    /// </summary>
    private static SKBitmap Decode(SKCodec codec, SKSizeI needed)
    {
        var size = codec.Info.Size;
        var scale = Math.Max((float)needed.Width / size.Width, (float)needed.Height / size.Height);
        if (scale < 1)
        {
            var scaled = codec.GetScaledDimensions(scale);
            if (scaled.Width >= needed.Width && scaled.Height >= needed.Height && scaled.Width < size.Width)
            {
                size = scaled;
            }
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            bitmap.Dispose();
            throw Refused(NotAPhoto);
        }

        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw Refused(NotAPhoto);
        }

        return bitmap;
    }

    /// <summary>Draws the decoded pixels upright at <paramref name="target"/> (display orientation) on white, as JPEG.</summary>
    private ImageRendition Render(SKBitmap decoded, SKEncodedOrigin origin, SKSizeI target)
    {
        // No colour space on the output: the pixels are already sRGB and the encoder then writes no ICC profile.
        var info = new SKImageInfo(target.Width, target.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Could not allocate the rendition.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var (drawnWidth, drawnHeight) = SwapsSides(origin) ? (target.Height, target.Width) : (target.Width, target.Height);
        canvas.SetMatrix(Orientation(origin, drawnWidth, drawnHeight));
        using (var image = SKImage.FromBitmap(decoded))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            canvas.DrawImage(image, SKRect.Create(drawnWidth, drawnHeight), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
        }

        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var pixels = snapshot.PeekPixels();
        using var jpeg = pixels.Encode(new SKJpegEncoderOptions(_options.JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("Could not encode the rendition.");
        return new ImageRendition(jpeg.ToArray(), "image/jpeg", target.Width, target.Height);
    }

    /// <summary>
    /// The matrix that takes a picture drawn unrotated at (0,0)–(w,h) to its upright place, per the EXIF orientation
    /// (1 = as stored; 6 = turn 90° clockwise, the usual phone portrait; 8 = 90° anticlockwise; 3 = 180°; 2, 4, 5, 7 mirrored).
    /// </summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>The size with the longest side at most <paramref name="side"/>, the aspect kept, never enlarged.</summary>
    internal static SKSizeI Fit(int width, int height, int side)
    {
        var longest = Math.Max(width, height);
        if (longest <= side)
        {
            return new SKSizeI(width, height);
        }

        var scale = (double)side / longest;
        return new SKSizeI(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    private static string Megabytes(long bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    private static ValidationException Refused(string message) => new(ImageOptions.Field, message);
}
