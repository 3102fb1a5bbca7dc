using System.Security.Cryptography;
using System.Text;

namespace CoopAlliance.Application.Common.Security;

/// <summary>
/// A bearer token carries a hash of its login's security stamp, never the stamp itself (the stamp also keys
/// Identity's one-time codes, and a token is readable by whoever holds it).
/// </summary>
public static class SecurityStamps
{
    public const string ClaimType = "sst";

    public static string Hash(string? stamp) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")), 0, 16);
}
