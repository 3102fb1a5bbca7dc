namespace CoopAlliance.Application.Common.Interfaces;

public sealed record UserSummary(int Id, string Email, string FullName, IReadOnlyList<string> Roles,
    int? CooperativeId, string? CooperativeName, bool IsDisabled, bool HasAcceptedInvitation, DateTimeOffset? LockoutEnd);

/// <summary>Logins and roles live in ASP.NET Core Identity; the use cases reach them through this.</summary>
public interface IIdentityService
{
    /// <summary>Creates a login without a password and returns a one-time token that lets its owner set one.</summary>
    Task<(int UserId, string Token)> InviteAsync(string email, string fullName, string role, int? cooperativeId, CancellationToken ct);

    /// <summary>Returns field errors (empty on success).</summary>
    Task<IDictionary<string, string[]>> AcceptInvitationAsync(string email, string token, string password, CancellationToken ct);

    Task SetDisabledAsync(int userId, bool disabled, CancellationToken ct);

    /// <summary>
    /// Makes a rep's login represent a member co-op (e.g. the one their developing co-op graduated into); it takes
    /// effect when they next sign in.
    /// </summary>
    Task LinkToCooperativeAsync(int userId, int cooperativeId, CancellationToken ct);

    /// <summary>Keeps the language a person chose with the switch; their next sign-in carries it as a claim.</summary>
    Task SetPreferredLanguageAsync(int userId, string language, CancellationToken ct);

    Task<bool> EmailExistsAsync(string email, CancellationToken ct);

    Task<IReadOnlyList<UserSummary>> ListAsync(string? search, CancellationToken ct);

    /// <summary>People's names for the logins with these ids or emails (for showing names, never emails, in the audit trail).</summary>
    Task<IReadOnlyList<(int Id, string Email, string FullName)>> NamesAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> emails, CancellationToken ct);

    Task<UserSummary?> FindAsync(int userId, CancellationToken ct);

    /// <summary>The language the login with this email chose (the switch, kept in its profile), or null: whom to write in what.</summary>
    Task<string?> PreferredLanguageAsync(string email, CancellationToken ct);
}
