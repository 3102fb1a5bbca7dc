using CoopAlliance.Application.Common.Security;
using Hangfire.Dashboard;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>The Hangfire dashboard is for staff only.</summary>
public sealed class StaffDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Staff);
    }
}
