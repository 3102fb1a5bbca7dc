using System.Globalization;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Dues;

public sealed record DuesSummaryDto(int Id, string Month, string MonthName, DateOnly AsOf, decimal Billed, decimal Collected, decimal Credited,
    decimal Outstanding, AgingBuckets Aging, int CoopsOwing, string GeneratedBy, DateTimeOffset GeneratedAt, int PdfBytes, bool AlreadyExisted = false);

/// <summary>
/// The treasurer's summary of one month (default: the month before today): billed (invoices issued in the month and
/// not voided by its end), collected (payments received in it), credited, and — as of its last day — what is
/// outstanding, its aging and the largest balances, with a bar chart. Stored once per month (unique key) with its
/// PDF, and emailed with the PDF to every staff member with the Treasurer role, in the same transaction. Asking
/// again for a month already summarised returns the stored summary and sends nothing.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GenerateDuesSummary(string Month) : ICommand<DuesSummaryDto>;

public sealed class GenerateDuesSummaryValidator : AbstractValidator<GenerateDuesSummary>
{
    public GenerateDuesSummaryValidator(AllianceClock clock) =>
        RuleFor(x => x.Month).Must(m => DuesSummaryMonths.TryParse(m, out var p) && p.Start <= clock.Today)
            .WithMessage("Choose a month that has begun, written as 2027-01.");
}

public sealed class GenerateDuesSummaryHandler(IAppDbContext db, AllianceClock clock, ICurrentUser user, IPdfRenderer renderer,
    IIdentityService identity, IOptions<AppOptions> app) : IRequestHandler<GenerateDuesSummary, DuesSummaryDto>
{
    public const int TopBalances = 10;

    public async Task<DuesSummaryDto> Handle(GenerateDuesSummary request, CancellationToken cancellationToken)
    {
        DuesSummaryMonths.TryParse(request.Month, out var month);
        var existing = await db.DuesMonthlySummaries.AsNoTracking().FirstOrDefaultAsync(s => s.Month == month.Key, cancellationToken);
        if (existing is not null)
        {
            return DuesSummaryMapping.ToDto(existing) with { AlreadyExisted = true };
        }

        var now = clock.UtcNow;
        var asOf = month.End;
        var (billed, collected, credited, position, pdf) = await DuesSummaryBuilder.BuildAsync(db, renderer, clock, app.Value.AllianceName, month, cancellationToken);
        var summary = new DuesMonthlySummary(month.Key, asOf, billed, collected, credited, position.Outstanding, position.Aging.Days0To30,
            position.Aging.Days31To60, position.Aging.Days61To90, position.Aging.Over90, position.CoopsOwing, pdf, user.Name, now);
        db.DuesMonthlySummaries.Add(summary);

        var treasurers = (await identity.ListAsync(null, cancellationToken)).Where(u => u.Roles.Contains(Roles.Treasurer) && !u.IsDisabled).ToList();
        var fileName = $"dues-summary-{month.Key}.pdf";
        foreach (var treasurer in treasurers)
        {
            var body = $"""
                        Hello {treasurer.FullName},

                        The dues summary for {month.Describe()} is attached.
                        Billed {Money.Format(billed)}, collected {Money.Format(collected)}, credited {Money.Format(credited)};
                        {Money.Format(position.Outstanding)} outstanding from {position.CoopsOwing} co-op{(position.CoopsOwing == 1 ? "" : "s")} on {DuesStatement.Day(asOf)}.

                        It stays downloadable under Dues › Monthly summaries: {app.Value.PublicBaseUrl.TrimEnd('/')}/Dues/Summaries

                        {app.Value.AllianceName}
                        """;
            db.OutboxMessages.Add(new OutboxMessage(treasurer.Email, $"Dues summary for {month.Describe()}", body, now)
                .Attach(fileName, "application/pdf", pdf));
        }

        await db.SaveChangesAsync(cancellationToken);
        return DuesSummaryMapping.ToDto(summary);
    }

    public static ReportDocument Compose(string allianceName, BillingPeriod month, decimal billed, decimal collected, decimal credited,
        DuesPositionDto position, DateTimeOffset now)
    {
        var aging = position.Aging;
        string Share(decimal part) => aging.Total == 0 ? "–" : (part / aging.Total).ToString("0%", CultureInfo.InvariantCulture);
        var b = new ReportBuilder($"Dues summary for {month.Describe()}")
            .Letterhead(allianceName, "Western Massachusetts and Southern Vermont", "Monthly dues summary for the treasurer")
            .Footer($"Dues summary, {month.Describe()} · balances as of {DuesStatement.Day(position.AsOf)}")
            .Metadata(author: allianceName, subject: $"Dues summary for {month.Describe()}", keywords: $"dues, summary, {month.Key}", createdAt: now)
            .Heading("The month", 2)
            .KeyValues(
                ("Billed", Money.Format(billed)),
                ("Collected", Money.Format(collected)),
                ("Credited", Money.Format(credited)),
                ("Outstanding", Money.Format(position.Outstanding)),
                ("Co-ops owing", position.CoopsOwing.ToString(CultureInfo.InvariantCulture)),
                ("Credit held for co-ops", Money.Format(position.CreditHeld)))
            .Paragraph($"Billed counts the invoices issued in {month.Describe()} and not voided by its end; collected, the payments received in it. " +
                       $"Outstanding and aging are as of {DuesStatement.Day(position.AsOf)}, by days past the due date (an invoice not yet due counts in 0–30).")
            .Heading("Aging", 2)
            .Table(t => t.Column("Days past due", 3).Column("Outstanding", 2, ColumnAlign.Right).Column("Share", 1, ColumnAlign.Right)
                .Row("0–30", Money.Format(aging.Days0To30), Share(aging.Days0To30))
                .Row("31–60", Money.Format(aging.Days31To60), Share(aging.Days31To60))
                .Row("61–90", Money.Format(aging.Days61To90), Share(aging.Days61To90))
                .Row("90+", Money.Format(aging.Over90), Share(aging.Over90))
                .Totals("Total", Money.Format(aging.Total), aging.Total == 0 ? "–" : "100%"))
            .Heading("Top balances", 2);
        if (position.TopBalances.Count == 0)
        {
            b.Paragraph("No co-op owes anything.");
        }
        else
        {
            b.BarChart($"The {position.TopBalances.Count} largest balances", position.TopBalances.Select(t => new Bar(t.Name, t.Balance, Money.Format(t.Balance))), "$#,##0.00")
                .Table(t => t.Column("Co-op", 4).Column("Balance", 2, ColumnAlign.Right).Column("Days overdue", 1, ColumnAlign.Right)
                    .Rows(position.TopBalances, x => [x.Name, Money.Format(x.Balance), x.DaysOverdue.ToString(CultureInfo.InvariantCulture)]));
        }

        return b.Build();
    }
}

/// <summary>
/// One month's figures and PDF, the same whenever they are made after the month ended: the figures are as of its last
/// day, and the PDF is dated the start of the next day (not the moment it was drawn), so the summary made on demand
/// and the one the job stores are the same bytes.
/// </summary>
internal static class DuesSummaryBuilder
{
    public static async Task<(decimal Billed, decimal Collected, decimal Credited, DuesPositionDto Position, byte[] Pdf)> BuildAsync(
        IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, string allianceName, BillingPeriod month, CancellationToken cancellationToken)
    {
        var (start, end) = (month.Start, month.End);
        // Dues billed: group benefit premiums share the account (and so its position and payments) but are not dues.
        var billed = await db.Invoices.AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Dues && i.IssuedOn >= start && i.IssuedOn <= end && (i.VoidedOn == null || i.VoidedOn > end)).SumAsync(i => i.Total, cancellationToken);
        var collected = await db.Payments.AsNoTracking().Where(p => p.ReceivedOn >= start && p.ReceivedOn <= end).SumAsync(p => p.Amount, cancellationToken);
        var credited = await db.DuesCredits.AsNoTracking().Where(c => c.On >= start && c.On <= end).SumAsync(c => c.Amount, cancellationToken);
        var position = await DuesPositions.ComputeAsync(db, end, GenerateDuesSummaryHandler.TopBalances, cancellationToken);
        var document = GenerateDuesSummaryHandler.Compose(allianceName, month, billed, collected, credited, position, clock.StartOf(end.AddDays(1)));
        return (billed, collected, credited, position, renderer.Render(document));
    }
}

/// <summary>The monthly job's request: summarise the month before today's.</summary>
[Authorize(Roles.Staff)]
public sealed record RunMonthlyDuesSummary(DateOnly Today) : IRequest<DuesSummaryDto>;

public sealed class RunMonthlyDuesSummaryHandler(IMediator mediator) : IRequestHandler<RunMonthlyDuesSummary, DuesSummaryDto>
{
    public Task<DuesSummaryDto> Handle(RunMonthlyDuesSummary request, CancellationToken cancellationToken)
    {
        var previous = BillingPeriod.Containing(BillingFrequency.Monthly, request.Today).Start.AddDays(-1);
        return mediator.Send(new GenerateDuesSummary(BillingPeriod.Containing(BillingFrequency.Monthly, previous).Key), cancellationToken);
    }
}

/// <summary>Every stored monthly summary, the latest first.</summary>
[Authorize(Roles.Staff)]
public sealed record ListDuesSummaries : IRequest<IReadOnlyList<DuesSummaryDto>>;

public sealed class ListDuesSummariesHandler(IAppDbContext db) : IRequestHandler<ListDuesSummaries, IReadOnlyList<DuesSummaryDto>>
{
    public async Task<IReadOnlyList<DuesSummaryDto>> Handle(ListDuesSummaries request, CancellationToken cancellationToken)
    {
        var rows = await db.DuesMonthlySummaries.AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.Month,
                s.AsOf,
                s.Billed,
                s.Collected,
                s.Credited,
                s.Outstanding,
                s.Aging0To30,
                s.Aging31To60,
                s.Aging61To90,
                s.AgingOver90,
                s.CoopsOwing,
                s.GeneratedBy,
                s.GeneratedAt,
                Bytes = s.Pdf.Length,
            })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(s => s.Month, StringComparer.Ordinal)
            .Select(s => new DuesSummaryDto(s.Id, s.Month, BillingPeriod.Parse(s.Month).Describe(), s.AsOf, s.Billed, s.Collected, s.Credited, s.Outstanding,
                new AgingBuckets(s.Aging0To30, s.Aging31To60, s.Aging61To90, s.AgingOver90), s.CoopsOwing, s.GeneratedBy, s.GeneratedAt, s.Bytes))
            .ToList();
    }
}

/// <summary>
/// One month's summary as a PDF (staff): the stored one as emailed, or — for a month that has ended but whose summary
/// the job has not stored yet — the same document made now (nothing is stored or sent). A month not over yet is 404.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetDuesSummaryPdf(string Month) : IRequest<PdfFile>;

public sealed class GetDuesSummaryPdfHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<GetDuesSummaryPdf, PdfFile>
{
    public async Task<PdfFile> Handle(GetDuesSummaryPdf request, CancellationToken cancellationToken)
    {
        if (!DuesSummaryMonths.TryParse(request.Month, out var month))
        {
            throw new NotFoundException("Dues summary", request.Month);
        }

        var pdf = await db.DuesMonthlySummaries.AsNoTracking().Where(s => s.Month == month.Key).Select(s => s.Pdf).FirstOrDefaultAsync(cancellationToken);
        if (pdf is null)
        {
            if (month.End >= clock.Today)
            {
                throw new NotFoundException("Dues summary", request.Month);
            }

            pdf = (await DuesSummaryBuilder.BuildAsync(db, renderer, clock, app.Value.AllianceName, month, cancellationToken)).Pdf;
        }

        return new PdfFile($"dues-summary-{month.Key}.pdf", pdf);
    }
}

public static class DuesSummaryMonths
{
    public static bool TryParse(string? month, out BillingPeriod period) =>
        BillingPeriod.TryParse(month, out period) && period.Frequency == BillingFrequency.Monthly;
}

internal static class DuesSummaryMapping
{
    public static DuesSummaryDto ToDto(DuesMonthlySummary s) =>
        new(s.Id, s.Month, BillingPeriod.Parse(s.Month).Describe(), s.AsOf, s.Billed, s.Collected, s.Credited, s.Outstanding,
            new AgingBuckets(s.Aging0To30, s.Aging31To60, s.Aging61To90, s.AgingOver90), s.CoopsOwing, s.GeneratedBy, s.GeneratedAt, s.Pdf.Length);
}
