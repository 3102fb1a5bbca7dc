using System.Data.Common;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>What registering answers: the place (Confirmed or Waitlisted), the short code and the secret link's token.</summary>
public sealed record RegistrationReceipt(int Id, PlaceStatus Status, string Code, string Token, decimal Price);

/// <summary>
/// Someone registers for a public, published event without an account (public form: honeypot + rate limit).
/// <see cref="TicketType"/> is the id of one of the event's ticket types. Member pricing is decided by the chosen co-op's
/// standing now; <see cref="PayWhatYouCan"/> is the amount for a solidarity ticket (the suggested amount if left out);
/// <see cref="ChargeToCoop"/> puts the ticket on a member co-op's account (in good standing only). When the event is
/// full the answer is a refusal offering the waitlist (<see cref="NoPlaceLeftException"/>), unless
/// <see cref="JoinWaitlist"/> is set: then the person waits for a freed place.
/// </summary>
[PublicRequest]
public sealed record Register : IRequest<RegistrationReceipt>, IPublicSubmission
{
    public int EventId { get; init; }
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
    /// <summary>The id of one of the event's ticket types.</summary>
    public int TicketType { get; init; }
    public string? Organisation { get; init; }
    /// <summary>The member co-op the person works in (for member pricing, or to charge the ticket to it).</summary>
    public int? CooperativeId { get; init; }
    public decimal? PayWhatYouCan { get; init; }
    public bool ChargeToCoop { get; init; }
    public string? AccessibilityNeeds { get; init; }
    public string? InterpretationLanguage { get; init; }
    public string? DietaryNeeds { get; init; }
    public bool JoinWaitlist { get; init; }
    /// <summary>The honeypot: people leave it empty.</summary>
    public string? Fax { get; init; }
}

public sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Please give your name.")
            .MaximumLength(200).WithMessage("Keep your name under 200 characters.");
        RuleFor(x => x.Email).NotEmpty().WithMessage("Please give an email address for the confirmation.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.")
            .MaximumLength(256).WithMessage("Keep the email address under 256 characters.");
        RuleFor(x => x.TicketType).GreaterThan(0).WithMessage("Choose a ticket.");
        RuleFor(x => x.Organisation).MaximumLength(200).WithMessage("Keep the organisation's name under 200 characters.");
        RuleFor(x => x.PayWhatYouCan).GreaterThanOrEqualTo(0).WithMessage("The amount cannot be negative.")
            .LessThanOrEqualTo(TicketPricing.MaxPayWhatYouCan).WithMessage(_ => Messages.Format("Please enter an amount up to {0:C}.", TicketPricing.MaxPayWhatYouCan));
        RuleFor(x => x.AccessibilityNeeds).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.");
        RuleFor(x => x.InterpretationLanguage).MaximumLength(200).WithMessage("Keep this under 200 characters.");
        RuleFor(x => x.DietaryNeeds).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.");
        RuleFor(x => x.CooperativeId).NotNull().When(x => x.ChargeToCoop).WithMessage("Choose the co-op whose account the ticket goes on.");
    }
}

/// <summary>
/// Not a unit-of-work command on purpose: it runs its own short transaction and tries again, from a fresh read, when a
/// registration made at the same moment took the place it counted on (the event's version moved on), when its short
/// code was drawn twice, or when SQLite was busy with another writer. So the event is never overbooked, and people are
/// not refused because someone else clicked at the same second.
/// </summary>
public sealed class RegisterHandler(IAppDbContext db, AllianceClock clock, IOptions<AppOptions> app) : IRequestHandler<Register, RegistrationReceipt>
{
    public const int Attempts = 12;

    public async Task<RegistrationReceipt> Handle(Register request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(() => RegisterOnceAsync(request, cancellationToken));
            }
            catch (Exception ex) when (attempt < Attempts && IsWorthRetrying(ex))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
            catch (Exception ex) when (IsWorthRetrying(ex))
            {
                db.ChangeTracker.Clear();
                throw new ConflictException("Many people are registering at this moment. Please try again in a minute.");
            }
        }
    }

    private bool IsWorthRetrying(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException u when db.IsDuplicateKey(u, typeof(Registration)) => true,
        DbUpdateException { InnerException: DbException inner } => IsBusy(inner),
        DbException d => IsBusy(d),
        _ => false,
    };

    /// <summary>SQLite's "database is locked / busy" (another writer held it past the busy timeout).</summary>
    private static bool IsBusy(DbException ex) =>
        ex.Message.Contains("locked", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("busy", StringComparison.OrdinalIgnoreCase);

    private async Task<RegistrationReceipt> RegisterOnceAsync(Register request, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ev = await db.Events.Include(e => e.TicketTypes).FirstOrDefaultAsync(e => e.Id == request.EventId && e.IsPublic, ct)
                 ?? throw new NotFoundException("Event", request.EventId);
        if (ev.Status == EventStatus.Planning)
        {
            throw new NotFoundException("Event", request.EventId);
        }

        var ticket = ev.TicketTypes.FirstOrDefault(t => t.Id == request.TicketType)
                     ?? throw new ValidationException(nameof(Register.TicketType), "Choose one of this event's tickets.");
        var coopStatus = request.CooperativeId is { } coopId
            ? await db.Cooperatives.Where(c => c.Id == coopId).Select(c => (Domain.Cooperatives.MembershipStatus?)c.Status).FirstOrDefaultAsync(ct)
              ?? throw new ValidationException(nameof(Register.CooperativeId), "Choose your co-op from the list.")
            : (Domain.Cooperatives.MembershipStatus?)null;
        var now = clock.UtcNow;
        var registration = Registration.Register(ev, ticket,
            new RegistrantDetails(request.Name, request.Email, request.Organisation, request.CooperativeId,
                request.AccessibilityNeeds, request.InterpretationLanguage, request.DietaryNeeds),
            coopStatus, request.PayWhatYouCan, request.ChargeToCoop, request.JoinWaitlist, clock.Now.DateTime, now);
        while (await db.Registrations.AnyAsync(r => r.EventId == ev.Id && r.Code == registration.Code, ct))
        {
            registration.RedrawCode();
        }

        registration.WriteIn(AppCulture.Current);
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(ct);
        db.OutboxMessages.Add(RegistrationEmails.Confirmation(ev, registration, ticket.Name, app.Value, clock.Zone.Id));
        registration.MarkConfirmationSent(now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RegistrationReceipt(registration.Id, registration.Status, registration.Code, registration.Token, registration.Price);
    }
}
