using AutoMapper;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Mentoring;

namespace CoopAlliance.Application.Mentoring;

public sealed record MentorDto
{
    public int Id { get; init; }
    public int UserId { get; init; }
    public string FullName { get; init; } = "";
    public string Email { get; init; } = "";
    public string? HomeCoop { get; init; }
    public IReadOnlyList<MentorSkill> Skills { get; init; } = [];
    public IReadOnlyList<string> Sectors { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public Region Region { get; init; }
    public int Capacity { get; init; }
    public string? Bio { get; init; }
    public DateOnly? PausedUntil { get; init; }
    public IReadOnlyList<int> ConflictCoopIds { get; init; } = [];
    public int Version { get; init; }
    /// <summary>Offered and active matches: what counts against the capacity.</summary>
    public int OpenMatches { get; init; }

    /// <summary>By hand, not AutoMapper: the load comes from another table (see docs/decisions/0007-automapper-17.md).</summary>
    public static MentorDto From(Mentor m, int openMatches) => new()
    {
        Id = m.Id,
        UserId = m.UserId,
        FullName = m.FullName,
        Email = m.Email,
        HomeCoop = m.HomeCoop,
        Skills = m.Skills.ToList(),
        Sectors = m.Sectors.ToList(),
        Languages = m.Languages.ToList(),
        Region = m.Region,
        Capacity = m.Capacity,
        Bio = m.Bio,
        PausedUntil = m.PausedUntil,
        ConflictCoopIds = m.ConflictCoopIds.ToList(),
        Version = m.Version,
        OpenMatches = openMatches,
    };
}

public sealed record DevelopingCoopListItem
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DevelopingCoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public Region Region { get; init; }
    public string? Town { get; init; }
    public DevelopmentStage Stage { get; init; }
    public DateTimeOffset StageChangedAt { get; init; }
    public int? GraduatedCooperativeId { get; init; }
    /// <summary>The mentor (active match) — shown to staff, the mentor and the co-op's reps.</summary>
    public string? MentorName { get; init; }
    public MatchStatus? MatchStatus { get; init; }
    public DateOnly? LastSessionOn { get; init; }
}

public sealed record MilestoneDto
{
    public int Id { get; init; }
    public DevelopmentStage Stage { get; init; }
    public string Title { get; init; } = "";
    public DateOnly? DoneOn { get; init; }
    public string? DoneByName { get; init; }
}

public sealed record TimelineEntryDto(DateTimeOffset At, string Kind, string Text, string ByName);

public sealed record MentorSummaryDto(int MentorId, string FullName, string Email, MatchStatus Status, int MatchId);

public sealed record DevelopingCoopDetail
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public DevelopingCoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public Region Region { get; init; }
    public string? Language { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? Description { get; init; }
    public string ContactName { get; init; } = "";
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public DevelopmentStage Stage { get; init; }
    public DateTimeOffset StageChangedAt { get; init; }
    public IReadOnlyList<Need> Needs { get; init; } = [];
    public IReadOnlyList<int> RepUserIds { get; init; } = [];
    public int? GraduatedCooperativeId { get; init; }
    public DateTimeOffset? GraduatedAt { get; init; }
    public int Version { get; init; }
    public IReadOnlyList<MilestoneDto> Milestones { get; init; } = [];
    /// <summary>Stage changes, milestones, matches and sessions, newest first.</summary>
    public IReadOnlyList<TimelineEntryDto> Timeline { get; init; } = [];
    /// <summary>The mentor, when the caller may see them (a rep only once the match is active).</summary>
    public MentorSummaryDto? Mentor { get; init; }

    /// <summary>
    /// By hand, not AutoMapper: the timeline and the mentor come from other tables and depend on who asks
    /// (see docs/decisions/0007-automapper-17.md).
    /// </summary>
    public static DevelopingCoopDetail From(DevelopingCoop c, IReadOnlyList<TimelineEntryDto> timeline, MentorSummaryDto? mentor) => new()
    {
        Id = c.Id,
        Name = c.Name,
        Kind = c.Kind,
        Sector = c.Sector,
        Region = c.Region,
        Language = c.Language,
        Town = c.Town,
        State = c.State,
        Description = c.Description,
        ContactName = c.ContactName,
        ContactEmail = c.ContactEmail,
        ContactPhone = c.ContactPhone,
        Stage = c.Stage,
        StageChangedAt = c.StageChangedAt,
        Needs = c.Needs.ToList(),
        RepUserIds = c.RepUserIds.ToList(),
        GraduatedCooperativeId = c.GraduatedCooperativeId,
        GraduatedAt = c.GraduatedAt,
        Version = c.Version,
        Milestones = c.Milestones.OrderBy(m => m.Stage).ThenBy(m => m.Id)
            .Select(m => new MilestoneDto { Id = m.Id, Stage = m.Stage, Title = m.Title, DoneOn = m.DoneOn, DoneByName = m.DoneByName })
            .ToList(),
        Timeline = timeline,
        Mentor = mentor,
    };
}

public sealed record MatchDto
{
    public int Id { get; init; }
    public int MentorId { get; init; }
    public string MentorName { get; init; } = "";
    public int DevelopingCoopId { get; init; }
    public string DevelopingCoopName { get; init; } = "";
    public MatchStatus Status { get; init; }
    public int Score { get; init; }
    public string Explanation { get; init; } = "";
    public DateTimeOffset ProposedAt { get; init; }
    public DateTimeOffset? OfferedAt { get; init; }
    public DateOnly? OfferExpiresOn { get; init; }
    public DateTimeOffset? RespondedAt { get; init; }
    public DateOnly? StartedOn { get; init; }
    public DateOnly? EndedOn { get; init; }
    public string? Reason { get; init; }
    public int Version { get; init; }
}

public sealed record SessionDto
{
    public int Id { get; init; }
    public int MatchId { get; init; }
    public int MentorId { get; init; }
    public int DevelopingCoopId { get; init; }
    public DateOnly HeldOn { get; init; }
    public int Minutes { get; init; }
    public string Topics { get; init; } = "";
    public string? Notes { get; init; }
    public string? NextSteps { get; init; }
    public string LoggedByName { get; init; } = "";
    public DateTimeOffset LoggedAt { get; init; }
}

public sealed record MilestoneTemplateDto
{
    public int Id { get; init; }
    public DevelopmentStage Stage { get; init; }
    public string Title { get; init; } = "";
    public int SortOrder { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
}

public sealed class MentoringMappings : Profile
{
    public MentoringMappings()
    {
        CreateMap<MentoringSession, SessionDto>();
        CreateMap<MilestoneTemplate, MilestoneTemplateDto>();
    }
}
