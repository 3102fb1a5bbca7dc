using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff open the meeting: who may vote is settled from the record date (if not already), and check-in begins.</summary>
[Authorize(Roles.Staff)]
public sealed record OpenMeeting(int MeetingId) : ICommand;

public sealed class OpenMeetingHandler(IAppDbContext db, AllianceClock clock, IOptions<DuesOptions> dues) : IRequestHandler<OpenMeeting, Unit>
{
    public async Task<Unit> Handle(OpenMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.Include(m => m.Eligible).FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
                      ?? throw new NotFoundException("Meeting", request.MeetingId);
        var eligible = meeting.EligibilityFixedAt is null
            ? await Eligibility.CoopsInGoodStandingAsync(db, clock, dues.Value.GraceDays, meeting.RecordDate, cancellationToken)
            : [];
        meeting.Open(clock.Today, eligible, clock.UtcNow);
        return Unit.Value;
    }
}
