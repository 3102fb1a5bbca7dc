using System.Security.Claims;
using CoopAlliance.Application.Common.Security;

namespace CoopAlliance.Web.Infrastructure;

public sealed class HttpPrincipalAccessor(IHttpContextAccessor http) : IPrincipalAccessor
{
    private ClaimsPrincipal? _actingAs;

    public ClaimsPrincipal? Principal => _actingAs ?? http.HttpContext?.User;

    /// <summary>For work a request started that goes on after it (in its own scope): the person who asked.</summary>
    public void ActAs(ClaimsPrincipal principal) => _actingAs = principal;
}
