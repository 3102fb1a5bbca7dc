using System.Security.Claims;

namespace CoopAlliance.Application.Common.Security;

/// <summary>The caller of a use case.</summary>
public interface ICurrentUser
{
    int? Id { get; }
    string Name { get; }
    bool IsAuthenticated { get; }
    bool IsSystem { get; }
    /// <summary>For a co-op rep: the one co-op they represent.</summary>
    int? CooperativeId { get; }
    bool IsInRole(string role);
}

/// <summary>Where the signed-in principal comes from (the HTTP request in the web app).</summary>
public interface IPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }
}

public static class AppClaims
{
    public const string CooperativeId = "coop_id";
    /// <summary>The language the person chose (en, es), when they have chosen one.</summary>
    public const string Language = "lang";
}

/// <summary>
/// The scoped caller: the HTTP principal, or the system when a scheduled job runs the use case.
/// </summary>
public sealed class CurrentUser(IPrincipalAccessor accessor) : ICurrentUser
{
    private bool _system;
    private ClaimsPrincipal? _actingAs;

    /// <summary>Jobs call this on their own scope before sending a command.</summary>
    public void RunAsSystem() => _system = true;

    /// <summary>
    /// A background job doing work a person asked for (an invoice run started from the web) calls this on its own
    /// scope: the work is authorized and recorded as theirs.
    /// </summary>
    public void RunAs(ClaimsPrincipal principal) => _actingAs = principal;

    private ClaimsPrincipal? Principal => _system ? null : _actingAs ?? accessor.Principal;

    public bool IsSystem => _system;

    public bool IsAuthenticated => _system || Principal?.Identity?.IsAuthenticated == true;

    public int? Id => int.TryParse(Principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;

    public string Name => _system ? "System" : Principal?.Identity?.Name ?? "Anonymous";

    public int? CooperativeId => int.TryParse(Principal?.FindFirst(AppClaims.CooperativeId)?.Value, out var id) ? id : null;

    public bool IsInRole(string role) => _system || (IsAuthenticated && Principal!.IsInRole(role));
}
