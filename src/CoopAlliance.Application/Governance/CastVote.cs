using System.Data.Common;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Governance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Governance;

public sealed record VoteRecorded(int MotionId, bool Secret);

/// <summary>
/// A co-op votes on a motion, once: its rep for their own co-op, or staff recording a vote cast in the room (CoopId).
/// A second ballot from the same co-op is refused (409) by the unique key on "who voted", however many arrive at once.
/// For a secret motion, "who voted" and the ballot are written to two tables with nothing joining them; the ballot is
/// left out of the audit trail (<c>AppDbContext</c>), and this request is not an audited command on purpose: its log line
/// and trail entry would put the moment and the user beside the ballot.
/// </summary>
[AnySignedInUser]
public sealed record CastVote(int MotionId, int? CoopId, VoteChoice? Choice, IReadOnlyList<int>? CandidateIds) : IRequest<VoteRecorded>;

public sealed class CastVoteValidator : AbstractValidator<CastVote>
{
    public CastVoteValidator()
    {
        RuleFor(x => x.Choice).IsInEnum();
        RuleFor(x => x).Must(x => x.Choice is not null || x.CandidateIds is { Count: > 0 }).WithName("Choice").WithMessage("Choose how your co-op votes.");
    }
}

public sealed class CastVoteHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<CastVote, VoteRecorded>
{
    private const int Attempts = 10;

    public async Task<VoteRecorded> Handle(CastVote request, CancellationToken cancellationToken)
    {
        var coopId = access.IsStaff ? request.CoopId ?? throw new ValidationException(nameof(request.CoopId), "Choose the co-op whose vote this is.")
            : user.CooperativeId ?? throw new NotFoundException("Motion", request.MotionId);
        access.EnsureCanSee(coopId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(() => CastOnceAsync(request, coopId, cancellationToken));
            }
            catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(BallotCast)))
            {
                db.ChangeTracker.Clear();
                throw new ConflictException("Your co-op has already voted on this motion; a vote cannot be changed or cast twice.");
            }
            catch (Exception ex) when (attempt < Attempts && IsBusy(ex))
            {
                // SQLite: another co-op's vote held the write lock; try again from a fresh read.
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    private async Task<VoteRecorded> CastOnceAsync(CastVote request, int coopId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var motion = await db.Motions.Include(m => m.Candidates).FirstOrDefaultAsync(m => m.Id == request.MotionId, ct)
                     ?? throw new NotFoundException("Motion", request.MotionId);
        var meeting = await db.Meetings.Include(m => m.Eligible).FirstAsync(m => m.Id == motion.MeetingId, ct);
        if (await db.BallotsCast.AnyAsync(b => b.MotionId == motion.Id && b.CooperativeId == coopId, ct))
        {
            throw new ConflictException("Your co-op has already voted on this motion; a vote cannot be changed or cast twice.");
        }

        var cast = motion.Cast(meeting, coopId, new BallotContent(request.Choice, request.CandidateIds ?? []), clock.Today, clock.UtcNow);
        db.BallotsCast.Add(cast.Cast);
        if (cast.Secret is not null)
        {
            db.SecretBallots.Add(cast.Secret);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new VoteRecorded(motion.Id, motion.Secret);
    }

    private static bool IsBusy(Exception ex) => ex switch
    {
        DbUpdateException { InnerException: DbException inner } => IsBusy(inner),
        DbException d => d.Message.Contains("locked", StringComparison.OrdinalIgnoreCase) || d.Message.Contains("busy", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
