using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Governance;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff close the meeting once every motion's voting has closed.</summary>
[Authorize(Roles.Staff)]
public sealed record CloseMeeting(int MeetingId) : ICommand;

public sealed class CloseMeetingHandler(IAppDbContext db) : IRequestHandler<CloseMeeting, Unit>
{
    public async Task<Unit> Handle(CloseMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", request.MeetingId);
        if (await db.Motions.AnyAsync(m => m.MeetingId == meeting.Id && m.State == MotionState.Open, cancellationToken))
        {
            throw new DomainRuleException("Close voting on every open motion before closing the meeting.");
        }

        meeting.Close();
        return Unit.Value;
    }
}
