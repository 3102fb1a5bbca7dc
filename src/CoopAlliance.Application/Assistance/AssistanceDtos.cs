using AutoMapper;
using CoopAlliance.Domain.Assistance;

namespace CoopAlliance.Application.Assistance;

public sealed record AssistanceListItem
{
    public int Id { get; init; }
    public int CooperativeId { get; init; }
    public string CoopName { get; init; } = "";
    public AssistanceCategory Category { get; init; }
    public string Title { get; init; } = "";
    public AssistanceStatus Status { get; init; }
    public Priority Priority { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public int? ProviderId { get; init; }
    public string? ProviderName { get; init; }
    public DateOnly FirstResponseDueOn { get; init; }
    public DateOnly ResolutionDueOn { get; init; }
    public DateTimeOffset? FirstRespondedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public bool NeedsHoursApproval { get; init; }
    /// <summary>Where the request stands against its resolution target today.</summary>
    public SlaState ResolutionSla { get; init; }
    public SlaState FirstResponseSla { get; init; }
}

public sealed record AssistanceEventDto
{
    public AssistanceEventKind Kind { get; init; }
    public AssistanceStatus? From { get; init; }
    public AssistanceStatus To { get; init; }
    public DateTimeOffset At { get; init; }
    public string ByName { get; init; } = "";
    public string? Note { get; init; }
}

public sealed record AssistanceCommentDto
{
    public int Id { get; init; }
    public string Body { get; init; } = "";
    public bool IsInternal { get; init; }
    public bool ByStaff { get; init; }
    public string AuthorName { get; init; } = "";
    public DateTimeOffset At { get; init; }
}

public sealed record AssistanceAttachmentDto
{
    public int Id { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string UploadedByName { get; init; } = "";
    public DateTimeOffset UploadedAt { get; init; }
}

public sealed record TimeEntryDto
{
    public int Id { get; init; }
    public int ProviderId { get; init; }
    public string ProviderName { get; init; } = "";
    public DateOnly WorkedOn { get; init; }
    public decimal Hours { get; init; }
    public Billing Billing { get; init; }
    /// <summary>Staff only (a provider's working note); null for a rep.</summary>
    public string? Note { get; init; }
}

public sealed record AssistanceDetail
{
    public int Id { get; init; }
    public int CooperativeId { get; init; }
    public string CoopName { get; init; } = "";
    public AssistanceCategory Category { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public Priority Urgency { get; init; }
    public Priority Priority { get; init; }
    public ContactMethod PreferredContact { get; init; }
    public string? ContactDetail { get; init; }
    public AssistanceStatus Status { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public string SubmittedByName { get; init; } = "";
    public int? ProviderId { get; init; }
    public string? ProviderName { get; init; }
    public DateOnly FirstResponseDueOn { get; init; }
    public DateOnly ResolutionDueOn { get; init; }
    public DateTimeOffset? FirstRespondedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? Resolution { get; init; }
    public string? DeclineReason { get; init; }
    public decimal? EstimatedHours { get; init; }
    public bool NeedsHoursApproval { get; init; }
    public DateTimeOffset? HoursApprovedAt { get; init; }
    public int? Rating { get; init; }
    public string? RatingComment { get; init; }
    public int Version { get; init; }
    public SlaState FirstResponseSla { get; init; }
    public SlaState ResolutionSla { get; init; }
    /// <summary>Whether the caller may still reopen it (a rep: within 30 days of resolution).</summary>
    public bool CanReopen { get; init; }
    public bool CanRate { get; init; }
    public decimal HoursLogged { get; init; }
    public IReadOnlyList<AssistanceEventKind> AllowedSteps { get; init; } = [];
    public IReadOnlyList<AssistanceEventDto> Timeline { get; init; } = [];
    public IReadOnlyList<AssistanceCommentDto> Comments { get; init; } = [];
    public IReadOnlyList<AssistanceAttachmentDto> Attachments { get; init; } = [];
    public IReadOnlyList<TimeEntryDto> TimeEntries { get; init; } = [];
}

public sealed record ProviderDto
{
    public int Id { get; init; }
    public ProviderKind Kind { get; init; }
    public int? UserId { get; init; }
    public string Name { get; init; } = "";
    public string? Organization { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Specialties { get; init; }
    public decimal HourlyRate { get; init; }
    public Billing Billing { get; init; }
    public bool IsActive { get; init; }
    public int Version { get; init; }
}

public sealed class AssistanceMappings : Profile
{
    public AssistanceMappings()
    {
        CreateMap<Provider, ProviderDto>();
    }
}
