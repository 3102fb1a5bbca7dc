using CoopAlliance.Domain.Common;

namespace CoopAlliance.Domain.Cooperatives;

/// <summary>A member or applicant organization, with its profile, people and membership history.</summary>
public sealed class Cooperative : Entity, IVersioned
{
    private readonly List<Person> _people = [];
    private readonly List<MembershipChange> _history = [];

    private Cooperative() { }

    private Cooperative(CoopProfile profile, MembershipStatus status)
    {
        UpdateProfile(profile);
        Status = status;
    }

    public string LegalName { get; private set; } = "";
    public string? TradeName { get; private set; }
    public CoopKind Kind { get; private set; }
    public string? Sector { get; private set; }
    public string? StreetAddress { get; private set; }
    public string? Town { get; private set; }
    public string? State { get; private set; }
    public string? PostalCode { get; private set; }
    public Region Region { get; private set; }
    public DateOnly? FoundedOn { get; private set; }
    public int WorkerOwners { get; private set; }
    public int OtherWorkers { get; private set; }
    public RevenueBand RevenueBand { get; private set; }
    public string? Website { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Description { get; private set; }
    /// <summary>The language the alliance writes to the co-op in: its emails, statements and documents.</summary>
    public string PreferredLanguage { get; private set; } = Languages.English;

    public MembershipStatus Status { get; private set; }
    public DateTimeOffset StatusChangedAt { get; private set; }
    /// <summary>The board-vote date of the first approval; dues and seniority count from it.</summary>
    public DateOnly? MemberSince { get; private set; }

    /// <summary>The co-op's key in the spreadsheets it was imported from (unique when set): importing again updates it.</summary>
    public string? ImportRef { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<Person> People => _people;
    public IReadOnlyCollection<MembershipChange> History => _history;

    public string DisplayName => string.IsNullOrWhiteSpace(TradeName) ? LegalName : TradeName!;

    /// <summary>
    /// An application from the public form or API (or, <paramref name="by"/> staff, a developing co-op graduating
    /// from mentoring): the co-op starts as an applicant.
    /// </summary>
    public static Cooperative Apply(CoopProfile profile, PersonDetails contact, DateTimeOffset at, string? note, Actor? by = null)
    {
        var coop = new Cooperative(profile, MembershipStatus.Applicant) { StatusChangedAt = at };
        coop._people.Add(new Person(0, contact with { IsPrimaryContact = true }));
        coop._history.Add(new MembershipChange(MembershipTransition.Apply, null, MembershipStatus.Applicant, by ?? Actor.Public, at, Person.Clean(note), null, null));
        return coop;
    }

    /// <summary>Staff enter a co-op directly, e.g. an existing member when the alliance starts using the system.</summary>
    public static Cooperative Register(CoopProfile profile, MembershipStatus status, DateOnly? memberSince, Actor by, DateTimeOffset at)
    {
        var coop = new Cooperative(profile, status) { StatusChangedAt = at, MemberSince = status == MembershipStatus.Active ? memberSince : null };
        coop._history.Add(new MembershipChange(MembershipTransition.Register, null, status, by, at, null, memberSince, null));
        return coop;
    }

    /// <summary>Ties the co-op to its row in an import file; a reference is never moved to another co-op.</summary>
    public void LinkImport(string importRef)
    {
        if (ImportRef is not null && ImportRef != importRef)
        {
            throw DomainRuleException.Format("This co-op is already imported under the reference {0}.", ImportRef);
        }

        ImportRef = importRef;
    }

    public void UpdateProfile(CoopProfile p)
    {
        LegalName = p.LegalName.Trim();
        TradeName = Person.Clean(p.TradeName);
        Kind = p.Kind;
        Sector = Person.Clean(p.Sector);
        StreetAddress = Person.Clean(p.StreetAddress);
        Town = Person.Clean(p.Town);
        State = Person.Clean(p.State)?.ToUpperInvariant();
        PostalCode = Person.Clean(p.PostalCode);
        Region = p.Region;
        FoundedOn = p.FoundedOn;
        WorkerOwners = p.WorkerOwners;
        OtherWorkers = p.OtherWorkers;
        RevenueBand = p.RevenueBand;
        Website = Person.Clean(p.Website);
        Email = Person.Clean(p.Email);
        Phone = Person.Clean(p.Phone);
        Description = Person.Clean(p.Description);
    }

    public void ChooseLanguage(string language) =>
        PreferredLanguage = Languages.IsSupported(language) ? language : throw new DomainRuleException("Choose English or Spanish.");

    public CoopProfile Profile => new(LegalName, TradeName, Kind, Sector, StreetAddress, Town, State, PostalCode, Region,
        FoundedOn, WorkerOwners, OtherWorkers, RevenueBand, Website, Email, Phone, Description);

    public void StartReview(Actor by, DateTimeOffset at, string? note) =>
        Move(MembershipTransition.StartReview, by, at, note);

    public void Approve(DateOnly boardVoteOn, Actor by, DateTimeOffset at, string? note)
    {
        if (boardVoteOn > DateOnly.FromDateTime(at.UtcDateTime))
        {
            throw new DomainRuleException("The board vote cannot be in the future.");
        }

        Move(MembershipTransition.Approve, by, at, note, boardVoteOn: boardVoteOn);
        MemberSince ??= boardVoteOn;
    }

    public void Decline(string reason, Actor by, DateTimeOffset at) =>
        Move(MembershipTransition.Decline, by, at, Required(reason));

    public void Lapse(string reason, Actor by, DateTimeOffset at) =>
        Move(MembershipTransition.Lapse, by, at, Required(reason));

    public void Reinstate(string reason, Actor by, DateTimeOffset at) =>
        Move(MembershipTransition.Reinstate, by, at, Required(reason));

    public void Suspend(string reason, Actor by, DateTimeOffset at) =>
        Move(MembershipTransition.Suspend, by, at, Required(reason));

    public void Withdraw(string reason, DateOnly effectiveOn, Actor by, DateTimeOffset at) =>
        Move(MembershipTransition.Withdraw, by, at, Required(reason), effectiveOn: effectiveOn);

    public void Reapply(Actor by, DateTimeOffset at, string? note) =>
        Move(MembershipTransition.Reapply, by, at, note);

    private void Move(MembershipTransition transition, Actor by, DateTimeOffset at, string? reason,
        DateOnly? effectiveOn = null, DateOnly? boardVoteOn = null)
    {
        if (!MembershipLifecycle.CanApply(transition, Status))
        {
            var allowed = string.Join(" or ", MembershipLifecycle.AllowedSources(transition).Select(s => s.Describe().ToLowerInvariant()));
            throw new DomainRuleException(
                $"{DisplayName} is {Status.Describe().ToLowerInvariant()}, so you cannot {transition.Action()} it; only a co-op that is {allowed} can be.");
        }

        var from = Status;
        Status = MembershipLifecycle.Target(transition);
        StatusChangedAt = at;
        _history.Add(new MembershipChange(transition, from, Status, by, at, Person.Clean(reason), effectiveOn, boardVoteOn));
    }

    private static string Required(string reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainRuleException("Give a reason; it is kept in the co-op's history.") : reason.Trim();

    public Person AddPerson(PersonDetails details)
    {
        var person = new Person(Id, details);
        _people.Add(person);
        KeepOnePrimaryContact(person);
        return person;
    }

    public void UpdatePerson(Person person, PersonDetails details)
    {
        person.Update(details);
        KeepOnePrimaryContact(person);
    }

    public void RemovePerson(Person person) => _people.Remove(person);

    /// <summary>A co-op has one primary contact: naming a new one demotes the previous.</summary>
    private void KeepOnePrimaryContact(Person changed)
    {
        if (!changed.IsPrimaryContact)
        {
            return;
        }

        foreach (var other in _people.Where(p => p != changed && p.IsPrimaryContact))
        {
            other.Update(other.Details with { IsPrimaryContact = false });
        }
    }

    /// <summary>What staff need to follow up: fields a member co-op's record should have but does not.</summary>
    public IReadOnlyList<string> MissingData()
    {
        var missing = new List<string>();
        if (Email is null) missing.Add("email");
        if (Phone is null) missing.Add("phone");
        if (StreetAddress is null || Town is null || PostalCode is null) missing.Add("address");
        if (Sector is null) missing.Add("sector");
        if (FoundedOn is null) missing.Add("founding date");
        if (RevenueBand == RevenueBand.Unknown) missing.Add("revenue band");
        if (Description is null) missing.Add("description");
        if (WorkerOwners == 0) missing.Add("worker-owner count");
        if (!_people.Any(p => p.IsPrimaryContact)) missing.Add("primary contact");
        return missing;
    }

    /// <summary>Only co-ops the alliance still works with are reviewed for completeness.</summary>
    public bool IsReviewedForCompleteness =>
        Status is not (MembershipStatus.Withdrawn or MembershipStatus.Declined);
}
