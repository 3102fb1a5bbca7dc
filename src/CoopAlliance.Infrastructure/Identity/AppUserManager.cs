using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Identity;

/// <summary>
/// Identity's user manager with two rules for sessions: a role change renews the security stamp (Identity renews it
/// for a password change but not for roles), and every update of a login makes this node forget what it cached about
/// it, so tokens issued before the change are refused on the next request.
/// </summary>
public sealed class AppUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    ILoginSessions sessions)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> AddToRoleAsync(AppUser user, string role) =>
        RenewStampIfSucceeded(user, base.AddToRoleAsync(user, role));

    public override Task<IdentityResult> AddToRolesAsync(AppUser user, IEnumerable<string> roles) =>
        RenewStampIfSucceeded(user, base.AddToRolesAsync(user, roles));

    public override Task<IdentityResult> RemoveFromRoleAsync(AppUser user, string role) =>
        RenewStampIfSucceeded(user, base.RemoveFromRoleAsync(user, role));

    public override Task<IdentityResult> RemoveFromRolesAsync(AppUser user, IEnumerable<string> roles) =>
        RenewStampIfSucceeded(user, base.RemoveFromRolesAsync(user, roles));

    protected override async Task<IdentityResult> UpdateUserAsync(AppUser user)
    {
        var result = await base.UpdateUserAsync(user);
        sessions.Forget(user.Id);
        return result;
    }

    private async Task<IdentityResult> RenewStampIfSucceeded(AppUser user, Task<IdentityResult> change)
    {
        var result = await change;
        return result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
    }
}
