namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>
/// Seals what must never sit in the database in plain text — a worker's birth date, taxpayer or member id — with
/// ASP.NET Data Protection (keys in the database, encrypted with the configured certificate in production). A sealed
/// value differs every time it is sealed, so the audit trail can say that it changed, never what it is.
/// </summary>
public interface ISensitiveData
{
    string Seal(string plain);

    /// <summary>The plain value, or null when there is none.</summary>
    string? Open(string? sealedValue);

    string SealDate(DateOnly date) => Seal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    DateOnly? OpenDate(string? sealedValue) =>
        Open(sealedValue) is { } plain ? DateOnly.ParseExact(plain, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
}
