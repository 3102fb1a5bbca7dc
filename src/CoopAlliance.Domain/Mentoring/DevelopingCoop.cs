using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Mentoring;

/// <summary>What staff can edit on a developing co-op's record.</summary>
public sealed record DevelopingCoopProfile(
    string Name,
    DevelopingCoopKind Kind,
    string? Sector,
    Region Region,
    string? Language,
    string? Town,
    string? State,
    string? Description,
    string ContactName,
    string? ContactEmail,
    string? ContactPhone,
    IReadOnlyList<Need> Needs);

/// <summary>
/// A start-up group or a conversion project being mentored, not yet a member: its stage in the pipeline,
/// its milestone checklist, what it needs help with, and its timeline. When it is operating, staff graduate it
/// into a membership application; this record stays as its development history.
/// </summary>
public sealed class DevelopingCoop : Entity, IVersioned
{
    private readonly List<Need> _needs = [];
    private readonly List<DevelopmentMilestone> _milestones = [];
    private readonly List<DevelopmentEvent> _timeline = [];

    private DevelopingCoop() { }

    public DevelopingCoop(DevelopingCoopProfile profile, IEnumerable<MilestoneTemplate> templates, Actor by, DateTimeOffset at)
    {
        Update(profile);
        Stage = DevelopmentStage.Idea;
        StageChangedAt = at;
        CreatedAt = at;
        foreach (var template in templates.Where(t => t.IsActive).OrderBy(t => t.Stage).ThenBy(t => t.SortOrder))
        {
            _milestones.Add(new DevelopmentMilestone(template.Stage, template.Title, template.Id));
        }

        _timeline.Add(new DevelopmentEvent(DevelopmentEventKind.Started, $"Entered the pipeline as {Kind.Describe().ToLowerInvariant()} at the idea stage", by, at));
    }

    public string Name { get; private set; } = "";
    public DevelopingCoopKind Kind { get; private set; }
    public string? Sector { get; private set; }
    public Region Region { get; private set; }
    public string? Language { get; private set; }
    public string? Town { get; private set; }
    public string? State { get; private set; }
    public string? Description { get; private set; }
    public string ContactName { get; private set; } = "";
    public string? ContactEmail { get; private set; }
    public string? ContactPhone { get; private set; }
    public DevelopmentStage Stage { get; private set; }
    public DateTimeOffset StageChangedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Logins of the group's reps, who may sign in and see this record.</summary>
    public List<int> RepUserIds { get; private set; } = [];
    /// <summary>The member co-op application it graduated into.</summary>
    public int? GraduatedCooperativeId { get; private set; }
    public DateTimeOffset? GraduatedAt { get; private set; }
    public int Version { get; set; }

    public IReadOnlyCollection<Need> Needs => _needs;
    public IReadOnlyCollection<DevelopmentMilestone> Milestones => _milestones;
    public IReadOnlyCollection<DevelopmentEvent> Timeline => _timeline;

    public bool HasGraduated => GraduatedCooperativeId is not null;

    public void Update(DevelopingCoopProfile p)
    {
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            throw new DomainRuleException("Give the developing co-op a name.");
        }

        Name = p.Name.Trim();
        Kind = p.Kind;
        Sector = Person.Clean(p.Sector);
        Region = p.Region;
        Language = Person.Clean(p.Language);
        Town = Person.Clean(p.Town);
        State = Person.Clean(p.State)?.ToUpperInvariant();
        Description = Person.Clean(p.Description);
        ContactName = p.ContactName.Trim();
        ContactEmail = Person.Clean(p.ContactEmail);
        ContactPhone = Person.Clean(p.ContactPhone);
        _needs.Clear();
        _needs.AddRange(p.Needs.GroupBy(n => n.Skill).Select(g => new Need(g.Key, g.Max(n => n.Importance))));
    }

    /// <summary>
    /// Staff or a rep edit the record. A change of needs goes on the timeline (who, when, the new list), since needs
    /// steer the matching and are not otherwise kept in the audit trail.
    /// </summary>
    public void Edit(DevelopingCoopProfile p, Actor by, DateTimeOffset at)
    {
        EnsureNotGraduated();
        var before = NeedsText(_needs);
        Update(p);
        var after = NeedsText(_needs);
        if (before != after)
        {
            _timeline.Add(new DevelopmentEvent(DevelopmentEventKind.NeedsChanged,
                _needs.Count == 0 ? "Needs cleared" : $"Needs now: {after}", by, at));
        }
    }

    private static string NeedsText(IEnumerable<Need> needs) =>
        string.Join(", ", needs.OrderByDescending(n => n.Importance).ThenBy(n => n.Skill)
            .Select(n => $"{n.Skill.Describe()} ({n.Importance switch { NeedImportance.Essential => "essential", NeedImportance.Important => "important", _ => "nice to have" }})"));

    public void AddRep(int userId)
    {
        if (!RepUserIds.Contains(userId))
        {
            RepUserIds = [.. RepUserIds, userId];
        }
    }

    public void RemoveRep(int userId) => RepUserIds = RepUserIds.Where(id => id != userId).ToList();

    /// <summary>Moves to another stage (forward, or back when a plan falls through), recording who, when and why.</summary>
    public void MoveTo(DevelopmentStage stage, Actor by, DateTimeOffset at, string? note)
    {
        EnsureNotGraduated();
        if (!Enum.IsDefined(stage))
        {
            throw new DomainRuleException("Choose a stage of the pipeline.");
        }

        if (stage == Stage)
        {
            throw DomainRuleException.Format("{0} is already at the {1} stage.", Name, new DomainWord(Stage.Describe().ToLowerInvariant()));
        }

        var text = $"Moved from {Stage.Describe().ToLowerInvariant()} to {stage.Describe().ToLowerInvariant()}";
        Stage = stage;
        StageChangedAt = at;
        _timeline.Add(new DevelopmentEvent(DevelopmentEventKind.StageChanged, Person.Clean(note) is { } n ? $"{text}: {n}" : text, by, at, stage));
    }

    public DevelopmentMilestone AddMilestone(DevelopmentStage stage, string title)
    {
        EnsureNotGraduated();
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("Describe the milestone.");
        }

        var milestone = new DevelopmentMilestone(stage, title.Trim(), null);
        _milestones.Add(milestone);
        return milestone;
    }

    /// <summary>Ticks (or unticks) a milestone; returns whether anything changed.</summary>
    public bool TickMilestone(int milestoneId, bool done, DateOnly on, Actor by, DateTimeOffset at)
    {
        EnsureNotGraduated();
        var milestone = _milestones.FirstOrDefault(m => m.Id == milestoneId)
                        ?? throw new DomainRuleException("That milestone is not on this co-op's checklist.");
        if (milestone.IsDone == done)
        {
            return false;
        }

        milestone.Set(done, on, by);
        _timeline.Add(new DevelopmentEvent(done ? DevelopmentEventKind.MilestoneDone : DevelopmentEventKind.MilestoneReopened,
            done ? $"Milestone reached: {milestone.Title}" : $"Milestone reopened: {milestone.Title}", by, at, milestone.Stage));
        return true;
    }

    public void Record(DevelopmentEventKind kind, string text, Actor by, DateTimeOffset at) =>
        _timeline.Add(new DevelopmentEvent(kind, text, by, at));

    /// <summary>The membership application it becomes: the registry's lifecycle takes over from here.</summary>
    public (CoopProfile Profile, PersonDetails Contact) MembershipApplication()
    {
        EnsureNotGraduated();
        if (Stage != DevelopmentStage.Operating)
        {
            throw new DomainRuleException(
                $"{Name} is at the {Stage.Describe().ToLowerInvariant()} stage; only an operating co-op can graduate into a membership application.");
        }

        var profile = new CoopProfile(Name, null, CoopKind.WorkerCoop, Sector, null, Town, State, null, Region, null, 0, 0,
            RevenueBand.Unknown, null, ContactEmail, ContactPhone, Description);
        return (profile, new PersonDetails(ContactName, "Member coordinator", ContactEmail, ContactPhone, true, null, true));
    }

    public void MarkGraduated(int cooperativeId, Actor by, DateTimeOffset at)
    {
        EnsureNotGraduated();
        GraduatedCooperativeId = cooperativeId;
        GraduatedAt = at;
        _timeline.Add(new DevelopmentEvent(DevelopmentEventKind.Graduated, "Graduated: applied for membership of the alliance", by, at));
    }

    private void EnsureNotGraduated()
    {
        if (HasGraduated)
        {
            throw DomainRuleException.Format("{0} has graduated into a membership application; its development record is closed.", Name);
        }
    }
}

/// <summary>One item of a developing co-op's checklist, copied from a template or added for this co-op.</summary>
public sealed class DevelopmentMilestone : Entity
{
    private DevelopmentMilestone() { }

    internal DevelopmentMilestone(DevelopmentStage stage, string title, int? templateId)
    {
        Stage = stage;
        Title = title;
        TemplateId = templateId;
    }

    public int DevelopingCoopId { get; private set; }
    public DevelopmentStage Stage { get; private set; }
    public string Title { get; private set; } = "";
    public int? TemplateId { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? DoneByName { get; private set; }

    public bool IsDone => DoneOn is not null;

    internal void Set(bool done, DateOnly on, Actor by)
    {
        DoneOn = done ? on : null;
        DoneByName = done ? by.Name : null;
    }
}

public enum DevelopmentEventKind
{
    Started = 1,
    StageChanged = 2,
    MilestoneDone = 3,
    MilestoneReopened = 4,
    MatchStarted = 5,
    MatchEnded = 6,
    Graduated = 7,
    NeedsChanged = 8,
}

/// <summary>An entry of a developing co-op's timeline (sessions are listed beside these from their own table).</summary>
public sealed class DevelopmentEvent : Entity
{
    private DevelopmentEvent() { }

    internal DevelopmentEvent(DevelopmentEventKind kind, string text, Actor by, DateTimeOffset at, DevelopmentStage? stage = null)
    {
        Kind = kind;
        Text = text.Length > 1000 ? text[..1000] : text;
        ByName = by.Name;
        ByUserId = by.UserId;
        At = at;
        Stage = stage;
    }

    public int DevelopingCoopId { get; private set; }
    public DevelopmentEventKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public DevelopmentStage? Stage { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
}

/// <summary>A checklist item every new developing co-op gets for a stage (editable by staff).</summary>
public sealed class MilestoneTemplate : Entity, IVersioned
{
    private MilestoneTemplate() { }

    public MilestoneTemplate(DevelopmentStage stage, string title, int sortOrder)
    {
        Update(stage, title, sortOrder, true);
    }

    public DevelopmentStage Stage { get; private set; }
    public string Title { get; private set; } = "";
    public int SortOrder { get; private set; }
    /// <summary>Retired templates are kept (co-ops' checklists refer to them) but not given to new co-ops.</summary>
    public bool IsActive { get; private set; }
    public int Version { get; set; }

    public void Update(DevelopmentStage stage, string title, int sortOrder, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("Describe the milestone.");
        }

        Stage = stage;
        Title = title.Trim();
        SortOrder = sortOrder;
        IsActive = isActive;
    }

    /// <summary>The checklist the alliance starts with.</summary>
    public static IReadOnlyList<MilestoneTemplate> Defaults() =>
    [
        new(DevelopmentStage.Idea, "Core group of at least three future worker-owners", 1),
        new(DevelopmentStage.Idea, "Shared vision statement written", 2),
        new(DevelopmentStage.Feasibility, "Feasibility study completed", 1),
        new(DevelopmentStage.Feasibility, "Market research with potential customers", 2),
        new(DevelopmentStage.BusinessPlanning, "Bylaws drafted", 1),
        new(DevelopmentStage.BusinessPlanning, "Business plan written", 2),
        new(DevelopmentStage.BusinessPlanning, "Bookkeeping system chosen", 3),
        new(DevelopmentStage.Capitalization, "Member equity contributions set", 1),
        new(DevelopmentStage.Capitalization, "Financing secured", 2),
        new(DevelopmentStage.Launch, "Incorporated as a worker co-operative", 1),
        new(DevelopmentStage.Launch, "First worker-owners admitted", 2),
        new(DevelopmentStage.Operating, "First annual meeting held", 1),
        new(DevelopmentStage.Operating, "Six months of regular bookkeeping", 2),
    ];
}
