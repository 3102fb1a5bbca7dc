using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>Section "Images": what an uploaded photo may be and the sizes it is served at (see <see cref="IImageProcessor"/>).</summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>The form field a refusal is reported on, as for every other file upload.</summary>
    public const string Field = "file";

    /// <summary>Largest file accepted, in bytes (10 MB: a phone photo is 2–6 MB).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Most pixels a photo may have, read from its header before anything is decoded: a few KB of PNG can claim
    /// billions of pixels (a decompression bomb). 40 megapixels decode to 160 MB of memory at most.
    /// </summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Longest side accepted, in pixels, whatever the area (a 12000 × 1 strip is no photo either).</summary>
    public int MaxSide { get; set; } = 12_000;

    /// <summary>Longest side of the large rendition shown on a listing or story page.</summary>
    public int LargeSide { get; set; } = 1200;

    /// <summary>Longest side of the thumbnail shown in lists.</summary>
    public int ThumbSide { get; set; } = 400;

    /// <summary>JPEG quality of both renditions, 1–100.</summary>
    public int JpegQuality { get; set; } = 82;
}

/// <summary>Checked when the app starts: a zero or negative size here would refuse every photo or none.</summary>
public sealed class ImageOptionsValidator : IValidateOptions<ImageOptions>
{
    public ValidateOptionsResult Validate(string? name, ImageOptions options)
    {
        var errors = new List<string>();
        if (options.MaxUploadBytes < 1)
        {
            errors.Add($"{ImageOptions.Section}:MaxUploadBytes must be positive.");
        }

        if (options.MaxPixels < 1)
        {
            errors.Add($"{ImageOptions.Section}:MaxPixels must be positive.");
        }

        if (options.MaxSide < 1)
        {
            errors.Add($"{ImageOptions.Section}:MaxSide must be positive.");
        }

        if (options.ThumbSide < 1 || options.LargeSide < options.ThumbSide)
        {
            errors.Add($"{ImageOptions.Section}:ThumbSide must be positive and LargeSide at least as large.");
        }

        if (options.JpegQuality is < 1 or > 100)
        {
            errors.Add($"{ImageOptions.Section}:JpegQuality is 1–100.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
