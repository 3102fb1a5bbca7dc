using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff open voting on a motion now (the job opens it at its set time otherwise).</summary>
[Authorize(Roles.Staff)]
public sealed record OpenMotionVoting(int MotionId) : ICommand;

public sealed class OpenMotionVotingHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<OpenMotionVoting, Unit>
{
    public async Task<Unit> Handle(OpenMotionVoting request, CancellationToken cancellationToken)
    {
        var motion = await db.Motions.FirstOrDefaultAsync(m => m.Id == request.MotionId, cancellationToken) ?? throw new NotFoundException("Motion", request.MotionId);
        var meeting = await db.Meetings.FirstAsync(m => m.Id == motion.MeetingId, cancellationToken);
        motion.Open(meeting, clock.UtcNow);
        return Unit.Value;
    }
}
