using System.Security.Claims;
using CoopAlliance.Application.Common.Security;

namespace CoopAlliance.Web.Infrastructure;

public sealed class HttpPrincipalAccessor(IHttpContextAccessor http) : IPrincipalAccessor
{
    public ClaimsPrincipal? Principal => http.HttpContext?.User;
}
