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

/// <summary>
/// Any signed-in caller may send this request, whatever their role: the handler decides what they may see or
/// change through an access service (<see cref="CoopAccess"/>, <see cref="AssistanceAccess"/>,
/// <see cref="MentoringAccess"/>), so another co-op's record is simply not found.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnySignedInUserAttribute : Attribute;

/// <summary>Who may send a request, as its type declares it (deny by default: a type that declares nothing may not be sent).</summary>
public sealed record RequestAccess(bool IsPublic, bool AnySignedInUser, IReadOnlyList<IReadOnlyList<string>> RoleSets)
{
    /// <summary>True when the type declares who may send it.</summary>
    public bool IsDeclared => IsPublic || AnySignedInUser || RoleSets.Count > 0;

    /// <summary>The roles a caller needs: one of each set (empty when any signed-in caller, or anyone, may send it).</summary>
    public IEnumerable<string> AllRoles => RoleSets.SelectMany(set => set).Distinct();

    public static RequestAccess Of(Type requestType)
    {
        var sets = requestType.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>()
            .Select(a => a.Roles).Where(roles => roles.Count > 0).ToList();
        return new RequestAccess(
            requestType.IsDefined(typeof(PublicRequestAttribute), inherit: true),
            requestType.IsDefined(typeof(AnySignedInUserAttribute), inherit: true),
            sets);
    }

    /// <summary>The declaration in words, for error messages and the API description.</summary>
    public override string ToString() => IsPublic ? "anyone"
        : RoleSets.Count > 0 ? string.Join(" and ", RoleSets.Select(set => string.Join(" or ", set)))
        : AnySignedInUser ? "any signed-in user"
        : "nobody (undeclared)";
}
