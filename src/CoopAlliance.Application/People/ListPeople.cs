using AutoMapper;
using AutoMapper.QueryableExtensions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.People;

/// <summary>A co-op's contacts and roster, primary contact first.</summary>
[AnySignedInUser]
public sealed record ListPeople(int CoopId) : IRequest<IReadOnlyList<PersonDto>>;

public sealed class ListPeopleHandler(IAppDbContext db, CoopAccess access, IMapper mapper) : IRequestHandler<ListPeople, IReadOnlyList<PersonDto>>
{
    public async Task<IReadOnlyList<PersonDto>> Handle(ListPeople request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives.AsNoTracking(), request.CoopId, cancellationToken);
        return await db.People.AsNoTracking().Where(p => p.CooperativeId == coop.Id)
            .OrderByDescending(p => p.IsPrimaryContact).ThenBy(p => p.FullName)
            .ProjectTo<PersonDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
    }
}
