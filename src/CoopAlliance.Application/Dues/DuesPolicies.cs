using AutoMapper;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

public sealed record DuesStepDto(int? UpTo, decimal AmountEach);

public sealed record DuesComponentDto(DuesScheme Scheme, decimal Amount, decimal RatePercent, decimal? Floor, decimal? Cap, IReadOnlyList<DuesStepDto> Steps);

public sealed record DuesTierDto(string Name, string Kinds, int IntroductoryYears, decimal IntroductoryDiscountPercent, IReadOnlyList<DuesComponentDto> Components);

public sealed record DuesPolicyDto(int Id, string Name, DateOnly EffectiveFrom, BillingFrequency Frequency, int DueDays, decimal LaborHourValue,
    int Version, IReadOnlyList<DuesTierDto> Tiers);

public sealed class DuesPolicyProfile : Profile
{
    public DuesPolicyProfile()
    {
        CreateMap<WorkerOwnerStep, DuesStepDto>();
        CreateMap<DuesComponent, DuesComponentDto>();
        CreateMap<DuesTier, DuesTierDto>();
        CreateMap<DuesPolicy, DuesPolicyDto>();
    }
}

/// <summary>Every dues policy, the latest first (anyone signed in may read how dues are computed).</summary>
[AnySignedInUser]
public sealed record ListDuesPolicies : IRequest<IReadOnlyList<DuesPolicyDto>>;

public sealed class ListDuesPoliciesHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<ListDuesPolicies, IReadOnlyList<DuesPolicyDto>>
{
    public async Task<IReadOnlyList<DuesPolicyDto>> Handle(ListDuesPolicies request, CancellationToken cancellationToken)
    {
        var policies = await db.DuesPolicies.AsNoTracking().ToListAsync(cancellationToken);
        return policies.OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).Select(mapper.Map<DuesPolicyDto>).ToList();
    }
}

[AnySignedInUser]
public sealed record GetDuesPolicy(int Id) : IRequest<DuesPolicyDto>;

public sealed class GetDuesPolicyHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetDuesPolicy, DuesPolicyDto>
{
    public async Task<DuesPolicyDto> Handle(GetDuesPolicy request, CancellationToken cancellationToken) =>
        mapper.Map<DuesPolicyDto>(await db.DuesPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                                  ?? throw new NotFoundException("Dues policy", request.Id));
}
