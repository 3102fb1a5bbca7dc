using System.Globalization;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Benefits;

/// <summary>
/// A worker as the benefits office knows them: the facts eligibility needs (kind, hours, hire date, state) and the
/// sensitive ones the carrier needs (birth date, taxpayer or member id), which are stored sealed — encrypted by the
/// application with a key from configuration — and shown by their last four characters only. Linked to the roster
/// person while they are on it; kept after they leave, so coverage can end on a date and be reported to the carrier.
/// </summary>
public sealed class BenefitMember : Entity, IVersioned, IBelongsToCoop
{
    private readonly List<Dependent> _dependents = [];

    private BenefitMember() { }

    public BenefitMember(int cooperativeId, int personId, string firstName, string lastName, string? email)
    {
        CooperativeId = cooperativeId;
        PersonId = personId;
        Rename(firstName, lastName, email);
    }

    public int CooperativeId { get; private set; }
    /// <summary>The roster person; null once they left the roster (the member record stays for the history).</summary>
    public int? PersonId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string? Email { get; private set; }
    public WorkerKind Kind { get; private set; } = WorkerKind.WorkerOwner;
    public decimal HoursPerWeek { get; private set; }
    public DateOnly? HiredOn { get; private set; }
    public string? State { get; private set; }
    public char? Gender { get; private set; }
    /// <summary>The birth date, sealed (see the class summary). Never logged, audited or exported to CSV.</summary>
    public string? BirthDateSealed { get; private set; }
    /// <summary>The taxpayer or member id, sealed.</summary>
    public string? TaxpayerIdSealed { get; private set; }
    public string? TaxpayerIdLast4 { get; private set; }
    public DateOnly? LeftRosterOn { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<Dependent> Dependents => _dependents;

    public string FullName => $"{FirstName} {LastName}".Trim();

    /// <summary>The alliance's member number, sent to carriers as the subscriber id (REF*0F) — not a taxpayer id.</summary>
    public string MemberNumber => MemberNumberOf(Id);

    public static string MemberNumberOf(int id) => "CA" + id.ToString("000000", CultureInfo.InvariantCulture);

    /// <summary>"•••• 6789", or null when none was given.</summary>
    public string? MaskedTaxpayerId => TaxpayerIdLast4 is null ? null : "•••• " + TaxpayerIdLast4;

    public void Rename(string firstName, string lastName, string? email)
    {
        FirstName = Require.Text(firstName, "Give the worker's first name.");
        LastName = Require.Text(lastName, "Give the worker's last name.");
        Email = Person.Clean(email);
    }

    public void SetWork(WorkerKind kind, decimal hoursPerWeek, DateOnly? hiredOn, string? state, char? gender)
    {
        if (hoursPerWeek is < 0 or > 100)
        {
            throw new DomainRuleException("Hours a week are between 0 and 100.");
        }

        Kind = kind;
        HoursPerWeek = hoursPerWeek;
        HiredOn = hiredOn;
        State = Person.Clean(state)?.ToUpperInvariant();
        Gender = gender is 'F' or 'M' or 'U' ? gender : gender is null ? null : throw new DomainRuleException("Gender for the carrier is F, M or U (unknown).");
    }

    /// <summary>Stores the sealed values; the last four characters of the id are kept plain to show it masked.</summary>
    public void SetSensitive(string? birthDateSealed, string? taxpayerIdSealed, string? taxpayerIdLast4)
    {
        BirthDateSealed = birthDateSealed;
        TaxpayerIdSealed = taxpayerIdSealed;
        TaxpayerIdLast4 = taxpayerIdLast4;
    }

    public void LeaveRoster(DateOnly on)
    {
        LeftRosterOn ??= on;
        PersonId = null;
    }

    public Dependent AddDependent(string firstName, string lastName, DependentRelationship relationship, string? birthDateSealed, char? gender)
    {
        if (relationship != DependentRelationship.Child && _dependents.Any(d => d.Relationship != DependentRelationship.Child && d.RemovedOn is null))
        {
            throw DomainRuleException.Format("{0} already has a spouse or partner listed.", FullName);
        }

        var dependent = new Dependent(this, firstName, lastName, relationship, birthDateSealed, gender);
        _dependents.Add(dependent);
        return dependent;
    }

    /// <summary>The facts eligibility is checked against, with the co-op's standing of the day.</summary>
    public WorkerFacts Facts(MembershipStatus standing) => new(standing, Kind, HoursPerWeek, HiredOn, State);
}

/// <summary>Someone covered through a worker: a spouse, domestic partner or child.</summary>
public sealed class Dependent : Entity
{
    private Dependent() { }

    internal Dependent(BenefitMember member, string firstName, string lastName, DependentRelationship relationship, string? birthDateSealed, char? gender)
    {
        Member = member;
        FirstName = Require.Text(firstName, "Give the dependent's first name.");
        LastName = Require.Text(lastName, "Give the dependent's last name.");
        Relationship = relationship;
        BirthDateSealed = birthDateSealed;
        Gender = gender;
    }

    public int MemberId { get; private set; }
    public BenefitMember Member { get; private set; } = null!;
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DependentRelationship Relationship { get; private set; }
    public string? BirthDateSealed { get; private set; }
    public char? Gender { get; private set; }
    /// <summary>No longer a dependent (divorce, death, aged out); kept for the history of past elections.</summary>
    public DateOnly? RemovedOn { get; private set; }

    public string FullName => $"{FirstName} {LastName}".Trim();

    public void Remove(DateOnly on) => RemovedOn ??= on;

    /// <summary>Whether this is <paramref name="member"/>'s dependent (by key once saved, by reference before).</summary>
    public bool BelongsTo(BenefitMember member) => MemberId != 0 ? MemberId == member.Id : ReferenceEquals(Member, member);
}
