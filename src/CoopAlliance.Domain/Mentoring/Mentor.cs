using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Mentoring;

/// <summary>What staff (or the mentor) can edit on a mentor's profile.</summary>
public sealed record MentorProfile(
    string FullName,
    string Email,
    string? HomeCoop,
    IReadOnlyList<MentorSkill> Skills,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> Languages,
    Region Region,
    int Capacity,
    string? Bio);

/// <summary>
/// A volunteer from an established co-op who helps developing co-ops. Linked to their Mentor login; takes on at
/// most <see cref="Capacity"/> co-ops at a time; may pause until a date; never matched with co-ops they have a
/// conflict with (e.g. a competitor of their own co-op).
/// </summary>
public sealed class Mentor : Entity, IVersioned
{
    public const int MaxCapacity = 10;

    private readonly List<MentorSkill> _skills = [];

    private Mentor() { }

    public Mentor(int userId, MentorProfile profile)
    {
        UserId = userId;
        Update(profile);
    }

    /// <summary>The Mentor login of this person.</summary>
    public int UserId { get; private set; }
    public string FullName { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? HomeCoop { get; private set; }
    public IReadOnlyCollection<MentorSkill> Skills => _skills;
    public List<string> Sectors { get; private set; } = [];
    public List<string> Languages { get; private set; } = [];
    public Region Region { get; private set; }
    public int Capacity { get; private set; }
    public string? Bio { get; private set; }
    /// <summary>Paused through this date (inclusive); null when available.</summary>
    public DateOnly? PausedUntil { get; private set; }
    /// <summary>Developing co-ops this mentor must never be matched with.</summary>
    public List<int> ConflictCoopIds { get; private set; } = [];
    public int Version { get; set; }

    public bool IsAvailableOn(DateOnly day) => PausedUntil is null || PausedUntil < day;

    public void Update(MentorProfile p)
    {
        if (p.Capacity is < 0 or > MaxCapacity)
        {
            throw DomainRuleException.Format("A mentor can take between 0 and {0} co-ops at a time.", MaxCapacity);
        }

        FullName = p.FullName.Trim();
        Email = p.Email.Trim();
        HomeCoop = Person.Clean(p.HomeCoop);
        _skills.Clear();
        _skills.AddRange(p.Skills.GroupBy(s => s.Skill).Select(g => new MentorSkill(g.Key, g.Max(s => s.Level))));
        Sectors = Words(p.Sectors);
        Languages = Words(p.Languages);
        Region = p.Region;
        Capacity = p.Capacity;
        Bio = Person.Clean(p.Bio);
    }

    public void Pause(DateOnly until, DateOnly today)
    {
        if (until < today)
        {
            throw new DomainRuleException("Pause until today or a later date.");
        }

        PausedUntil = until;
    }

    public void Resume() => PausedUntil = null;

    public void SetConflicts(IEnumerable<int> developingCoopIds) => ConflictCoopIds = developingCoopIds.Distinct().Order().ToList();

    private static List<string> Words(IEnumerable<string> words) =>
        words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim())
            .DistinctBy(w => w.ToLowerInvariant()).ToList();
}
