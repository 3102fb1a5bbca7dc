using System.Security.Claims;

namespace CoopAlliance.Application.Common.Interfaces;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
    Disabled,
}

/// <summary>Password checks with lockout (5 failed attempts), for the sign-in page and the API's token endpoint.</summary>
public interface IAuthService
{
    /// <summary>Checks the password (counting failures) and returns the principal with roles and co-op claims.</summary>
    Task<(SignInOutcome Outcome, ClaimsPrincipal? Principal)> CheckPasswordAsync(string email, string password);

    /// <summary>Signs in with the UI cookie.</summary>
    Task<SignInOutcome> SignInAsync(string email, string password, bool remember);

    Task SignOutAsync();
}
