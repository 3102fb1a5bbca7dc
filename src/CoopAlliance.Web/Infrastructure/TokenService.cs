using System.Security.Claims;
using System.Text;
using CoopAlliance.Application.Common.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>Section "Auth": the bearer tokens the API hands out at /api/v1/auth/login.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";
    public const string Issuer = "CoopAlliance";

    /// <summary>At least 32 characters; the same on every app node. Without one, a random key per process is used.</summary>
    public string? JwtSigningKey { get; set; }
    public int TokenMinutes { get; set; } = 60;
}

public sealed class TokenService(SymmetricSecurityKey key, AuthOptions options, TimeProvider clock)
{
    private const string StampClaimType = "AspNet.Identity.SecurityStamp";

    public static SymmetricSecurityKey KeyFrom(AuthOptions options, ILogger? logger = null)
    {
        if (string.IsNullOrWhiteSpace(options.JwtSigningKey) || options.JwtSigningKey.Length < 32)
        {
            logger?.LogWarning("Auth:JwtSigningKey is not set (or shorter than 32 characters): API tokens are signed with a random key and stop working when this process restarts.");
            return new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.JwtSigningKey));
    }

    public (string Token, int ExpiresIn) Issue(ClaimsPrincipal principal)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer,
            Audience = AuthOptions.Issuer,
            // The stamp itself stays out of the token; its hash lets every request check the token is not stale.
            Subject = new ClaimsIdentity(principal.Claims.Where(c => c.Type != StampClaimType)
                .Append(new Claim(SecurityStamps.ClaimType, SecurityStamps.Hash(principal.FindFirst(StampClaimType)?.Value)))),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(options.TokenMinutes),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), options.TokenMinutes * 60);
    }
}
