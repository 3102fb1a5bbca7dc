using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>
/// The call for sessions (no sign-in): anyone proposes a session for a published public event that is not over; a planning
/// partner who joined may also propose for an event still in planning by sending the token of their invitation link. Any
/// other event is "not found" (404). The proposal waits for staff; the proposer gets a fixed acknowledgement.
/// </summary>
[PublicRequest]
public sealed record ProposeSession : ICommand<int>, ISessionInput, IPublicSubmission
{
    public int EventId { get; init; }
    public string Title { get; init; } = "";
    public int? ThemeId { get; init; }
    public SessionFormat Format { get; init; } = SessionFormat.Workshop;
    public string? Description { get; init; }
    public IReadOnlyList<string>? Presenters { get; init; }
    /// <summary>What the session needs (equipment, room layout, interpretation); staff only.</summary>
    public string? Needs { get; init; }
    public int DurationMinutes { get; init; } = 60;
    /// <summary>Places for a workshop that needs sign-up; empty when anyone can walk in.</summary>
    public int? Capacity { get; init; }
    public string ProposerName { get; init; } = "";
    public string ProposerEmail { get; init; } = "";
    /// <summary>A planning partner's invitation token (from their link), to propose for an event still in planning.</summary>
    public string? PartnerToken { get; init; }
    /// <summary>The honeypot: people leave it empty (see <see cref="IPublicSubmission"/>).</summary>
    public string? Fax { get; init; }
}

public sealed class ProposeSessionValidator : AbstractValidator<ProposeSession>
{
    public ProposeSessionValidator()
    {
        Include(new SessionInputValidator());
        RuleFor(x => x.ProposerName).NotEmpty().WithMessage("Tell us your name.").MaximumLength(200).WithMessage("Keep your name under 200 characters.");
        RuleFor(x => x.ProposerEmail).NotEmpty().WithMessage("Enter your email address, so staff can answer you.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.")
            .MaximumLength(256).WithMessage("Keep the email address under 256 characters.");
        RuleFor(x => x.PartnerToken).MaximumLength(100);
    }
}

public sealed class ProposeSessionHandler(IAppDbContext db, AllianceClock clock, IOptions<AppOptions> options) : IRequestHandler<ProposeSession, int>
{
    public const string AcknowledgementSubject = "We received your session proposal";

    /// <summary>A fixed text that echoes nothing the sender wrote, so the form cannot send a stranger words of the sender's choosing.</summary>
    /// <remarks>Written in the language of the request that proposed (the proposer's language is not stored).</remarks>
    public static string Acknowledgement(string allianceName) =>
        EventTexts.T("Hello,") + "\n\n" +
        EventTexts.T("Thank you for proposing a session to the {0}. Staff read every proposal and will write to you at this address when they have decided, or if they have a question.", allianceName) +
        "\n\n" + EventTexts.T("If you did not propose a session, you can ignore this message.") + "\n\n" + EventTexts.T("In solidarity,") + "\n" + EventTexts.T("The alliance staff");

    public async Task<int> Handle(ProposeSession request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        int? partnerId = null;
        if (!string.IsNullOrWhiteSpace(request.PartnerToken))
        {
            var token = request.PartnerToken.Trim();
            var partner = await db.EventPartners.AsNoTracking()
                .FirstOrDefaultAsync(p => p.Token == token && p.EventId == ev.Id && p.Answer == InvitationAnswer.Interested, cancellationToken);
            partnerId = partner?.Id;
        }

        var openToPublic = ev is { Status: EventStatus.Published, IsPublic: true } && !ev.IsOver(clock.Now.DateTime);
        if (!openToPublic && (partnerId is null || ev.Status == EventStatus.Cancelled))
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var now = clock.UtcNow;
        var session = EventSession.Propose(ev, SessionInputValidator.Details(request), request.ProposerName, request.ProposerEmail, partnerId, now);
        session.WriteIn(AppCulture.Current); // the decision letter is written in the language the proposal came in
        db.EventSessions.Add(session);
        db.OutboxMessages.Add(new OutboxMessage(session.ProposerEmail, EventTexts.T(AcknowledgementSubject), Acknowledgement(options.Value.AllianceName), now));
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }
}
