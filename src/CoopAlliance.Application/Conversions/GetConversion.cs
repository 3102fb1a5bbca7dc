using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Conversions;

/// <summary>Staff: one conversion with its workers, owner's timeline, notes per stage, stage history and, once converted, its developing co-op.</summary>
[Authorize(Roles.Staff)]
public sealed record GetConversion(int Id) : IRequest<ConversionDetail>;

public sealed class GetConversionHandler(IAppDbContext db) : IRequestHandler<GetConversion, ConversionDetail>
{
    public async Task<ConversionDetail> Handle(GetConversion request, CancellationToken cancellationToken)
    {
        var conversion = await Conversions.LoadAsync(db, request.Id, cancellationToken);
        db.ChangeTracker.Clear(); // a read: nothing to save
        var coopName = conversion.DevelopingCoopId is { } id
            ? await db.DevelopingCoops.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return Conversions.ToDetail(conversion, coopName);
    }
}
