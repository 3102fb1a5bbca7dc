namespace CoopAlliance.Domain.Mentoring;

/// <summary>The technical-assistance taxonomy: what a mentor can help with, and what a developing co-op needs.</summary>
public enum Skill
{
    LegalAndBylaws = 1,
    FinanceAndBookkeeping = 2,
    GovernanceAndFacilitation = 3,
    HrAndConflict = 4,
    Marketing = 5,
    BusinessPlanning = 6,
    ConversionAndSuccession = 7,
    Technology = 8,
    Other = 9,
}

public enum SkillLevel
{
    Some = 1,
    Experienced = 2,
    Expert = 3,
}

public enum NeedImportance
{
    NiceToHave = 1,
    Important = 2,
    Essential = 3,
}

/// <summary>A start-up group or a business converting to worker ownership.</summary>
public enum DevelopingCoopKind
{
    StartupGroup = 1,
    Conversion = 2,
}

/// <summary>The development pipeline, in order.</summary>
public enum DevelopmentStage
{
    Idea = 1,
    Feasibility = 2,
    BusinessPlanning = 3,
    Capitalization = 4,
    Launch = 5,
    Operating = 6,
}

public enum MatchStatus
{
    Proposed = 1,
    Offered = 2,
    Active = 3,
    Declined = 4,
    Expired = 5,
    Completed = 6,
    Ended = 7,
}

/// <summary>A skill the mentor has, at a level.</summary>
public sealed record MentorSkill(Skill Skill, SkillLevel Level);

/// <summary>A skill the developing co-op wants help with, and how much it matters to them.</summary>
public sealed record Need(Skill Skill, NeedImportance Importance);

public static class MentoringWords
{
    public static string Describe(this Skill skill) => skill switch
    {
        Skill.LegalAndBylaws => "legal & bylaws",
        Skill.FinanceAndBookkeeping => "finance & bookkeeping",
        Skill.GovernanceAndFacilitation => "governance & facilitation",
        Skill.HrAndConflict => "HR & conflict",
        Skill.Marketing => "marketing",
        Skill.BusinessPlanning => "business planning",
        Skill.ConversionAndSuccession => "conversion & succession",
        Skill.Technology => "technology",
        Skill.Other => "other",
        _ => skill.ToString(),
    };

    public static string Describe(this DevelopmentStage stage) => stage switch
    {
        DevelopmentStage.BusinessPlanning => "Business planning",
        _ => stage.ToString(),
    };

    public static string Describe(this DevelopingCoopKind kind) => kind switch
    {
        DevelopingCoopKind.StartupGroup => "Start-up group",
        DevelopingCoopKind.Conversion => "Conversion project",
        _ => kind.ToString(),
    };

    public static string Describe(this MatchStatus status) => status.ToString();
}
