using Microsoft.AspNetCore.Identity;

namespace CoopAlliance.Infrastructure.Identity;

public sealed class AppUser : IdentityUser<int>
{
    public string FullName { get; set; } = "";
    /// <summary>For a co-op rep: the one co-op they represent.</summary>
    public int? CooperativeId { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
}

public sealed class AppRole : IdentityRole<int>
{
    public AppRole() { }

    public AppRole(string name) : base(name) { }
}
