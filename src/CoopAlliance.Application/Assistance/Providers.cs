using AutoMapper;
using AutoMapper.QueryableExtensions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Assistance;

/// <summary>The roster of providers, active first (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListProviders(bool ActiveOnly = false, string? Q = null) : IRequest<IReadOnlyList<ProviderDto>>;

public sealed class ListProvidersHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<ListProviders, IReadOnlyList<ProviderDto>>
{
    public async Task<IReadOnlyList<ProviderDto>> Handle(ListProviders request, CancellationToken cancellationToken)
    {
        var providers = db.Providers.AsNoTracking();
        if (request.ActiveOnly) providers = providers.Where(p => p.IsActive);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            providers = providers.Where(p => p.Name.ToLower().Contains(q) || (p.Organization != null && p.Organization.ToLower().Contains(q))
                                             || (p.Specialties != null && p.Specialties.ToLower().Contains(q)));
        }

        return await providers.OrderByDescending(p => p.IsActive).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .ProjectTo<ProviderDto>(mapper.ConfigurationProvider).ToListAsync(cancellationToken);
    }
}
