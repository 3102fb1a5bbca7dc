using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Network;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

public sealed record OrganizationSummary(int Id, string Name, OrganizationKind Kind, Region Region, string? Offers, string? Website, int Relationships);

public sealed record RelationshipDto(int Id, int CooperativeId, string CoopName, RelationshipKind Kind, DateOnly? Since);

public sealed record OrganizationDto(int Id, string Name, OrganizationKind Kind, Region Region, string? Offers, string? Website,
    IReadOnlyList<OrganizationContact> Contacts, IReadOnlyList<RelationshipDto> Relationships, int Version);

/// <summary>One tie as its co-op recorded it, with the counterpart's name.</summary>
public sealed record TieDto(int Id, int CooperativeId, TieDirection Direction, int? CounterpartCoopId, int? CounterpartOrganizationId,
    string CounterpartName, string What, decimal? EstimatedAnnualAmount, string RecordedBy, DateTimeOffset UpdatedAt);

/// <summary>A possible counterpart in the tie picker: a member co-op ("coop:12") or an allied organisation ("org:3").</summary>
public sealed record CounterpartOption(string Key, string Name, bool IsCoop);

/// <summary>The organisation's form, the same for create and edit.</summary>
public sealed record OrganizationInput
{
    public string Name { get; init; } = "";
    public OrganizationKind Kind { get; init; }
    public Region Region { get; init; }
    public string? Offers { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<OrganizationContact> Contacts { get; init; } = [];
}

internal static class NetworkData
{
    /// <summary>Active member co-ops: the directory's notion of "member" (status Active).</summary>
    public static IQueryable<Cooperative> Members(IAppDbContext db) => db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active);

    public static async Task<IReadOnlyList<TieDto>> TiesAsync(IAppDbContext db, IQueryable<Tie> ties, CancellationToken ct)
    {
        var rows = await ties.AsNoTracking().ToListAsync(ct);
        var coopIds = rows.Where(t => t.CounterpartCoopId is not null).Select(t => t.CounterpartCoopId!.Value).Distinct().ToList();
        var orgIds = rows.Where(t => t.CounterpartOrganizationId is not null).Select(t => t.CounterpartOrganizationId!.Value).Distinct().ToList();
        var coops = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id))
            .Select(c => new { c.Id, c.LegalName, c.TradeName }).ToDictionaryAsync(c => c.Id, c => string.IsNullOrWhiteSpace(c.TradeName) ? c.LegalName : c.TradeName!, ct);
        var orgs = await db.AlliedOrganizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows
            .Select(t => new TieDto(t.Id, t.CooperativeId, t.Direction, t.CounterpartCoopId, t.CounterpartOrganizationId,
                t.CounterpartCoopId is { } c ? coops.GetValueOrDefault(c, "") : orgs.GetValueOrDefault(t.CounterpartOrganizationId!.Value, ""),
                t.What, t.EstimatedAnnualAmount, t.RecordedBy, t.UpdatedAt))
            .OrderBy(t => t.Direction).ThenBy(t => t.CounterpartName, StringComparer.CurrentCultureIgnoreCase).ThenBy(t => t.What, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
