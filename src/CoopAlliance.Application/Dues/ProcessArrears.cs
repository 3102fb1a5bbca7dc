using System.Globalization;
using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

public sealed record ArrearsResult(int NewlyOverdue, int RemindersQueued, int Lapsed, int Reinstated);

/// <summary>
/// The daily arrears pass. For every unpaid invoice past its due date it records, once each (unique per invoice
/// and day count), that it became overdue and the reminders due at the configured days overdue (one email even if
/// several thresholds were passed while the job was down). A co-op with an invoice overdue beyond the grace period
/// lapses — the grace period of dues (Dues:GraceDays) for a dues invoice, that of premiums
/// (Benefits:Premiums:ArrearsGraceDays) for a group benefit premium invoice, both on the co-op's one account; a co-op lapsed for dues whose balance is settled is reinstated — both recorded in its membership history.
/// Invoice status itself is never stored: it follows from dates and the ledger.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ProcessArrears(DateOnly Today) : ICommand<ArrearsResult>;

public sealed class ProcessArrearsHandler(IAppDbContext db, TimeProvider clock, IOptions<DuesOptions> options, IOptions<PremiumOptions> premiums,
    IOptions<AppOptions> app, IStringLocalizer<DuesTexts> t)
    : IRequestHandler<ProcessArrears, ArrearsResult>
{
    public async Task<ArrearsResult> Handle(ProcessArrears request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = request.Today;
        var thresholds = options.Value.ReminderDayList;

        // Co-ops with something past due, plus those lapsed (they may have settled).
        var pastDue = await db.Invoices.AsNoTracking().Where(i => i.VoidedOn == null && i.DueOn < today).Select(i => i.CooperativeId).Distinct()
            .ToListAsync(cancellationToken);
        var lapsed = await db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Lapsed).Select(c => c.Id).ToListAsync(cancellationToken);
        var ids = pastDue.Union(lapsed).ToList();
        var accounts = await DuesLedger.LoadAccountsAsync(db, ids, today, cancellationToken);
        var coops = await db.Cooperatives.Include(c => c.History).Include(c => c.People).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var notices = (await db.ArrearsNotices.AsNoTracking().Where(n => ids.Contains(n.CooperativeId)).Select(n => new { n.InvoiceId, n.DaysOverdue })
            .ToListAsync(cancellationToken)).ToLookup(n => n.InvoiceId, n => n.DaysOverdue);

        int overdue = 0, reminded = 0, lapsedNow = 0, reinstated = 0;
        foreach (var (coopId, account) in accounts)
        {
            var coop = coops[coopId];
            foreach (var state in account.Invoices.Where(i => i.DaysOverdue > 0))
            {
                var done = notices[state.Invoice.Id].ToHashSet();
                if (done.Add(0))
                {
                    db.ArrearsNotices.Add(new ArrearsNotice(state.Invoice.Id, coopId, 0, now, false));
                    overdue++;
                }

                var reached = thresholds.Where(d => state.DaysOverdue >= d && !done.Contains(d)).ToList();
                if (reached.Count == 0)
                {
                    continue;
                }

                var to = coop.Email ?? coop.People.FirstOrDefault(p => p.IsPrimaryContact)?.Email;
                foreach (var days in reached)
                {
                    // Only the latest threshold is emailed: after downtime nobody gets two reminders at once.
                    var email = days == reached[^1] && to is not null;
                    db.ArrearsNotices.Add(new ArrearsNotice(state.Invoice.Id, coopId, days, now, email));
                    if (email)
                    {
                        db.OutboxMessages.Add(Reminder(to!, coop, state, now));
                        reminded++;
                    }
                }
            }

            var pastGrace = account.Invoices.Where(i => i.DaysOverdue > GraceFor(i.Invoice.Kind)).MinBy(i => (i.Invoice.DueOn, i.Invoice.Id));
            if (coop.Status == MembershipStatus.Active && pastGrace is { } oldest)
            {
                var what = oldest.Invoice.Kind == InvoiceKind.Dues ? "" : $" of {oldest.Invoice.Kind.Describe().ToLowerInvariant()}";
                coop.Lapse($"{DuesStandingRules.LapseReasonPrefix}: {Money.Format(oldest.Outstanding)}{what} for {Invoice.PeriodOf(oldest.Invoice.PeriodKey, oldest.Invoice.IssuedOn).Describe()} " +
                           $"is {oldest.DaysOverdue} days overdue (grace period {GraceFor(oldest.Invoice.Kind)} days)", Actor.System, now);
                lapsedNow++;
            }
            else if (DuesLedger.WasLapsedForDues(coop) && account.IsSettled)
            {
                coop.Reinstate($"Dues balance settled ({Money.Format(account.Balance)} owed)", Actor.System, now);
                reinstated++;
            }
        }

        return new ArrearsResult(overdue, reminded, lapsedNow, reinstated);
    }

    private int GraceFor(InvoiceKind kind) => kind == InvoiceKind.BenefitPremium ? premiums.Value.ArrearsGraceDays : options.Value.GraceDays;

    private OutboxMessage Reminder(string to, Cooperative coop, InvoiceState state, DateTimeOffset now)
    {
        using var language = AppCulture.Use(coop.PreferredLanguage); // written to the co-op, in its language
        var period = DuesWording.Period(Invoice.PeriodOf(state.Invoice.PeriodKey, state.Invoice.IssuedOn));
        var link = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/MyCoop";
        var body = $"""
                    {t["Hello {0},", coop.DisplayName]}

                    {t["Your co-op owes {0} for {1}. It was due {2}, {3} days ago.", Money.Format(state.Outstanding), period, Formats.LongDay(state.Invoice.DueOn), state.DaysOverdue]}

                    {t[ReminderHelp, GraceFor(state.Invoice.Kind)]}

                    {t["Your statement and how to pay: {0}", link]}

                    {app.Value.AllianceName}
                    """;
        var kind = DuesWording.Kind(t, state.Invoice.Kind).ToLower(CultureInfo.CurrentCulture);
        return new OutboxMessage(to, t["Reminder: {0} for {1} are {2} days overdue", kind, period, state.DaysOverdue], body, now);
    }

    /// <summary>The reminder's middle paragraph (its resource values keep the email's line breaks).</summary>
    private const string ReminderHelp =
        "If you have already paid, thank you — please ignore this message. If paying is hard right now, reply to this email: " +
        "the alliance can arrange a hardship reduction or labor in lieu of cash. A co-op more than {0} days behind is no longer in good standing.";
}
