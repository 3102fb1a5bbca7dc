using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Assistance;

/// <summary>
/// A file attached to a request. The name is kept only to show and to suggest on download; the bytes live in
/// <see cref="AttachmentContent"/> (in the database, so every app node serves them and no user-given name ever
/// becomes a path), and the content type is ours, decided from the checked file type, never the browser's.
/// </summary>
public sealed class AssistanceAttachment : Entity
{
    private AssistanceAttachment() { }

    internal AssistanceAttachment(string fileName, string contentType, long sizeBytes, Actor by, DateTimeOffset at, AttachmentContent content)
    {
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedByUserId = by.UserId;
        UploadedByName = by.Name;
        UploadedAt = at;
        Content = content;
    }

    public int AssistanceRequestId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public int? UploadedByUserId { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public AttachmentContent? Content { get; private set; }
}

/// <summary>The bytes of one attachment, in their own table so lists never load them.</summary>
public sealed class AttachmentContent
{
    private AttachmentContent() { }

    public AttachmentContent(byte[] data) => Data = data;

    public int AssistanceAttachmentId { get; private set; }
    public byte[] Data { get; private set; } = [];
}

/// <summary>Which files a request may carry: a few document and image types, checked by their first bytes too.</summary>
public static class AttachmentPolicy
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;
    public const int MaxPerRequest = 20;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Extension → the content type we serve it with, and the signature its bytes must start with (null: text).</summary>
    private static readonly Dictionary<string, (string ContentType, byte[]? Signature)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Pdf),
        [".png"] = ("image/png", Png),
        [".jpg"] = ("image/jpeg", Jpeg),
        [".jpeg"] = ("image/jpeg", Jpeg),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Zip),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Zip),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Zip),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", Zip),
        [".txt"] = ("text/plain", null),
        [".csv"] = ("text/csv", null),
    };

    public static IReadOnlyCollection<string> AllowedExtensions => Types.Keys;

    /// <summary>A display name safe to show and to suggest on download: no folders, no control characters.</summary>
    public static string CleanFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (name.Length > 200)
        {
            var ext = Path.GetExtension(name);
            name = name[..(200 - ext.Length)] + ext;
        }

        return name.Length == 0 || name.StartsWith('.') ? "attachment" + name : name;
    }

    /// <summary>Checks type, size and content; returns the content type to serve it with.</summary>
    public static string Check(string fileName, ReadOnlySpan<byte> data, long maxBytes = DefaultMaxBytes)
    {
        if (data.Length == 0)
        {
            throw new DomainRuleException("The file is empty.");
        }

        if (data.Length > maxBytes)
        {
            throw DomainRuleException.Format("The file is {0}; files can be at most {1}.", Megabytes(data.Length), Megabytes(maxBytes));
        }

        var ext = Path.GetExtension(fileName);
        if (!Types.TryGetValue(ext, out var type))
        {
            throw new DomainRuleException("Files of this type cannot be attached. Attach a PDF, an image (PNG, JPEG), a document or spreadsheet (DOCX, XLSX, ODT, ODS) or a text file (TXT, CSV).");
        }

        var matches = type.Signature is { } signature ? data.StartsWith(signature) : LooksLikeText(data);
        if (!matches)
        {
            throw DomainRuleException.Format("This file's content is not a {0} file.", ext.TrimStart('.').ToUpperInvariant());
        }

        return type.ContentType;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> data)
    {
        foreach (var b in data[..Math.Min(data.Length, 8192)])
        {
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                return false;
            }
        }

        return true;
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";
}
