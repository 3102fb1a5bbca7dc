using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
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

        using (AppCulture.Use(session.Language))
        {
            db.OutboxMessages.Add(new OutboxMessage(session.ProposerEmail, EventTexts.T("Your session proposal for {0}", ev.Title), Letter(ev, session), now));
        }

        return Unit.Value;
    }

    private static string Letter(Event ev, EventSession session)
    {
        var decision = session.Status switch
        {
            SessionStatus.Accepted => EventTexts.T("Your proposal \"{0}\" for {1} has been accepted. We will let you know where and when it is on the programme.", session.Title, ev.Title),
            SessionStatus.Declined => EventTexts.T("Your proposal \"{0}\" for {1} could not be included this time.", session.Title, ev.Title),
            _ => EventTexts.T("Your proposal \"{0}\" for {1} needs some changes before we can decide.", session.Title, ev.Title),
        };
        var note = session.StaffNote is null ? "" : $"\n\n{EventTexts.T("A note from the staff:")}\n{session.StaffNote}";
        return $"{EventTexts.T("Hello {0},", session.ProposerName)}\n\n{decision}{note}\n\n{EventTexts.T("In solidarity,")}\n{EventTexts.T("The alliance staff")}";
    }
}
