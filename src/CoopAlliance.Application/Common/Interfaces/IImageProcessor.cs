namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>
/// Turns an uploaded photo (a listing's or a member story's) into the two JPEGs the site serves. The upload is never
/// stored or served as sent: it is decoded and drawn again, so nothing but pixels survives — no EXIF (GPS position,
/// camera serial, date), XMP or comments — and a file that only pretends to be a photo goes no further.
/// </summary>
public interface IImageProcessor
{
    /// <summary>
    /// The large and thumbnail renditions of <paramref name="upload"/>, upright as the camera meant them.
    /// Throws <see cref="Exceptions.ValidationException"/> on field <see cref="ImageOptions.Field"/> (a 400 with the
    /// reason in the API, an inline message on a page) when the file is not a JPEG, PNG, WebP or GIF that decodes, or
    /// is too large in bytes or in pixels.
    /// </summary>
    ProcessedImage Process(byte[] upload);
}

/// <param name="Large">Longest side at most <see cref="ImageOptions.LargeSide"/>, never enlarged.</param>
/// <param name="Thumbnail">Longest side at most <see cref="ImageOptions.ThumbSide"/>, never enlarged.</param>
/// <param name="OriginalWidth">Width of the upload as displayed (after EXIF orientation).</param>
/// <param name="OriginalHeight">Height of the upload as displayed (after EXIF orientation).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes uploaded, to spot the same file sent twice.</param>
public sealed record ProcessedImage(ImageRendition Large, ImageRendition Thumbnail, int OriginalWidth, int OriginalHeight, string Sha256);

public sealed record ImageRendition(byte[] Bytes, string ContentType, int Width, int Height);
