using System.Security.Claims;
using CoopAlliance.Application.Common.Security;

namespace CoopAlliance.Application.Tests.Support;

/// <summary>Who the next request runs as: a principal built the way the sign-in builds it.</summary>
public sealed class TestPrincipalAccessor : IPrincipalAccessor
{
    public static ClaimsPrincipal? Current { get; set; }

    public ClaimsPrincipal? Principal => Current;

    public static ClaimsPrincipal For(int userId, string name, int? coopId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()), new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (coopId is not null)
        {
            claims.Add(new Claim(AppClaims.CooperativeId, coopId.Value.ToString()));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
