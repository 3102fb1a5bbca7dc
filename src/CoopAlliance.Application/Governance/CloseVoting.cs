using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff close voting on a motion now (the job closes it at its set time otherwise); the result is computed and fixed.</summary>
[Authorize(Roles.Staff)]
public sealed record CloseMotionVoting(int MotionId) : ICommand;

public sealed class CloseMotionVotingHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<CloseMotionVoting, Unit>
{
    public async Task<Unit> Handle(CloseMotionVoting request, CancellationToken cancellationToken)
    {
        var motion = await db.Motions.Include(m => m.Candidates).FirstOrDefaultAsync(m => m.Id == request.MotionId, cancellationToken)
                     ?? throw new NotFoundException("Motion", request.MotionId);
        await Voting.CloseAsync(db, motion, clock.UtcNow, cancellationToken);
        return Unit.Value;
    }
}

public static class Voting
{
    /// <summary>Reads every ballot of the motion (only ever in aggregate) and closes it with its result.</summary>
    public static async Task CloseAsync(IAppDbContext db, Motion motion, DateTimeOffset now, CancellationToken ct)
    {
        List<BallotContent> ballots;
        if (motion.Secret)
        {
            ballots = (await db.SecretBallots.AsNoTracking().Where(b => b.MotionId == motion.Id).ToListAsync(ct)).Select(b => b.Content).ToList();
        }
        else
        {
            ballots = (await db.BallotsCast.AsNoTracking().Where(b => b.MotionId == motion.Id).ToListAsync(ct)).Select(b => b.OpenContent!).ToList();
        }

        motion.Close(ballots, now);
    }
}
