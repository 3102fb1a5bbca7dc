namespace CoopAlliance.Domain.Common;

/// <summary>
/// A file sent with a form that failed (a missing field, a rule): held for the draft so the person need not choose it
/// again. Keyed by a random draft token and the uploading user; the successful submit takes the user's files of that
/// token, and a job deletes drafts left behind.
/// </summary>
public sealed class DraftUpload
{
    public const int TokenLength = 32;

    private DraftUpload()
    {
    }

    public DraftUpload(string token, int userId, string fileName, string contentType, byte[] content, DateTimeOffset createdAt)
    {
        Token = token;
        UserId = userId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Token { get; private set; } = "";
    public int UserId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public long Size { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new draft token: 32 hex characters from a cryptographic source (unguessable; ownership is still checked).</summary>
    public static string NewToken() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(TokenLength / 2));

    public static bool IsToken(string? token) => token is { Length: TokenLength } && token.All(char.IsAsciiHexDigitLower);

    public static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".odt" => "application/vnd.oasis.opendocument.text",
        ".ods" => "application/vnd.oasis.opendocument.spreadsheet",
        ".txt" => "text/plain",
        ".csv" => "text/csv",
        _ => "application/octet-stream",
    };
}
