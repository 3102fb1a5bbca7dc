using System.Security.Claims;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Identity;

/// <summary>Adds the claims our use cases read: the rep's co-op and the person's name.</summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    public const string FullName = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullName, user.FullName));
        if (user.CooperativeId is { } coopId)
        {
            identity.AddClaim(new Claim(AppClaims.CooperativeId, coopId.ToString()));
        }

        return identity;
    }
}

public sealed class AuthService(SignInManager<AppUser> signIn, UserManager<AppUser> users) : IAuthService
{
    public async Task<(SignInOutcome Outcome, ClaimsPrincipal? Principal)> CheckPasswordAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return (SignInOutcome.Failed, null);
        }

        if (user.IsDisabled)
        {
            return (SignInOutcome.Disabled, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return (SignInOutcome.LockedOut, null);
        }

        return result.Succeeded ? (SignInOutcome.Succeeded, await signIn.CreateUserPrincipalAsync(user)) : (SignInOutcome.Failed, null);
    }

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        if (user.IsDisabled)
        {
            return SignInOutcome.Disabled;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    public async Task<bool> IsActiveAsync(int userId) =>
        await users.FindByIdAsync(userId.ToString()) is { IsDisabled: false };
}
