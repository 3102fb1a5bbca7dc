namespace CoopAlliance.Application.Common.Security;

public static class Roles
{
    /// <summary>Alliance staff: coordinators, treasurer, admins.</summary>
    public const string Staff = "Staff";
    /// <summary>A staff member who also manages logins and roles.</summary>
    public const string Admin = "Admin";
    /// <summary>A representative of exactly one co-op.</summary>
    public const string CoopRep = "CoopRep";
    public const string Mentor = "Mentor";
    /// <summary>A staff member who also receives the monthly dues summary (granted alongside Staff).</summary>
    public const string Treasurer = "Treasurer";

    public static readonly IReadOnlyList<string> All = [Staff, Admin, CoopRep, Mentor, Treasurer];

    /// <summary>Roles staff may invite people into (Admin and Treasurer are granted alongside Staff).</summary>
    public static readonly IReadOnlyList<string> Invitable = [Staff, CoopRep, Mentor];
}

/// <summary>The caller must hold one of these roles (declared on a request type; checked by a behaviour).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class AuthorizeAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Anyone may send this request, signed in or not (the public application form).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicRequestAttribute : Attribute;
