using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>What staff decide about a proposed session.</summary>
public enum SessionDecision
{
    Accept = 1,
    Decline = 2,
    AskForChanges = 3,
}

/// <summary>
/// Staff accept a proposal, decline it with a note, or ask for changes with a note; the proposer is told by email (the note
/// included). Send the version you read to be told (409) if someone decided since.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DecideSession(int EventId, int SessionId, SessionDecision Decision, string? Note = null, int? Version = null) : ICommand;

public sealed class DecideSessionValidator : AbstractValidator<DecideSession>
{
    public DecideSessionValidator()
    {
        RuleFor(x => x.Decision).IsInEnum().WithMessage("Choose Accept, Decline or AskForChanges.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Decision == SessionDecision.Decline).WithMessage("Say why, in a line the proposer will read.");
        RuleFor(x => x.Note).NotEmpty().When(x => x.Decision == SessionDecision.AskForChanges).WithMessage("Say what should change.");
        RuleFor(x => x.Note).MaximumLength(2000).WithMessage("Keep the note under 2,000 characters.");
    }
}

public sealed class DecideSessionHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<DecideSession, Unit>
{
    public async Task<Unit> Handle(DecideSession request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken, tracked: false);
        var session = await EventData.LoadSessionAsync(db, request.EventId, request.SessionId, cancellationToken);
        if (request.Version is { } version)
        {
            db.ExpectVersion(session, version);
        }

        var now = clock.GetUtcNow();
        switch (request.Decision)
        {
            case SessionDecision.Accept:
                session.Accept(user.AsActor(), now);
                break;
            case SessionDecision.Decline:
                session.Decline(request.Note, user.AsActor(), now);
                break;
            default:
                session.AskForChanges(request.Note ?? "", user.AsActor(), now);
                break;
        }

        db.OutboxMessages.Add(new OutboxMessage(session.ProposerEmail, $"Your session proposal for {ev.Title}", Letter(ev, session), now));
        return Unit.Value;
    }

    private static string Letter(Event ev, EventSession session)
    {
        var decision = session.Status switch
        {
            SessionStatus.Accepted => "has been accepted. We will let you know where and when it is on the programme.",
            SessionStatus.Declined => "could not be included this time.",
            _ => "needs some changes before we can decide.",
        };
        var note = session.StaffNote is null ? "" : $"\n\nA note from the staff:\n{session.StaffNote}";
        return $"Hello {session.ProposerName},\n\nYour proposal \"{session.Title}\" for {ev.Title} {decision}{note}\n\nIn solidarity,\nThe alliance staff";
    }
}
