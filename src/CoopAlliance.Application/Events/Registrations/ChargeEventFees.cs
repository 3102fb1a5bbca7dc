using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Events.Registrations;

public sealed record EventFeeResult(int Events, int Invoices, decimal Amount, int LeftToAnother);

/// <summary>
/// After an event's last day, each member co-op's registrations charged to its account become one
/// <see cref="InvoiceKind.EventFee"/> invoice beside its dues, one line per registration. Exactly once, however often and
/// on however many nodes it runs (the pattern of <see cref="Marketing.Campaigns.ChargeDueCampaigns"/>), per event in one
/// transaction: the event is re-read and skipped if already charged; the invoices go in first (unique per co-op, kind and
/// event: a second set is refused); the registrations point at their invoice; the event is marked charged under its
/// version, so a node that read it before another charged it rolls its whole transaction back.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ChargeEventFees(DateOnly Today) : IRequest<EventFeeResult>
{
    public const string JobName = "event-fee-charge";
}

public sealed class ChargeEventFeesHandler(IAppDbContext db, AllianceClock clock, IOptions<EventOptions> options, ILogger<ChargeEventFeesHandler> logger)
    : IRequestHandler<ChargeEventFees, EventFeeResult>
{
    public async Task<EventFeeResult> Handle(ChargeEventFees request, CancellationToken cancellationToken)
    {
        var today = request.Today;
        // The event's last day is a wall-clock date; "after it ends" is the next day in the alliance's zone.
        var candidates = await db.Events.AsNoTracking().Where(e => e.FeesChargedAt == null && e.Status == EventStatus.Published)
            .Select(e => new { e.Id, e.EndsAt }).ToListAsync(cancellationToken);
        var due = candidates.Where(e => DateOnly.FromDateTime(e.EndsAt) < today).OrderBy(e => e.EndsAt).Select(e => e.Id).ToList();
        int charged = 0, invoices = 0, elsewhere = 0;
        decimal amount = 0;
        foreach (var id in due)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            var result = await strategy.ExecuteAsync(() => ChargeAsync(id, today, cancellationToken));
            if (result is { } r)
            {
                charged++;
                invoices += r.Invoices;
                amount += r.Amount;
            }
            else
            {
                elsewhere++;
            }
        }

        return new EventFeeResult(charged, invoices, amount, elsewhere);
    }

    private async Task<(int Invoices, decimal Amount)?> ChargeAsync(int eventId, DateOnly today, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ev = await db.Events.Include(e => e.TicketTypes).FirstAsync(e => e.Id == eventId, ct);
        if (ev.FeesChargedAt is not null)
        {
            await transaction.RollbackAsync(ct);
            return null;
        }

        var registrations = (await db.Registrations.Where(r => r.EventId == eventId && r.ChargeToCoop && r.InvoiceId == null).ToListAsync(ct))
            .Where(r => r.IsDueForCoopCharge).ToList();
        var tickets = ev.TicketTypes.ToDictionary(t => t.Id, t => t.Name);
        var created = registrations.GroupBy(r => r.CooperativeId!.Value).ToDictionary(g => g.Key, g => Invoice.ForEvent(g.Key, ev.InvoiceKey, today,
            options.Value.FeeDueDays, Draft(ev, g.OrderBy(r => r.Name).ThenBy(r => r.Id), tickets)));
        db.Invoices.AddRange(created.Values);
        try
        {
            await db.SaveChangesAsync(ct);
            foreach (var r in registrations)
            {
                r.ChargedTo(created[r.CooperativeId!.Value].Id);
            }

            ev.MarkFeesCharged(clock.UtcNow);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.IsDuplicateKey(ex, typeof(Invoice)))
        {
            logger.LogInformation(ex, "Event {Event} fees were charged by another worker; nothing billed here", eventId);
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return null;
        }

        var total = created.Values.Sum(i => i.Total);
        logger.LogInformation("Event {Event} fees charged: {Count} invoice(s), {Amount}", eventId, created.Count, total);
        db.ChangeTracker.Clear();
        return (created.Count, total);
    }

    /// <summary>One line per registration: "Green Solidarity Economy Conference (Jul 23, 2027): Maria Lopez — Member worker-owner".</summary>
    public static InvoiceDraft Draft(Event ev, IEnumerable<Registration> registrations, IReadOnlyDictionary<int, string> tickets)
    {
        var lines = registrations.Select(r => new InvoiceLine(
            string.Create(System.Globalization.CultureInfo.GetCultureInfo("en-US"), $"{ev.Title} ({ev.StartsAt:MMM d, yyyy}): {r.Name} — {tickets.GetValueOrDefault(r.TicketTypeId) ?? r.TicketKind.Describe()}"),
            r.Price)).ToList();
        return new InvoiceDraft(lines, lines.Sum(l => l.Amount));
    }
}
