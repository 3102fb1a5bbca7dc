using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Financing;
using CoopAlliance.Application.Tests.Support;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Financing;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Tests.Financing;

/// <summary>The loan fund's use cases on SQLite: the pipeline to disbursement, the derived fund, and arrears reminders sent once (issue 15).</summary>
public sealed class LoanFundTests : TestBase
{
    private static readonly DateOnly DisbursedOn = new(2026, 6, 1);

    /// <summary>A fund with $50,000, a co-op and its approved, disbursed loan of $12,000 at 6 % over 12 months from July 1, 2026.</summary>
    private static async Task<(int CoopId, int ApplicationId, int LoanId)> DisbursedLoanAsync()
    {
        await SendAsync(new AddFundContribution(ContributionKind.Grant, "Valley Community Foundation", 50_000m, new DateOnly(2026, 1, 15), null));
        var coopId = await AddActiveCoopAsync();
        RunAsRep(coopId);
        var applicationId = await SendAsync(new SubmitLoanApplication(coopId, null, 12_000m, "A second oven", 12));
        RunAsStaff();
        await SendAsync(new ReviewLoanApplication(applicationId, 0, [ReviewItem.All], null, SendToCommittee: true));
        foreach (var (id, name) in new[] { (StaffUserId, "Sam Staff"), (9101, "Ana Committee"), (9102, "Ben Committee") })
        {
            RunAs(id, name, null, Roles.Staff);
            await SendAsync(new RecordCommitteeVote(applicationId, VoteChoice.For, false));
        }

        RunAsStaff();
        var version = (await SendAsync(new GetLoanApplication(applicationId))).Version;
        await SendAsync(new DecideLoanApplication(applicationId, version, new TermsDto(12_000m, 6m, 12, 0, 0, new DateOnly(2026, 7, 1)), "Solid plan"));
        var loanId = await SendAsync(new DisburseLoan(applicationId, DisbursedOn));
        return (coopId, applicationId, loanId);
    }

    [Test]
    public async Task AnApplicationGoesThroughReviewAndCommitteeToALoanAndTheFundFollows()
    {
        var (coopId, applicationId, loanId) = await DisbursedLoanAsync();
        await SendAsync(new RecordLoanPayment(loanId, 1_032.80m, new DateOnly(2026, 7, 1)));

        var loan = await SendAsync(new GetLoan(loanId));
        var fund = await SendAsync(new GetFund());
        var schedule = await SendAsync(new GetLoanSchedule(loanId));

        Assert.Multiple(() =>
        {
            Assert.That((loan.CoopId, loan.Principal, loan.ApplicationId), Is.EqualTo(((int?)coopId, 12_000m, applicationId)));
            Assert.That(schedule, Has.Count.EqualTo(12));
            Assert.That(schedule[0].Payment, Is.EqualTo(1_032.80m));
            Assert.That(schedule.Sum(r => r.Principal), Is.EqualTo(12_000m));
            Assert.That(loan.Payments.Single().ToInterest, Is.EqualTo(60m), "Interest first: 0.5 % of $12,000.");
            Assert.That(fund.Contributions, Is.EqualTo(50_000m));
            Assert.That(fund.CashAvailable, Is.EqualTo(50_000m - 12_000m + 1_032.80m));
            Assert.That(fund.OutstandingPrincipal, Is.EqualTo(12_000m - 972.80m));
            Assert.That(fund.Capital, Is.EqualTo(50_000m + 60m));
        });
    }

    [Test]
    public async Task ARepSeesOnlyTheirOwnCoopsApplicationsAndLoans()
    {
        var (coopId, applicationId, loanId) = await DisbursedLoanAsync();
        var other = await AddActiveCoopAsync("Other Hands Cooperative");

        RunAsRep(other, 9050);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetLoan(loanId)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetLoanSchedule(loanId)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetLoanApplication(applicationId)));
        Assert.That((await SendAsync(new ListLoanApplications())).Items, Is.Empty);
        Assert.That(await SendAsync(new ListLoans()), Is.Empty);
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new SubmitLoanApplication(coopId, null, 1_000m, "Not mine", 12)));

        RunAsRep(coopId);
        Assert.That((await SendAsync(new GetLoanApplication(applicationId))).Votes, Is.Empty, "Borrowers see the decision, not who voted how.");
        Assert.That((await SendAsync(new ListLoans())).Single().Id, Is.EqualTo(loanId));
    }

    [Test]
    public async Task TheFundPaysOutNoMoreThanTheCashItHolds()
    {
        await SendAsync(new AddFundContribution(ContributionKind.Pledge, "Riverside Bakery (surplus share)", 5_000m, new DateOnly(2026, 1, 15), null));
        var coopId = await AddActiveCoopAsync();
        var applicationId = await SendAsync(new SubmitLoanApplication(coopId, null, 8_000m, "Van", 24));
        await SendAsync(new ReviewLoanApplication(applicationId, 0, [ReviewItem.All], null, SendToCommittee: true));
        foreach (var id in new[] { 9101, 9102, 9103 })
        {
            RunAs(id, $"Member {id}", null, Roles.Staff);
            await SendAsync(new RecordCommitteeVote(applicationId, VoteChoice.For, false));
        }

        RunAsStaff();
        var version = (await SendAsync(new GetLoanApplication(applicationId))).Version;
        await SendAsync(new DecideLoanApplication(applicationId, version, new TermsDto(8_000m, 3m, 24, 0, 0, new DateOnly(2027, 1, 1)), null));

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new DisburseLoan(applicationId)));
        Assert.That(refused!.Message, Does.Contain("$5,000.00"));
        Assert.That(await CountAsync<Loan>(), Is.Zero);
    }

    [Test]
    public async Task AConflictedMemberCannotVoteAndIsNotCounted()
    {
        var coopId = await AddActiveCoopAsync();
        var applicationId = await SendAsync(new SubmitLoanApplication(coopId, null, 8_000m, "Van", 24));
        await SendAsync(new ReviewLoanApplication(applicationId, 0, [ReviewItem.All], null, SendToCommittee: true));
        await SendAsync(new RecordCommitteeVote(applicationId, null, true, "I sit on their board"));

        Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new RecordCommitteeVote(applicationId, VoteChoice.For, false)));
        var application = await SendAsync(new GetLoanApplication(applicationId));
        Assert.That(application.Votes.Single().ConflictOfInterest, Is.True);
    }

    [Test]
    public async Task ABorrowerBehindHearsOncePerOverdueInstallment()
    {
        var (_, _, loanId) = await DisbursedLoanAsync();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime); // Nov 23, 2026: Jul–Nov unpaid

        var first = await SendAsSystemAsync(new SendLoanArrearsReminders(today));
        var again = await SendAsSystemAsync(new SendLoanArrearsReminders(today));

        Assert.That((first.LoansInArrears, first.RemindersSent), Is.EqualTo((1, 1)));
        Assert.That(again.RemindersSent, Is.Zero);
        Assert.That(await CountAsync<LoanArrearsReminder>(), Is.EqualTo(5), "Jul, Aug, Sep, Oct and Nov recorded; one email after the downtime.");
        var email = await WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.That(email.Subject, Does.Contain("overdue"));
        Assert.That(email.Body, Does.Contain($"/MyCoop/Loans/Detail?id={loanId}"));

        Clock.UtcNow = new DateTimeOffset(2026, 12, 2, 15, 0, 0, TimeSpan.Zero);
        var december = await SendAsSystemAsync(new SendLoanArrearsReminders(new DateOnly(2026, 12, 2)));
        Assert.That(december.RemindersSent, Is.EqualTo(1), "December's installment is a new one.");
        Assert.That(await CountAsync<OutboxMessage>(), Is.EqualTo(2));
    }

    [Test]
    public async Task TwoRunsAtOnceSendOneReminder()
    {
        await DisbursedLoanAsync();
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return (await SendAsSystemAsync(new SendLoanArrearsReminders(today))).RemindersSent;
            }
            catch (DbUpdateException)
            {
                return 0; // the other run got there first: the unique key refused the duplicate and this one rolled back
            }
        }));

        Assert.That(await CountAsync<OutboxMessage>(), Is.EqualTo(1));
        Assert.That(runs.Sum(), Is.EqualTo(1));
        Assert.That(await CountAsync<LoanArrearsReminder>(), Is.EqualTo(5));
    }

    [Test]
    public async Task ABorrowerWhoPaidOnTimeHearsNothing()
    {
        var (_, _, loanId) = await DisbursedLoanAsync();
        var schedule = await SendAsync(new GetLoanSchedule(loanId));
        foreach (var row in schedule.Where(r => r.DueOn <= new DateOnly(2026, 11, 23)))
        {
            await SendAsync(new RecordLoanPayment(loanId, row.Payment, row.DueOn));
        }

        var result = await SendAsSystemAsync(new SendLoanArrearsReminders(new DateOnly(2026, 11, 23)));

        Assert.That(result.RemindersSent, Is.Zero);
        Assert.That(await CountAsync<OutboxMessage>(), Is.Zero);
    }

    [Test]
    public async Task TheStatementIsInTheBorrowersLanguageAndTheFundReportAddsUp()
    {
        var (coopId, _, loanId) = await DisbursedLoanAsync();
        await SendAsync(new RecordLoanPayment(loanId, 1_032.80m, new DateOnly(2026, 7, 1)));

        var english = PdfText.Read((await SendAsync(new GetLoanStatementPdf(loanId))).Content).Lines;
        await WithDbAsync(async db =>
        {
            (await db.Cooperatives.FirstAsync(c => c.Id == coopId)).ChooseLanguage(Languages.Spanish);
            await db.SaveChangesAsync();
        });
        var spanish = string.Join("\n", PdfText.Read((await SendAsync(new GetLoanStatementPdf(loanId))).Content).Lines);
        var report = string.Join("\n", PdfText.Read((await SendAsync(new GetFundReportPdf())).Content).Lines);

        Assert.Multiple(() =>
        {
            Assert.That(string.Join("\n", english), Does.Contain("Loan statement").And.Contain("$12,000.00").And.Contain("$1,032.80"));
            Assert.That(spanish, Does.Contain("Estado de cuenta del préstamo").And.Contain("Calendario de pagos"));
            Assert.That(report, Does.Contain("Fund capital").And.Contain("$50,060.00"), "Contributions plus interest received.");
            Assert.That(report, Does.Contain("Repayments due in the next 90 days").And.Contain("Dec 1, 2026"));
        });
    }
}
