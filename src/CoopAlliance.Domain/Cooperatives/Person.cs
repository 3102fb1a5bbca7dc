using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Cooperatives;

public sealed record PersonDetails(
    string FullName,
    string? Role,
    string? Email,
    string? Phone,
    bool IsWorkerOwner,
    DateOnly? StartedOn,
    bool IsPrimaryContact);

/// <summary>Someone at a co-op: a contact, a worker on the roster, or both.</summary>
public sealed class Person : Entity, IVersioned, IBelongsToCoop
{
    private Person() { }

    internal Person(int cooperativeId, PersonDetails details)
    {
        CooperativeId = cooperativeId;
        Update(details);
    }

    public int CooperativeId { get; private set; }
    public string FullName { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsWorkerOwner { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public bool IsPrimaryContact { get; private set; }
    public int Version { get; set; }

    public PersonDetails Details => new(FullName, Role, Email, Phone, IsWorkerOwner, StartedOn, IsPrimaryContact);

    public void Update(PersonDetails details)
    {
        FullName = details.FullName.Trim();
        Role = Clean(details.Role);
        Email = Clean(details.Email);
        Phone = Clean(details.Phone);
        IsWorkerOwner = details.IsWorkerOwner;
        StartedOn = details.StartedOn;
        IsPrimaryContact = details.IsPrimaryContact;
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
