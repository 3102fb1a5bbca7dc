using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Financing;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static CoopAlliance.Application.Texts.LoanTexts;

namespace CoopAlliance.Application.Financing;

public sealed record LoanPdfFile(byte[] Content, string FileName);

/// <summary>
/// The borrower's statement, in the borrower's language: the terms, the schedule, the payments as applied (interest,
/// then principal), arrears and what paying off today takes. The borrower's own loan, or any for staff.
/// </summary>
[AnySignedInUser]
public sealed record GetLoanStatementPdf(int Id) : IRequest<LoanPdfFile>;

public sealed class GetLoanStatementPdfHandler(IAppDbContext db, LoanAccess access, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetLoanStatementPdf, LoanPdfFile>
{
    public async Task<LoanPdfFile> Handle(GetLoanStatementPdf request, CancellationToken cancellationToken)
    {
        var loan = await access.LoanAsync(request.Id, cancellationToken);
        var language = loan.CooperativeId is { } coopId
            ? await db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.PreferredLanguage).FirstAsync(cancellationToken)
            : await db.DevelopingCoops.Where(c => c.Id == loan.DevelopingCoopId).Select(c => c.Language).FirstAsync(cancellationToken);
        var today = clock.Today;
        using var culture = AppCulture.Use(Languages.IsSupported(language) ? language! : Languages.English);
        var dto = LoanDto.Of(loan, today);
        var terms = loan.CurrentTerms;
        var builder = new ReportBuilder(T("Loan statement"))
            .Letterhead(app.Value.AllianceName, T("Solidarity loan fund"))
            .Footer(T("Statement of {0}", Formats.LongDay(today)))
            .Heading(T("Loan statement — {0}", loan.BorrowerName))
            .KeyValues(
                (T("Amount lent"), Money.Format(loan.Principal)),
                (T("Paid out on"), Formats.LongDay(loan.DisbursedOn)),
                (T("Yearly rate"), Money.Percent(terms.AnnualRatePercent)),
                (T("Months"), terms.TotalMonths.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                (T("Status"), T(StatusWord(dto.Status))),
                (T("Principal outstanding"), Money.Format(dto.PrincipalOutstanding)),
                (T("Arrears"), Money.Format(dto.Arrears)),
                (T("To pay off today"), Money.Format(dto.Payoff)));
        if (loan.TermsHistory.Count > 1)
        {
            builder.Paragraph(T("The loan was restructured on {0}: {1}", Formats.LongDay(loan.Periods[^1].From), loan.Periods[^1].Reason ?? ""));
        }

        builder.Heading(T("Schedule"), 2).Table(t => t
            .Column("#", 0.4f, ColumnAlign.Right).Column(T("Due on"), 1.4f).Column(T("Payment"), 1, ColumnAlign.Right)
            .Column(T("Principal"), 1, ColumnAlign.Right).Column(T("Interest"), 1, ColumnAlign.Right).Column(T("Balance"), 1, ColumnAlign.Right)
            .Rows(loan.Schedule, r => [r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Formats.Day(r.DueOn), Money.Format(r.Payment),
                Money.Format(r.Principal), Money.Format(r.Interest), Money.Format(r.Balance)]));
        builder.Heading(T("Payments received"), 2);
        if (dto.Payments.Count == 0)
        {
            builder.Paragraph(T("No payments yet."));
        }
        else
        {
            builder.Table(t => t
                .Column(T("Received on"), 1.4f).Column(T("Amount"), 1, ColumnAlign.Right).Column(T("Interest"), 1, ColumnAlign.Right).Column(T("Principal"), 1, ColumnAlign.Right)
                .Rows(dto.Payments, p => [Formats.Day(p.ReceivedOn), Money.Format(p.Amount), Money.Format(p.ToInterest), Money.Format(p.ToPrincipal)])
                .Totals(T("Total"), Money.Format(dto.Payments.Sum(p => p.Amount)), Money.Format(dto.Payments.Sum(p => p.ToInterest)), Money.Format(dto.Payments.Sum(p => p.ToPrincipal))));
        }

        if (dto.Arrears > 0 && dto.OverdueSince is { } since)
        {
            builder.Paragraph(T("{0} fell due and is unpaid, the oldest part since {1}.", Money.Format(dto.Arrears), Formats.LongDay(since)));
        }

        return new LoanPdfFile(renderer.Render(builder.Build()), $"loan-{loan.Id}-statement-{today:yyyy-MM-dd}.pdf");
    }

    private static string StatusWord(LoanStatus status) => status switch
    {
        LoanStatus.Repaid => "Repaid",
        LoanStatus.WrittenOff => "Written off",
        _ => "Repaying",
    };
}
