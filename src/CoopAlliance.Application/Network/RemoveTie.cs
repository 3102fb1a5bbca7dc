using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Network;

/// <summary>A rep (or staff) removes one of their co-op's ties.</summary>
[AnySignedInUser]
public sealed record RemoveTie(int CooperativeId, int TieId) : ICommand;

public sealed class RemoveTieHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<RemoveTie, Unit>
{
    public async Task<Unit> Handle(RemoveTie request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CooperativeId);
        var tie = await db.Ties.FirstOrDefaultAsync(t => t.Id == request.TieId && t.CooperativeId == request.CooperativeId, cancellationToken)
                  ?? throw new NotFoundException("Tie", request.TieId);
        db.Ties.Remove(tie);
        return Unit.Value;
    }
}
