using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Marketing;

/// <summary>
/// A photo of a listing or a member story, as the server re-encoded it (never the uploaded bytes: re-encoding refuses
/// what is not an image and drops location and other metadata). Its renditions are made once, at upload, and
/// stored in <see cref="PhotoFile"/>; a photo never changes, so it is served with long-lived caching.
/// </summary>
public sealed class Photo : Entity
{
    private Photo() { }

    private Photo(int? listingId, int? storyId, string altText, int width, int height, string sha256, DateTimeOffset at)
    {
        ListingId = listingId;
        StoryId = storyId;
        AltText = altText.Trim();
        Width = width;
        Height = height;
        Sha256 = sha256;
        UploadedAt = at;
    }

    public static Photo ForListing(int listingId, int position, string altText, int width, int height, string sha256, DateTimeOffset at) =>
        new(listingId, null, altText, width, height, sha256, at) { Position = position };

    public static Photo ForStory(string altText, int width, int height, string sha256, DateTimeOffset at) =>
        new(null, null, altText, width, height, sha256, at);

    public int? ListingId { get; private set; }
    public int? StoryId { get; private set; }
    public int Position { get; private set; }
    /// <summary>What the photo shows, for people who cannot see it.</summary>
    public string AltText { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public void Describe(string altText) => AltText = altText.Trim();

    public void MoveTo(int position) => Position = position;
}

/// <summary>One stored rendition of a photo (a web-sized JPEG and a thumbnail).</summary>
public sealed class PhotoFile
{
    private PhotoFile() { }

    public PhotoFile(int photoId, PhotoRendition rendition, byte[] bytes, string contentType, int width, int height)
    {
        PhotoId = photoId;
        Rendition = rendition;
        Bytes = bytes;
        ContentType = contentType;
        Width = width;
        Height = height;
    }

    public int PhotoId { get; private set; }
    public PhotoRendition Rendition { get; private set; }
    public byte[] Bytes { get; private set; } = [];
    public string ContentType { get; private set; } = "image/jpeg";
    public int Width { get; private set; }
    public int Height { get; private set; }
}
