using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Governance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Governance;

/// <summary>Staff put a motion (or an election, with its candidates) on a meeting, with when voting opens and closes.</summary>
[Authorize(Roles.Staff)]
public sealed record ProposeMotion(int MeetingId, MotionKind Kind, string Title, string? Text, Threshold Threshold, bool Secret,
    DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int? Seats, int? TermMonths, IReadOnlyList<CandidateDetails>? Candidates) : ICommand<int>;

public sealed class ProposeMotionValidator : AbstractValidator<ProposeMotion>
{
    public ProposeMotionValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Threshold).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give the motion a title.").MaximumLength(300);
        RuleFor(x => x.Text).MaximumLength(16000);
        RuleFor(x => x.ClosesAt).GreaterThan(x => x.OpensAt).WithMessage("Voting must close after it opens.");
        RuleFor(x => x.Seats).NotNull().GreaterThan(0).When(x => x.Kind == MotionKind.Election).WithMessage("An election fills at least one seat.");
        RuleFor(x => x.TermMonths).NotNull().InclusiveBetween(1, 120).When(x => x.Kind == MotionKind.Election).WithMessage("Give the term length in months (1 to 120).");
        RuleFor(x => x.Candidates).NotEmpty().When(x => x.Kind == MotionKind.Election).WithMessage("An election needs at least one candidate.");
    }
}

public sealed class ProposeMotionHandler(IAppDbContext db) : IRequestHandler<ProposeMotion, int>
{
    public async Task<int> Handle(ProposeMotion r, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.Id == r.MeetingId, cancellationToken) ?? throw new NotFoundException("Meeting", r.MeetingId);
        var motion = Motion.Propose(meeting, new MotionDetails(r.Kind, r.Title, r.Text, r.Threshold, r.Secret, r.OpensAt, r.ClosesAt, r.Seats, r.TermMonths),
            r.Candidates ?? []);
        db.Motions.Add(motion);
        await db.SaveChangesAsync(cancellationToken);
        return motion.Id;
    }
}
