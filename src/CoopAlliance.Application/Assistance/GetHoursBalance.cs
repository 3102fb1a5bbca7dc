using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;

namespace CoopAlliance.Application.Assistance;

public sealed record HoursBalance(int CoopId, string FiscalYear, DateOnly Start, DateOnly End, decimal Granted, decimal Used, decimal Remaining);

/// <summary>A co-op's subsidized hours this fiscal year (or the one containing <see cref="On"/>); a rep sees their own.</summary>
[Authorize(Roles.CoopRep, Roles.Staff)]
public sealed record GetHoursBalance(int? CoopId = null, DateOnly? On = null) : IRequest<HoursBalance>;

public sealed class GetHoursBalanceHandler(ICurrentUser user, AssistanceAccess access, AllianceClock clock, HoursBanks banks) : IRequestHandler<GetHoursBalance, HoursBalance>
{
    public async Task<HoursBalance> Handle(GetHoursBalance request, CancellationToken cancellationToken)
    {
        var coopId = request.CoopId ?? user.CooperativeId
                     ?? throw new ValidationException(nameof(request.CoopId), "Choose a co-op.");
        access.EnsureCanSeeCoop(coopId);
        var bank = await banks.ForAsync(coopId, request.On ?? clock.Today, cancellationToken);
        return new HoursBalance(coopId, bank.Year.Name, bank.Year.Start, bank.Year.End, bank.Granted, bank.Used, bank.Remaining);
    }
}
