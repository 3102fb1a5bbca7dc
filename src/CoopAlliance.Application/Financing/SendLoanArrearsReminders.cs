using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CoopAlliance.Application.Texts.LoanTexts;

namespace CoopAlliance.Application.Financing;

public sealed record LoanArrearsResult(int LoansInArrears, int RemindersSent);

/// <summary>
/// Daily: a borrower behind on a loan hears once per overdue installment. Each installment reminded is recorded as a
/// <see cref="LoanArrearsReminder"/> row (unique per loan and due date) in the transaction that queues the email, so a
/// rerun finds it recorded and a second node racing this one hits the unique key and rolls back. After downtime the
/// installments missed are recorded together and the borrower gets one email. Written-off loans are not chased.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendLoanArrearsReminders(DateOnly Today) : ICommand<LoanArrearsResult>
{
    public const string JobName = "loan-arrears-reminders";
}

public sealed class SendLoanArrearsRemindersHandler(IAppDbContext db, TimeProvider clock, IOptions<AppOptions> app)
    : IRequestHandler<SendLoanArrearsReminders, LoanArrearsResult>
{
    public async Task<LoanArrearsResult> Handle(SendLoanArrearsReminders request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = request.Today;
        var loans = await db.Loans.AsNoTracking().Where(l => l.WrittenOffOn == null).Include(l => l.TermsHistory).Include(l => l.Payments)
            .ToListAsync(cancellationToken);
        var ids = loans.Select(l => l.Id).ToList();
        var sent = (await db.LoanArrearsReminders.AsNoTracking().Where(r => ids.Contains(r.LoanId)).Select(r => new { r.LoanId, r.DueOn }).ToListAsync(cancellationToken))
            .ToLookup(r => r.LoanId, r => r.DueOn);

        int behind = 0, reminded = 0;
        foreach (var loan in loans)
        {
            // Behind means an installment due before today is not fully paid (a payment on the due date is on time).
            var position = loan.Position(today.AddDays(-1));
            if (position.Arrears <= 0 || position.OldestUnpaidDueOn is not { } oldest)
            {
                continue;
            }

            behind++;
            var done = sent[loan.Id].ToHashSet();
            var overdue = loan.Schedule.Where(r => r.DueOn >= oldest && r.DueOn < today && r.Payment > 0 && !done.Contains(r.DueOn)).Select(r => r.DueOn).ToList();
            if (overdue.Count == 0)
            {
                continue;
            }

            foreach (var dueOn in overdue)
            {
                db.LoanArrearsReminders.Add(new LoanArrearsReminder(loan.Id, dueOn, position.Arrears, now));
            }

            var (to, name, language) = await BorrowerAsync(loan, cancellationToken);
            if (to is not null)
            {
                db.OutboxMessages.Add(Reminder(to, name, language, loan, position, now));
                reminded++;
            }
        }

        return new LoanArrearsResult(behind, reminded);
    }

    private async Task<(string? To, string Name, string Language)> BorrowerAsync(Loan loan, CancellationToken ct)
    {
        if (loan.CooperativeId is { } coopId)
        {
            var coop = await db.Cooperatives.AsNoTracking().Include(c => c.People).FirstAsync(c => c.Id == coopId, ct);
            return (coop.Email ?? coop.People.FirstOrDefault(p => p.IsPrimaryContact)?.Email, coop.DisplayName, coop.PreferredLanguage);
        }

        var developing = await db.DevelopingCoops.AsNoTracking().FirstAsync(c => c.Id == loan.DevelopingCoopId, ct);
        return (developing.ContactEmail, developing.Name, Languages.IsSupported(developing.Language) ? developing.Language! : Languages.English);
    }

    private OutboxMessage Reminder(string to, string name, string language, Loan loan, LoanPosition position, DateTimeOffset now)
    {
        using var culture = AppCulture.Use(language); // written to the co-op, in its language
        var link = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/MyCoop/Loans/Detail?id={loan.Id}";
        var body = $"""
                    {T("Hello {0},", name)}

                    {T("Your loan from the solidarity fund is behind: {0} fell due and is unpaid, the oldest part since {1}.", Money.Format(position.Arrears), Formats.LongDay(position.OldestUnpaidDueOn!.Value))}

                    {T("If you have already paid, thank you — please ignore this message. If paying is hard right now, reply to this email: the fund's committee can talk about new terms.")}

                    {T("Your loan, its schedule and statement: {0}", link)}

                    {app.Value.AllianceName}
                    """;
        return new OutboxMessage(to, T("Reminder: a loan payment of {0} is overdue", Money.Format(position.Arrears)), body, now);
    }
}
