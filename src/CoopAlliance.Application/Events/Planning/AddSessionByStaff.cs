using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>Staff put a session on the programme themselves (the opening plenary, the evening social): it is accepted at once.</summary>
[Authorize(Roles.Staff)]
public sealed record AddSessionByStaff(int EventId, string Title, int? ThemeId, SessionFormat Format, string? Description,
    IReadOnlyList<string>? Presenters, string? Needs, int DurationMinutes, int? Capacity, string ContactEmail) : ICommand<int>, ISessionInput;

public sealed class AddSessionByStaffValidator : AbstractValidator<AddSessionByStaff>
{
    public AddSessionByStaffValidator()
    {
        Include(new SessionInputValidator());
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Give a contact email for the session.")
            .EmailAddress().WithMessage("Enter an email address like events@example.coop.")
            .MaximumLength(256).WithMessage("Keep the email address under 256 characters.");
    }
}

public sealed class AddSessionByStaffHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddSessionByStaff, int>
{
    public async Task<int> Handle(AddSessionByStaff request, CancellationToken cancellationToken)
    {
        var ev = await EventData.LoadAsync(db, request.EventId, cancellationToken);
        if (ev.Status == EventStatus.Cancelled)
        {
            throw new Domain.Common.DomainRuleException("This event has been cancelled.");
        }

        var session = EventSession.AddByStaff(ev, SessionInputValidator.Details(request), user.AsActor(), request.ContactEmail, clock.GetUtcNow());
        db.EventSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }
}
