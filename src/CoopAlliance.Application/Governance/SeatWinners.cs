using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff seat a closed election's winners on the board for the election's term, starting on the given day.</summary>
[Authorize(Roles.Staff)]
public sealed record SeatWinners(int MotionId, DateOnly TermStart) : ICommand<int>;

public sealed class SeatWinnersValidator : AbstractValidator<SeatWinners>
{
    public SeatWinnersValidator() => RuleFor(x => x.TermStart).NotEmpty();
}

public sealed class SeatWinnersHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<SeatWinners, int>
{
    public async Task<int> Handle(SeatWinners request, CancellationToken cancellationToken)
    {
        var motion = await db.Motions.Include(m => m.Candidates).FirstOrDefaultAsync(m => m.Id == request.MotionId, cancellationToken)
                     ?? throw new NotFoundException("Motion", request.MotionId);
        var seats = motion.SeatWinners(request.TermStart, clock.UtcNow);
        db.BoardSeats.AddRange(seats);
        return seats.Count;
    }
}
