using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>The fund's figures today, derived from its rows (ADR 0008): cash available, principal outstanding, losses, capital (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record GetFund : IRequest<FundDto>;

public sealed class GetFundHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetFund, FundDto>
{
    public async Task<FundDto> Handle(GetFund request, CancellationToken cancellationToken)
    {
        var (position, _) = await Fund.LoadAsync(db, clock.Today, cancellationToken);
        return FundDto.Of(clock.Today, position);
    }
}
