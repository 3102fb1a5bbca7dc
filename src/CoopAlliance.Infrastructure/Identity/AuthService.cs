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
        if (user.PreferredLanguage is { } language)
        {
            identity.AddClaim(new Claim(AppClaims.Language, language));
        }

        if (user.CooperativeId is { } coopId)
        {
            identity.AddClaim(new Claim(AppClaims.CooperativeId, coopId.ToString()));
        }

        return identity;
    }
}

/// <summary>
/// Password checks. Every failure costs one password hash, whether the login is unknown, disabled, locked, invited
/// but without a password yet, or the password is wrong, so the time taken does not tell which.
/// </summary>
public sealed class AuthService(SignInManager<AppUser> signIn, UserManager<AppUser> users) : IAuthService
{
    private static string? _dummyHash;

    public async Task<(SignInOutcome Outcome, ClaimsPrincipal? Principal)> CheckPasswordAsync(string email, string password)
    {
        var (user, refused) = await PreCheckAsync(email, password);
        if (refused is { } outcome)
        {
            return (outcome, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user!, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return (SignInOutcome.LockedOut, null);
        }

        return result.Succeeded ? (SignInOutcome.Succeeded, await signIn.CreateUserPrincipalAsync(user!)) : (SignInOutcome.Failed, null);
    }

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var (user, refused) = await PreCheckAsync(email, password);
        if (refused is { } outcome)
        {
            return outcome;
        }

        var result = await signIn.PasswordSignInAsync(user!, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.Succeeded : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

    /// <summary>The refusals Identity would answer without hashing the password; each hashes a dummy one instead.</summary>
    private async Task<(AppUser? User, SignInOutcome? Refused)> PreCheckAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        SignInOutcome? refused = user is null || user.PasswordHash is null ? SignInOutcome.Failed
            : user.IsDisabled ? SignInOutcome.Disabled
            : await users.IsLockedOutAsync(user) ? SignInOutcome.LockedOut
            : null;
        if (refused is not null)
        {
            var dummy = LazyInitializer.EnsureInitialized(ref _dummyHash, () => users.PasswordHasher.HashPassword(new AppUser(), "not-a-password-anyone-has"));
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), dummy, password);
        }

        return (user, refused);
    }
}
