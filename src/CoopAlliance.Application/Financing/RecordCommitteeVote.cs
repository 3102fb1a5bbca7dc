using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Financing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// A committee member (the signed-in staff member) votes for, against or abstains — or declares a conflict of
/// interest, and then does not vote and is not counted.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RecordCommitteeVote(int Id, VoteChoice? Choice, bool ConflictOfInterest, string? ConflictNote = null) : ICommand;

public sealed class RecordCommitteeVoteValidator : AbstractValidator<RecordCommitteeVote>
{
    public RecordCommitteeVoteValidator()
    {
        RuleFor(x => x.Choice).NotNull().When(x => !x.ConflictOfInterest).WithMessage("Vote for, against or abstain — or declare a conflict of interest.");
        RuleFor(x => x.Choice).Null().When(x => x.ConflictOfInterest).WithMessage("A member with a conflict of interest does not vote.");
        RuleFor(x => x.ConflictNote).MaximumLength(1000);
    }
}

public sealed class RecordCommitteeVoteHandler(IAppDbContext db, LoanAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordCommitteeVote, Unit>
{
    public async Task<Unit> Handle(RecordCommitteeVote request, CancellationToken cancellationToken)
    {
        var application = await access.ApplicationAsync(request.Id, cancellationToken, tracking: true);
        if (request.ConflictOfInterest)
        {
            application.DeclareConflict(user.AsActor(), request.ConflictNote, clock.GetUtcNow());
        }
        else
        {
            application.Vote(user.AsActor(), request.Choice!.Value, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(CommitteeVote)))
        {
            throw Domain.Common.DomainRuleException.Format("{0} has voted already.", user.Name);
        }

        return Unit.Value;
    }
}
