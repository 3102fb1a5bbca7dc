namespace CoopAlliance.Application.Common.Interfaces;

/// <summary>
/// Whether a bearer token still speaks for its login: the login exists, is not disabled, and its security stamp
/// (changed by a password change, a role change, a move to another co-op or a disable) is the one the token was
/// issued with. Answers come from a short-lived in-process cache, dropped at once on this node when the login changes.
/// </summary>
public interface ILoginSessions
{
    ValueTask<bool> IsCurrentAsync(int userId, string? stampHash, CancellationToken ct = default);

    /// <summary>Drops what this node remembers about the login (called whenever the login is updated).</summary>
    void Forget(int userId);
}
