using System.Security.Claims;
using CoopAlliance.Application.Common.Security;

namespace CoopAlliance.Web.Pages.MyCoop;

public static class RepCoop
{
    /// <summary>The one co-op a rep represents (from their sign-in), or null for anyone else.</summary>
    public static int? IdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaims.CooperativeId), out var id) ? id : null;
}
