using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Domain.Financing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Infrastructure.Data;

/// <summary>
/// The solidarity loan fund: member pledges (surplus shares), a foundation grant and an investor note; three loans —
/// the rep's co-op repaying on time, one behind since a few months (in arrears on the demo clock), one repaid at 0 % —;
/// two applications in review, one declined with reasons and referred to a partner lender. Built through the domain's
/// own methods, the committee's votes recorded; skipped when the fund has any contribution.
/// </summary>
public sealed partial class DemoData
{
    private static readonly Actor[] Committee = [new(null, "Sam Staff (demo)"), new(null, "Dana Ortiz (committee)"), new(null, "Lee Park (committee)")];

    private async Task SeedFinancingAsync(CancellationToken ct)
    {
        if (await db.FundContributions.AnyAsync(ct))
        {
            return;
        }

        var now = clock.UtcNow;
        var today = clock.Today;
        var staff = Committee[0];
        var coops = await db.Cooperatives.Where(c => c.Status == MembershipStatus.Active).OrderBy(c => c.Id).ToListAsync(ct);
        var rep = coops.Single(c => c.LegalName == RepCoop);
        var others = coops.Where(c => c.Id != rep.Id).ToList();

        db.FundContributions.AddRange(
            new FundContribution(ContributionKind.Pledge, $"{others[0].DisplayName} (5 % of surplus)", 12_500m, today.AddDays(-540), null, staff, now),
            new FundContribution(ContributionKind.Pledge, $"{rep.DisplayName} (5 % of surplus)", 8_200m, today.AddDays(-420), null, staff, now),
            new FundContribution(ContributionKind.Grant, "Valley Community Foundation", 60_000m, today.AddDays(-500), null, staff, now),
            new FundContribution(ContributionKind.InvestorNote, "Pioneer Valley Credit Union", 40_000m, today.AddDays(-480),
                "2 % a year, interest paid yearly, principal repaid after 7 years; subordinated to grants.", staff, now));
        await db.SaveChangesAsync(ct);

        // Repaid: a 0 % bridge loan, twelve payments on their due dates.
        var repaid = Loan(others[1], 6_000m, "Bridge loan while a city contract paid late", new LoanTerms(6_000m, 0m, 12, today.AddDays(-480)), today.AddDays(-500));
        foreach (var row in RepaymentSchedule.Of(repaid.CurrentTerms))
        {
            repaid.RecordPayment(row.DueOn, row.Payment, staff, now);
        }

        // The rep's co-op: repaying on time.
        var onTime = Loan(rep, 25_000m, "A second deck oven and a delivery bike", new LoanTerms(25_000m, 4m, 36, today.AddDays(-170)), today.AddDays(-200));
        foreach (var row in RepaymentSchedule.Of(onTime.CurrentTerms).Where(r => r.DueOn <= today))
        {
            onTime.RecordPayment(row.DueOn, row.Payment, staff, now);
        }

        // Behind: the first three installments paid, nothing since.
        var behind = Loan(others[2], 15_000m, "Working capital for a new catering line", new LoanTerms(15_000m, 5m, 24, today.AddDays(-210), GraceMonths: 1), today.AddDays(-240));
        foreach (var row in RepaymentSchedule.Of(behind.CurrentTerms).Where(r => r.Payment > 0).Take(3))
        {
            behind.RecordPayment(row.DueOn, row.Payment, staff, now);
        }

        db.Loans.AddRange(repaid, onTime, behind);

        // In review: one nearly ready for the committee, one just started.
        var review1 = new LoanApplication(others[3].Id, null, others[3].DisplayName, 18_000m, "Solar panels for the workshop roof", 48, staff, now.AddDays(-12));
        review1.StartReview(staff);
        review1.Tick(ReviewItem.BusinessPlanReceived | ReviewItem.FinancialStatementsReceived | ReviewItem.ReferencesChecked, true);
        var review2 = new LoanApplication(others[4].Id, null, others[4].DisplayName, 7_500m, "Software licences and two laptops", 24, staff, now.AddDays(-4));
        review2.StartReview(staff);
        review2.Tick(ReviewItem.BusinessPlanReceived, true);

        // Declined with reasons, and sent on to a partner lender.
        var declined = Committed(new LoanApplication(others[5].Id, null, others[5].DisplayName, 90_000m, "Buying the building the co-op rents", 120, staff, now.AddDays(-60)));
        declined.Vote(Committee[0], VoteChoice.Against, now.AddDays(-30));
        declined.Vote(Committee[1], VoteChoice.Against, now.AddDays(-30));
        declined.Vote(Committee[2], VoteChoice.For, now.AddDays(-30));
        declined.Decide(new CommitteeRules(), null,
            "A building purchase is larger than the fund lends and needs a mortgage; we support the plan and referred it to the cooperative fund's partner lender.",
            staff, now.AddDays(-30));
        var referral = declined.Refer("Cooperative Fund of New England", today.AddDays(-28), staff);
        referral.RecordOutcome(ReferralOutcome.Pending, "First meeting held; they asked for three years of statements.");
        db.LoanApplications.AddRange(review1, review2, declined);
        await db.SaveChangesAsync(ct);

        Loan Loan(Cooperative coop, decimal amount, string purpose, LoanTerms terms, DateOnly disbursedOn)
        {
            var application = Committed(new LoanApplication(coop.Id, null, coop.DisplayName, amount, purpose, terms.AmortizingMonths, staff, now));
            foreach (var member in Committee)
            {
                application.Vote(member, VoteChoice.For, now);
            }

            application.Decide(new CommitteeRules(), terms, "A sound plan with the cash flow to repay.", staff, now);
            return application.Disburse(disbursedOn, decimal.MaxValue, staff, now);
        }
    }

    private static LoanApplication Committed(LoanApplication application)
    {
        application.StartReview(Committee[0]);
        application.Tick(ReviewItem.All, true);
        application.SendToCommittee();
        return application;
    }
}
