using AutoMapper;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Application.Cooperatives;

public sealed record CoopListItem
{
    public int Id { get; init; }
    public string LegalName { get; init; } = "";
    public string? TradeName { get; init; }
    public CoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public Region Region { get; init; }
    public MembershipStatus Status { get; init; }
    public int WorkerOwners { get; init; }
    public DateOnly? MemberSince { get; init; }
}

public sealed record PersonDto
{
    public int Id { get; init; }
    public int CooperativeId { get; init; }
    public string FullName { get; init; } = "";
    public string? Role { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public bool IsWorkerOwner { get; init; }
    public DateOnly? StartedOn { get; init; }
    public bool IsPrimaryContact { get; init; }
    public int Version { get; init; }
}

public sealed record MembershipChangeDto
{
    public MembershipTransition Transition { get; init; }
    public MembershipStatus? From { get; init; }
    public MembershipStatus To { get; init; }
    public DateTimeOffset At { get; init; }
    public string ByName { get; init; } = "";
    public string? Reason { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? BoardVoteOn { get; init; }
}

public sealed record CoopDetail : ICoopProfileInput
{
    public int Id { get; init; }
    public string LegalName { get; init; } = "";
    public string? TradeName { get; init; }
    public CoopKind Kind { get; init; }
    public string? Sector { get; init; }
    public string? StreetAddress { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public Region Region { get; init; }
    public DateOnly? FoundedOn { get; init; }
    public int WorkerOwners { get; init; }
    public int OtherWorkers { get; init; }
    public RevenueBand RevenueBand { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public MembershipStatus Status { get; init; }
    public DateTimeOffset StatusChangedAt { get; init; }
    public DateOnly? MemberSince { get; init; }
    /// <summary>The language the alliance writes to the co-op in (en, es).</summary>
    public string PreferredLanguage { get; init; } = "en";
    public int Version { get; init; }
    public string DisplayName => string.IsNullOrWhiteSpace(TradeName) ? LegalName : TradeName!;
    public IReadOnlyList<PersonDto> People { get; init; } = [];
    public IReadOnlyList<MembershipChangeDto> History { get; init; } = [];
    /// <summary>The membership transitions that can be made from the current status (for staff).</summary>
    public IReadOnlyList<MembershipTransition> AllowedTransitions { get; init; } = [];
}

public sealed class CoopMappings : Profile
{
    public CoopMappings()
    {
        CreateMap<Cooperative, CoopListItem>();
        CreateMap<Person, PersonDto>();
        CreateMap<MembershipChange, MembershipChangeDto>();
        CreateMap<Cooperative, CoopDetail>()
            .ForMember(d => d.People, o => o.MapFrom(s => s.People.OrderByDescending(p => p.IsPrimaryContact).ThenBy(p => p.FullName)))
            .ForMember(d => d.History, o => o.MapFrom(s => s.History.OrderByDescending(h => h.At).ThenByDescending(h => h.Id)))
            .ForMember(d => d.AllowedTransitions, o => o.MapFrom(s => MembershipLifecycle.AllowedFrom(s.Status)));
    }
}
