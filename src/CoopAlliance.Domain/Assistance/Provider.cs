using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Assistance;

public sealed record ProviderDetails(
    ProviderKind Kind,
    int? UserId,
    string Name,
    string? Organization,
    string? Email,
    string? Phone,
    string? Specialties,
    decimal HourlyRate,
    Billing Billing);

/// <summary>
/// Someone who helps member co-ops: an alliance staff member (who signs in) or an external provider on the roster
/// (who does not, and hears about assignments by email). Their billing says who pays for their time by default.
/// </summary>
public sealed class Provider : Entity, IVersioned
{
    private Provider() { }

    public Provider(ProviderDetails details) => Update(details);

    public ProviderKind Kind { get; private set; }
    /// <summary>For a staff provider: their login.</summary>
    public int? UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Organization { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    /// <summary>What they help with, in their words ("bylaws, conversions, ESOP to co-op").</summary>
    public string? Specialties { get; private set; }
    public decimal HourlyRate { get; private set; }
    public Billing Billing { get; private set; }
    public bool IsActive { get; private set; } = true;
    public int Version { get; set; }

    public void Update(ProviderDetails d)
    {
        if (d.Kind == ProviderKind.Staff && d.UserId is null)
        {
            throw new DomainRuleException("Choose the staff member's login for a staff provider.");
        }

        if (d.Kind == ProviderKind.External && string.IsNullOrWhiteSpace(d.Email))
        {
            throw new DomainRuleException("An external provider needs an email address: that is how they hear about their assignments.");
        }

        if (d.HourlyRate < 0)
        {
            throw new DomainRuleException("The hourly rate cannot be negative.");
        }

        Kind = d.Kind;
        UserId = d.Kind == ProviderKind.Staff ? d.UserId : null;
        Name = d.Name.Trim();
        Organization = Clean(d.Organization);
        Email = Clean(d.Email);
        Phone = Clean(d.Phone);
        Specialties = Clean(d.Specialties);
        HourlyRate = d.HourlyRate;
        Billing = d.Billing;
    }

    public void SetActive(bool active) => IsActive = active;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
