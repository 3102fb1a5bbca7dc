using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Financing;

/// <summary>
/// The committee's fund report: capital (derived, ADR 0008), loans outstanding by status, the repayments due in the
/// next 90 days, and losses.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetFundReportPdf : IRequest<LoanPdfFile>;

public sealed class GetFundReportPdfHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetFundReportPdf, LoanPdfFile>
{
    public async Task<LoanPdfFile> Handle(GetFundReportPdf request, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var (fund, loans) = await Fund.LoadAsync(db, today, cancellationToken);
        var rows = loans.Where(l => l.DisbursedOn <= today).Select(l => (Loan: l, Position: l.Position(today), Status: l.Status(today))).ToList();
        var horizon = today.AddDays(90);
        var due = rows.Where(r => r.Status == LoanStatus.Repaying)
            .SelectMany(r => r.Loan.Schedule.Where(i => i.DueOn > today && i.DueOn <= horizon && i.Payment > 0).Select(i => (r.Loan.BorrowerName, i)))
            .OrderBy(x => x.i.DueOn).ToList();

        var builder = new ReportBuilder("Solidarity loan fund report")
            .Letterhead(app.Value.AllianceName, "Solidarity loan fund")
            .Footer($"Fund report of {today:MMMM d, yyyy}")
            .Heading($"Fund report — {today:MMMM d, yyyy}")
            .Heading("Capital", 2)
            .KeyValues(
                ("Contributions", Money.Format(fund.Contributions)),
                ("Interest received", Money.Format(fund.InterestReceived)),
                ("Losses (principal written off)", Money.Format(fund.Losses)),
                ("Fund capital", Money.Format(fund.Capital)),
                ("Cash available", Money.Format(fund.CashAvailable)),
                ("Principal outstanding", Money.Format(fund.OutstandingPrincipal)))
            .Heading("Loans by status", 2)
            .Table(t => t
                .Column("Status", 1.4f).Column("Loans", 0.6f, ColumnAlign.Right).Column("Lent", 1, ColumnAlign.Right).Column("Outstanding", 1, ColumnAlign.Right)
                .Column("In arrears", 1, ColumnAlign.Right)
                .Rows(Enum.GetValues<LoanStatus>(), s =>
                {
                    var of = rows.Where(r => r.Status == s).ToList();
                    return [s == LoanStatus.WrittenOff ? "Written off" : s.ToString(), of.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Money.Format(of.Sum(r => r.Loan.Principal)), Money.Format(s == LoanStatus.WrittenOff ? 0 : of.Sum(r => r.Position.PrincipalOutstanding)),
                        Money.Format(s == LoanStatus.WrittenOff ? 0 : of.Sum(r => r.Position.Arrears))];
                }))
            .Heading("Repayments due in the next 90 days", 2);
        if (due.Count == 0)
        {
            builder.Paragraph("None.");
        }
        else
        {
            builder.Table(t => t.Column("Due on", 1).Column("Borrower", 2).Column("Payment", 1, ColumnAlign.Right)
                .Rows(due, d => [d.i.DueOn.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), d.BorrowerName, Money.Format(d.i.Payment)])
                .Totals("Total", "", Money.Format(due.Sum(d => d.i.Payment))));
        }

        builder.Heading("Losses", 2);
        var writtenOff = rows.Where(r => r.Status == LoanStatus.WrittenOff).ToList();
        if (writtenOff.Count == 0)
        {
            builder.Paragraph("No loan has been written off.");
        }
        else
        {
            builder.Table(t => t.Column("Borrower", 2).Column("Written off on", 1).Column("Principal lost", 1, ColumnAlign.Right).Column("Reason", 2)
                .Rows(writtenOff, r => [r.Loan.BorrowerName, r.Loan.WrittenOffOn!.Value.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    Money.Format(r.Loan.WrittenOffPrincipal), r.Loan.WriteOffReason ?? ""]));
        }

        return new LoanPdfFile(renderer.Render(builder.Build()), $"loan-fund-report-{today:yyyy-MM-dd}.pdf");
    }
}
