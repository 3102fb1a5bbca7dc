using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// `dotnet run --project src/CoopAlliance.Web -- create-admin you@alliance.coop "Your Name"`: creates the first
/// admin on a production database without any built-in password, and prints a one-time link to choose one.
/// </summary>
public sealed class AdminCommand(UserManager<AppUser> users, IOptions<AppOptions> options)
{
    public async Task<string> CreateAsync(string email, string fullName)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new InvalidOperationException($"{email} already has a login.");
        }

        var user = new AppUser { UserName = email, Email = email, FullName = fullName, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(user, [Roles.Staff, Roles.Admin]);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"{options.Value.PublicBaseUrl.TrimEnd('/')}/Account/AcceptInvitation?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
    }
}
