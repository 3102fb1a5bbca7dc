using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Identity;

public sealed class IdentityService(UserManager<AppUser> users, AppDbContext db, TimeProvider clock) : IIdentityService
{
    public const string InvalidInvitation =
        "This invitation link is not valid, has expired or was already used. Ask the alliance staff for a new one.";

    public async Task<(int UserId, string Token)> InviteAsync(string email, string fullName, string role, int? cooperativeId, CancellationToken ct)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            FullName = fullName,
            CooperativeId = cooperativeId,
            LockoutEnabled = true,
            InvitedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return (user.Id, token);
    }

    public async Task<IDictionary<string, string[]>> AcceptInvitationAsync(string email, string token, string password, CancellationToken ct)
    {
        // An unknown address, a disabled login and an expired or used link get the same answer: the page must not
        // tell a stranger which addresses have logins.
        var user = await users.FindByEmailAsync(email);
        if (user is null || user.IsDisabled)
        {
            return Error("Token", InvalidInvitation);
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return result.Errors.Any(e => e.Code == "InvalidToken")
                ? Error("Token", InvalidInvitation)
                : new Dictionary<string, string[]> { ["Password"] = result.Errors.Select(e => e.Description).ToArray() };
        }

        user.EmailConfirmed = true;
        Check(await users.UpdateAsync(user));
        return new Dictionary<string, string[]>();
    }

    public async Task SetDisabledAsync(int userId, bool disabled, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user.");
        user.IsDisabled = disabled;
        // A disabled login cannot sign in (lockout) and its open sessions end at the next stamp check.
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        user.AccessFailedCount = 0;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task LinkToCooperativeAsync(int userId, int cooperativeId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user.");
        user.CooperativeId = cooperativeId;
        Check(await users.UpdateAsync(user));
        // The co-op is a claim of the sign-in: a new stamp makes open sessions sign in again and pick it up.
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task SetPreferredLanguageAsync(int userId, string language, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user.");
        if (user.PreferredLanguage != language)
        {
            user.PreferredLanguage = language;
            Check(await users.UpdateAsync(user));
        }
    }

    public Task<bool> EmailExistsAsync(string email, CancellationToken ct)
    {
        var normalized = users.NormalizeEmail(email);
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct);
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(string? search, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLower();
            query = query.Where(u => u.Email!.ToLower().Contains(s) || u.FullName.ToLower().Contains(s));
        }

        return await Summaries(query.OrderBy(u => u.FullName).ThenBy(u => u.Id), ct);
    }

    public async Task<IReadOnlyList<(int Id, string Email, string FullName)>> NamesAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> emails, CancellationToken ct)
    {
        if (ids.Count == 0 && emails.Count == 0)
        {
            return [];
        }

        var normalized = emails.Select(e => e.ToUpperInvariant()).ToList();
        var rows = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) || normalized.Contains(u.NormalizedEmail!))
            .Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.Email ?? "", r.FullName)).ToList();
    }

    public async Task<string?> PreferredLanguageAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => u.PreferredLanguage).FirstOrDefaultAsync(ct);
    }

    public async Task<UserSummary?> FindAsync(int userId, CancellationToken ct) =>
        (await Summaries(db.Users.AsNoTracking().Where(u => u.Id == userId), ct)).FirstOrDefault();

    private async Task<IReadOnlyList<UserSummary>> Summaries(IQueryable<AppUser> query, CancellationToken ct)
    {
        var rows = await (from u in query
                          join c in db.Cooperatives on u.CooperativeId equals c.Id into coops
                          from c in coops.DefaultIfEmpty()
                          select new { User = u, CoopName = c == null ? null : c.TradeName ?? c.LegalName }).ToListAsync(ct);
        var ids = rows.Select(r => r.User.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return rows.Select(r => new UserSummary(r.User.Id, r.User.Email ?? "", r.User.FullName,
            roles.Where(x => x.UserId == r.User.Id).Select(x => x.Name!).OrderBy(n => n).ToList(),
            r.User.CooperativeId, r.CoopName, r.User.IsDisabled, r.User.PasswordHash is not null,
            r.User.LockoutEnd)).ToList();
    }

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Makes sure every role exists (run at start-up).</summary>
    public static async Task EnsureRolesAsync(RoleManager<AppRole> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new AppRole(name));
            }
        }
    }
}
