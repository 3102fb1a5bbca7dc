using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Conversions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff: how many conversions stand at each stage (the board's column heads), for the same search.</summary>
[Authorize(Roles.Staff)]
public sealed record CountConversionsByStage(string? Q = null) : IRequest<IReadOnlyDictionary<ConversionStage, int>>;

public sealed class CountConversionsByStageHandler(IAppDbContext db) : IRequestHandler<CountConversionsByStage, IReadOnlyDictionary<ConversionStage, int>>
{
    public async Task<IReadOnlyDictionary<ConversionStage, int>> Handle(CountConversionsByStage request, CancellationToken cancellationToken)
    {
        var counts = await ListConversionsHandler.Filter(db.Conversions.AsNoTracking(), request.Q, null)
            .GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<ConversionStage>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }
}
