namespace CoopAlliance.Domain.Cooperatives;

/// <summary>The descriptive part of a co-op's record: what staff and the co-op's reps can edit.</summary>
public sealed record CoopProfile(
    string LegalName,
    string? TradeName,
    CoopKind Kind,
    string? Sector,
    string? StreetAddress,
    string? Town,
    string? State,
    string? PostalCode,
    Region Region,
    DateOnly? FoundedOn,
    int WorkerOwners,
    int OtherWorkers,
    RevenueBand RevenueBand,
    string? Website,
    string? Email,
    string? Phone,
    string? Description);

/// <summary>Who did something, as recorded in histories.</summary>
public sealed record Actor(int? UserId, string Name)
{
    public static readonly Actor Public = new(null, "Public application form");
    public static readonly Actor System = new(null, "System");
}
