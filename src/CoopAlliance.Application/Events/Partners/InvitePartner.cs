using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Events.Partners;

/// <summary>
/// Staff invite a planning partner: a member co-op picked from the list (<see cref="CooperativeId"/>) or an allied
/// organisation by name, and its contact person. The invitation email, with the no-login link to the partner's page,
/// is queued in the same transaction as the partner, so it goes exactly once.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record InvitePartner(int EventId, int? CooperativeId, string? OrganisationName, string ContactName, string ContactEmail, string? Message = null)
    : ICommand<int>;

public sealed class InvitePartnerValidator : AbstractValidator<InvitePartner>
{
    public InvitePartnerValidator()
    {
        RuleFor(x => x.OrganisationName).NotEmpty().When(x => x.CooperativeId is null)
            .WithMessage("Pick a member co-op or give the organisation's name.").MaximumLength(200);
        RuleFor(x => x.ContactName).NotEmpty().WithMessage("Give the contact person's name.").MaximumLength(200);
        RuleFor(x => x.ContactEmail).NotEmpty().WithMessage("Give the contact person's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.org.").MaximumLength(256);
        RuleFor(x => x.Message).MaximumLength(2000);
    }
}

public sealed class InvitePartnerHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock, IOptions<AppOptions> app)
    : IRequestHandler<InvitePartner, int>
{
    public async Task<int> Handle(InvitePartner request, CancellationToken cancellationToken)
    {
        var ev = await Partners.EventAsync(db, request.EventId, cancellationToken);
        if (ev.Status == EventStatus.Cancelled)
        {
            throw new Domain.Common.DomainRuleException("The event is cancelled; nobody can be invited to plan it.");
        }

        var name = request.OrganisationName?.Trim() ?? "";
        if (request.CooperativeId is { } coopId)
        {
            var coop = await db.Cooperatives.AsNoTracking().Where(c => c.Id == coopId).Select(c => new { c.LegalName, c.TradeName }).FirstOrDefaultAsync(cancellationToken)
                       ?? throw new ValidationException(nameof(InvitePartner.CooperativeId), "Pick a co-op from the list.");
            name = string.IsNullOrWhiteSpace(coop.TradeName) ? coop.LegalName : coop.TradeName;
        }

        if (await db.EventPartners.AnyAsync(p => p.EventId == request.EventId && p.OrganisationName == name, cancellationToken))
        {
            throw new ValidationException(request.CooperativeId is null ? nameof(InvitePartner.OrganisationName) : nameof(InvitePartner.CooperativeId),
                $"{name} is already invited to plan this event.");
        }

        var now = clock.GetUtcNow();
        var partner = new EventPartner(ev.Id, name, request.CooperativeId, request.ContactName, request.ContactEmail, user.AsActor(), now);
        db.EventPartners.Add(partner);
        var note = string.IsNullOrWhiteSpace(request.Message) ? "" : $"{request.Message.Trim()}\n\n";
        db.OutboxMessages.Add(new OutboxMessage(partner.ContactEmail, $"Will you help us plan {ev.Title}?",
            $"Dear {partner.ContactName},\n\n{note}We are planning {ev.Title} ({ev.StartsAt:dddd, MMMM d, yyyy}, {ev.VenueName}) and would love " +
            $"{partner.OrganisationName} to plan it with us. Please tell us whether you are interested — no account or password is needed:\n\n" +
            $"{Partners.PageLink(app.Value.PublicBaseUrl, partner.Token)}\n\n" +
            "The same link shows your roles and the shared planning task list once you join. Please keep it to yourself.\n\n" +
            $"Thank you,\n{user.Name}", now));
        partner.MarkInvitationSent(now);
        await db.SaveChangesAsync(cancellationToken);
        return partner.Id;
    }
}
