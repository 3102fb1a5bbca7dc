using System.Security.Claims;
using CoopAlliance.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CoopAlliance.Web.Pages.MyCoop;

public static class RepCoop
{
    /// <summary>The one co-op a rep represents (from their sign-in), or null for anyone else.</summary>
    public static int? IdOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AppClaims.CooperativeId), out var id) ? id : null;

    /// <summary>Whether this rep represents a member co-op (else their co-op, if any, is still developing).</summary>
    public static bool HasMemberCoop(ClaimsPrincipal user) => IdOf(user) is not null;
}

/// <summary>
/// The "My co-op" pages are about a member co-op: standing, dues, assistance. A rep whose login represents no
/// member co-op (their group is still in the mentoring pipeline) is sent to their developing co-op's page instead of
/// meeting a "not found" on every one of them.
/// </summary>
public sealed class MemberCoopRequiredFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!RepCoop.HasMemberCoop(context.HttpContext.User))
        {
            context.Result = new RedirectToPageResult("/MyProject/Index");
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
