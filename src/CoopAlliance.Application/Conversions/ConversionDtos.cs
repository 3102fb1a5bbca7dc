using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Conversions;
using CoopAlliance.Domain.Cooperatives;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

public sealed record ConversionListItem(int Id, string BusinessName, string? Sector, Region Region, string? Town, string OwnerName,
    ConversionReason Reason, ConversionStage Stage, DateTimeOffset StageChangedAt, DateOnly? TargetSaleOn, int WorkerCount,
    int InterestedCount, int? DevelopingCoopId);

public sealed record ConversionWorkerDto(int Id, string Name, string? Role, string? Email, bool InterestedInOwnership);

public sealed record ConversionNoteDto(int Id, ConversionStage Stage, string Text, string ByName, DateTimeOffset At);

public sealed record ConversionStageChangeDto(ConversionStage? From, ConversionStage To, string? Note, string ByName, DateTimeOffset At);

public sealed record ConversionDetail
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string BusinessName { get; init; } = "";
    public string? Sector { get; init; }
    public Region Region { get; init; }
    public string? Town { get; init; }
    public string? State { get; init; }
    public string OwnerName { get; init; } = "";
    public string? OwnerEmail { get; init; }
    public string? OwnerPhone { get; init; }
    public ConversionReason Reason { get; init; }
    public DateOnly? TargetSaleOn { get; init; }
    public string? TimelineNotes { get; init; }
    public decimal? Valuation { get; init; }
    public ConversionStage Stage { get; init; }
    public DateTimeOffset StageChangedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? NotConvertedReason { get; init; }
    public bool IsOpen { get; init; }
    /// <summary>The stage a forward move goes to (null at the buy-in plan stage, where Convert is the way on, and once closed).</summary>
    public ConversionStage? NextStage { get; init; }
    public bool CanConvert { get; init; }
    public int? DevelopingCoopId { get; init; }
    public string? DevelopingCoopName { get; init; }
    public IReadOnlyList<ConversionWorkerDto> Workers { get; init; } = [];
    /// <summary>Newest first.</summary>
    public IReadOnlyList<ConversionNoteDto> Notes { get; init; } = [];
    /// <summary>Oldest first.</summary>
    public IReadOnlyList<ConversionStageChangeDto> History { get; init; } = [];
}

internal static class Conversions
{
    public static async Task<Conversion> LoadAsync(IAppDbContext db, int id, CancellationToken ct) =>
        await db.Conversions.Include(c => c.Workers).Include(c => c.Notes).Include(c => c.History)
            .FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("Conversion", id);

    public static ConversionDetail ToDetail(Conversion c, string? developingCoopName) => new()
    {
        Id = c.Id,
        Version = c.Version,
        BusinessName = c.BusinessName,
        Sector = c.Sector,
        Region = c.Region,
        Town = c.Town,
        State = c.State,
        OwnerName = c.OwnerName,
        OwnerEmail = c.OwnerEmail,
        OwnerPhone = c.OwnerPhone,
        Reason = c.Reason,
        TargetSaleOn = c.TargetSaleOn,
        TimelineNotes = c.TimelineNotes,
        Valuation = c.Valuation,
        Stage = c.Stage,
        StageChangedAt = c.StageChangedAt,
        CreatedAt = c.CreatedAt,
        NotConvertedReason = c.NotConvertedReason,
        IsOpen = c.IsOpen,
        NextStage = c.Stage < ConversionStage.BuyInPlan ? c.Stage + 1 : null,
        CanConvert = c.Stage == ConversionStage.BuyInPlan && c.DevelopingCoopId is null,
        DevelopingCoopId = c.DevelopingCoopId,
        DevelopingCoopName = developingCoopName,
        Workers = c.Workers.OrderBy(w => w.Id).Select(w => new ConversionWorkerDto(w.Id, w.Name, w.Role, w.Email, w.InterestedInOwnership)).ToList(),
        Notes = c.Notes.OrderByDescending(n => n.At).ThenByDescending(n => n.Id).Select(n => new ConversionNoteDto(n.Id, n.Stage, n.Text, n.ByName, n.At)).ToList(),
        History = c.History.OrderBy(h => h.At).ThenBy(h => h.Id).Select(h => new ConversionStageChangeDto(h.From, h.To, h.Note, h.ByName, h.At)).ToList(),
    };
}
