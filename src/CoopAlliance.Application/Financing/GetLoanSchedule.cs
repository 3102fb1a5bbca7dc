using CoopAlliance.Application.Common.Security;
using MediatR;

namespace CoopAlliance.Application.Financing;

/// <summary>The schedule of the terms in force, month by month to the cent (the borrower's own, or any for staff).</summary>
[AnySignedInUser]
public sealed record GetLoanSchedule(int Id) : IRequest<IReadOnlyList<ScheduleRowDto>>;

public sealed class GetLoanScheduleHandler(LoanAccess access) : IRequestHandler<GetLoanSchedule, IReadOnlyList<ScheduleRowDto>>
{
    public async Task<IReadOnlyList<ScheduleRowDto>> Handle(GetLoanSchedule request, CancellationToken cancellationToken)
    {
        var loan = await access.LoanAsync(request.Id, cancellationToken);
        return loan.Schedule.Select(r => new ScheduleRowDto(r.Number, r.DueOn, r.Kind, r.Payment, r.Principal, r.Interest, r.Balance)).ToList();
    }
}
