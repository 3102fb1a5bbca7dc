using Microsoft.AspNetCore.Identity;

namespace CoopAlliance.Infrastructure.Identity;

public sealed class AppUser : IdentityUser<int>
{
    public string FullName { get; set; } = "";
    /// <summary>For a co-op rep: the one co-op they represent.</summary>
    public int? CooperativeId { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    /// <summary>The language the person chose with the switch; null until they choose (their browser's guess applies).</summary>
    public string? PreferredLanguage { get; set; }
}

public sealed class AppRole : IdentityRole<int>
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }
}
