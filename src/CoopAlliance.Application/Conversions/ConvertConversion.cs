using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

/// <summary>
/// Staff convert a business at the buy-in plan stage: it becomes a developing co-op (kind Conversion) in the mentoring
/// pipeline, carrying over its name, sector, region, town, contact and workers, and the conversion is closed as
/// converted with a link to it. Idempotent: converting again answers the same developing co-op and creates no second.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ConvertConversion(int Id) : ICommand<int>;

public sealed class ConvertConversionHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ConvertConversion, int>
{
    public async Task<int> Handle(ConvertConversion request, CancellationToken cancellationToken)
    {
        var conversion = await Conversions.LoadAsync(db, request.Id, cancellationToken);
        if (conversion.DevelopingCoopId is { } existing)
        {
            return existing; // already handed over: a retried click or request gets the same co-op
        }

        var by = user.AsActor();
        var now = clock.GetUtcNow();
        var templates = await db.MilestoneTemplates.Where(t => t.IsActive).ToListAsync(cancellationToken);
        var coop = new DevelopingCoop(conversion.DevelopingCoopProfile(), templates, by, now);
        coop.Record(DevelopmentEventKind.Started, $"Converted from {conversion.BusinessName}: handed over from the conversion pipeline", by, now);
        db.DevelopingCoops.Add(coop);
        await db.SaveChangesAsync(cancellationToken); // the new co-op's id; the unit of work's transaction still covers both
        conversion.MarkConverted(coop.Id, by, now);
        return coop.Id;
    }
}
