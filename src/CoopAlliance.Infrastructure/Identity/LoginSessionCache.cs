using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Infrastructure.Identity;

/// <summary>Section "Auth": how long one app node trusts what it last read about a login.</summary>
public sealed class LoginSessionOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// Seconds a node remembers "login N is active with stamp S" before reading it again (0 = read on every
    /// request). A change made on this node takes effect at once; one made on another node within this long.
    /// </summary>
    public int SessionCacheSeconds { get; set; } = 30;
}

/// <summary>
/// Answers "does this bearer token still speak for its login?" from memory: one database read per login per
/// <see cref="LoginSessionOptions.SessionCacheSeconds"/> instead of one per request. <see cref="AppUserManager"/>
/// forgets a login whenever it is updated, so a disable, password, role or co-op change ends its tokens at once here.
/// </summary>
public sealed class LoginSessionCache(IMemoryCache cache, IServiceScopeFactory scopes, IOptions<LoginSessionOptions> options)
    : ILoginSessions
{
    private long _generation;

    public async ValueTask<bool> IsCurrentAsync(int userId, string? stampHash, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(stampHash))
        {
            return false;
        }

        if (!cache.TryGetValue(Key(userId), out Login? login) || login is null)
        {
            // A change forgotten while this read was under way must not be overwritten by the older answer.
            var generation = Interlocked.Read(ref _generation);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.IsDisabled, u.SecurityStamp }).SingleOrDefaultAsync(ct);
            login = new Login(row is { IsDisabled: false }, SecurityStamps.Hash(row?.SecurityStamp));
            if (options.Value.SessionCacheSeconds > 0 && generation == Interlocked.Read(ref _generation))
            {
                cache.Set(Key(userId), login, TimeSpan.FromSeconds(options.Value.SessionCacheSeconds));
            }
        }

        return login.Active && string.Equals(login.StampHash, stampHash, StringComparison.Ordinal);
    }

    public void Forget(int userId)
    {
        Interlocked.Increment(ref _generation);
        cache.Remove(Key(userId));
    }

    private static string Key(int userId) => $"login-session:{userId}";

    private sealed record Login(bool Active, string StampHash);
}
