using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>
/// A co-op's delegate (or alternate) is present: staff check them in at the door, or the delegate's rep checks in their
/// own co-op. One presence per co-op (a unique key); quorum counts them live.
/// </summary>
[AnySignedInUser]
public sealed record CheckIn(int MeetingId, int CoopId, int PersonId) : ICommand;

public sealed class CheckInValidator : AbstractValidator<CheckIn>
{
    public CheckInValidator()
    {
        RuleFor(x => x.CoopId).GreaterThan(0);
        RuleFor(x => x.PersonId).GreaterThan(0).WithMessage("Choose the delegate or alternate who is present.");
    }
}

public sealed class CheckInHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<CheckIn, Unit>
{
    public async Task<Unit> Handle(CheckIn request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        var meeting = await db.Meetings.Include(m => m.Eligible).Include(m => m.Attendance)
                          .FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", request.MeetingId);
        var coopDelegate = await db.Delegates.FirstOrDefaultAsync(d => d.CooperativeId == request.CoopId, cancellationToken);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PersonId && p.CooperativeId == request.CoopId, cancellationToken)
                     ?? throw new NotFoundException("Person", request.PersonId);
        meeting.CheckIn(coopDelegate, request.CoopId, person.Id, person.FullName, clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(Domain.Governance.Attendance)))
        {
            throw new ConflictException("This co-op was checked in at the same moment from another screen.");
        }

        return Unit.Value;
    }
}
