using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff write (or revise) the minutes of a meeting; members see them once published.</summary>
[Authorize(Roles.Staff)]
public sealed record WriteMinutes(int MeetingId, string? Minutes, bool Publish) : ICommand;

public sealed class WriteMinutesValidator : AbstractValidator<WriteMinutes>
{
    public WriteMinutesValidator() => RuleFor(x => x.Minutes).MaximumLength(64000);
}

public sealed class WriteMinutesHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<WriteMinutes, Unit>
{
    public async Task<Unit> Handle(WriteMinutes request, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", request.MeetingId);
        meeting.WriteMinutes(request.Minutes);
        if (request.Publish)
        {
            meeting.PublishMinutes(clock.UtcNow);
        }

        return Unit.Value;
    }
}
