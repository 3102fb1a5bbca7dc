using AutoMapper;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Cooperatives;

/// <summary>One co-op with its people and membership history; a rep may read only their own.</summary>
[AnySignedInUser]
public sealed record GetCoop(int Id) : IRequest<CoopDetail>;

public sealed class GetCoopHandler(IAppDbContext db, CoopAccess access, IMapper mapper) : IRequestHandler<GetCoop, CoopDetail>
{
    public async Task<CoopDetail> Handle(GetCoop request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.Id);
        var coop = await db.Cooperatives.AsNoTracking()
                       .Include(c => c.People).Include(c => c.History)

                       .FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                   ?? throw new NotFoundException("Co-op", request.Id);
        return mapper.Map<CoopDetail>(coop);
    }
}
