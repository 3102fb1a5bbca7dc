using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Mentoring;

/// <summary>The mentor accepts an offer before its last day: the match becomes active and the co-op's reps see their mentor.</summary>
[Authorize(Roles.Mentor, Roles.Staff)]
public sealed record AcceptOffer(int MatchId) : ICommand;

public sealed class AcceptOfferHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<AcceptOffer, Unit>
{
    public async Task<Unit> Handle(AcceptOffer request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchToActOnAsync(request.MatchId, cancellationToken);
        var now = clock.UtcNow;
        match.Accept(now, clock.DateOf(now));
        var coop = await db.DevelopingCoops.FirstAsync(c => c.Id == match.DevelopingCoopId, cancellationToken);
        var mentor = await db.Mentors.FirstAsync(m => m.Id == match.MentorId, cancellationToken);
        coop.Record(DevelopmentEventKind.MatchStarted, $"{mentor.FullName} started mentoring the group", user.AsActor(), now);
        return Unit.Value;
    }
}

/// <summary>The mentor declines an offer (a reason helps staff); the co-op goes back into the suggestions.</summary>
[Authorize(Roles.Mentor, Roles.Staff)]
public sealed record DeclineOffer(int MatchId, string? Reason) : ICommand;

public sealed class DeclineOfferValidator : AbstractValidator<DeclineOffer>
{
    public DeclineOfferValidator() => RuleFor(x => x.Reason).MaximumLength(1000);
}

public sealed class DeclineOfferHandler(MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<DeclineOffer, Unit>
{
    public async Task<Unit> Handle(DeclineOffer request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchToActOnAsync(request.MatchId, cancellationToken);
        match.Decline(request.Reason, clock.UtcNow, user.AsActor());
        return Unit.Value;
    }
}

/// <summary>An active match reached its goals (staff or the mentor).</summary>
[Authorize(Roles.Mentor, Roles.Staff)]
public sealed record CompleteMatch(int MatchId, string? Note) : ICommand;

public sealed class CompleteMatchValidator : AbstractValidator<CompleteMatch>
{
    public CompleteMatchValidator() => RuleFor(x => x.Note).MaximumLength(1000);
}

public sealed class CompleteMatchHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<CompleteMatch, Unit>
{
    public async Task<Unit> Handle(CompleteMatch request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchToActOnAsync(request.MatchId, cancellationToken);
        var now = clock.UtcNow;
        match.Complete(clock.DateOf(now), request.Note, user.AsActor());
        var coop = await db.DevelopingCoops.FirstAsync(c => c.Id == match.DevelopingCoopId, cancellationToken);
        coop.Record(DevelopmentEventKind.MatchEnded, "Mentoring completed" + (string.IsNullOrWhiteSpace(request.Note) ? "" : $": {request.Note.Trim()}"), user.AsActor(), now);
        return Unit.Value;
    }
}

/// <summary>End a match early, or withdraw a proposal or offer, with a reason (staff or the mentor).</summary>
[Authorize(Roles.Mentor, Roles.Staff)]
public sealed record EndMatch(int MatchId, string Reason) : ICommand;

public sealed class EndMatchValidator : AbstractValidator<EndMatch>
{
    public EndMatchValidator() => RuleFor(x => x.Reason).NotEmpty().WithMessage("Give a reason for ending the match.").MaximumLength(1000);
}

public sealed class EndMatchHandler(IAppDbContext db, MentoringAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<EndMatch, Unit>
{
    public async Task<Unit> Handle(EndMatch request, CancellationToken cancellationToken)
    {
        var match = await access.GetMatchToActOnAsync(request.MatchId, cancellationToken);
        var wasActive = match.Status == MatchStatus.Active;
        var now = clock.UtcNow;
        match.End(clock.DateOf(now), request.Reason, user.AsActor());
        if (wasActive)
        {
            var coop = await db.DevelopingCoops.FirstAsync(c => c.Id == match.DevelopingCoopId, cancellationToken);
            coop.Record(DevelopmentEventKind.MatchEnded, $"Mentoring ended: {request.Reason.Trim()}", user.AsActor(), now);
        }

        return Unit.Value;
    }
}
