using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Financing;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using CoopAlliance.Domain.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Impact;

public sealed record BoardEventLine(string Title, DateOnly On);

/// <summary>
/// The month's figures for the board, each from the records:
/// dues — dues invoiced and collected in the month, and dues outstanding at its end (dues invoices issued by then less
/// the payments and credits against them, unallocated payments and credits counting as dues);
/// benefits — workers with an enrolment in force on the month's last day, and premiums invoiced in the month;
/// assistance — requests opened and resolved in the month, open at its end, and SLA breaches flagged in it;
/// mentoring — developing co-ops not yet graduated, by stage;
/// loan fund — its position at month end and what was disbursed and repaid in the month;
/// events — published events starting in the two months after it; commitments still open (not started, in progress, stalled).
/// </summary>
public sealed record BoardReportFigures(
    int Year,
    int Month,
    decimal DuesInvoiced,
    decimal DuesCollected,
    decimal DuesOutstanding,
    int BenefitsEnrolled,
    decimal PremiumsInvoiced,
    int AssistanceOpened,
    int AssistanceResolved,
    int AssistanceOpen,
    int SlaBreaches,
    IReadOnlyList<(string Stage, int Coops)> MentoringPipeline,
    decimal FundCash,
    decimal FundOutstandingPrincipal,
    decimal LoansDisbursed,
    decimal LoanRepayments,
    IReadOnlyList<BoardEventLine> UpcomingEvents,
    int OpenCommitments)
{
    public string Key => $"{Year:D4}-{Month:D2}";
    public string MonthName => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// SHA-256 of every figure in a fixed order, without the month itself: a month whose figures equal the last report's
    /// hashes the same, and the job does not send the board the same report twice.
    /// </summary>
    public string Hash()
    {
        var text = string.Join("|",
            new object[] { DuesInvoiced, DuesCollected, DuesOutstanding, BenefitsEnrolled, PremiumsInvoiced, AssistanceOpened, AssistanceResolved,
                AssistanceOpen, SlaBreaches, FundCash, FundOutstandingPrincipal, LoansDisbursed, LoanRepayments, OpenCommitments }
                .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))
                .Concat(MentoringPipeline.Select(p => $"{p.Stage}={p.Coops}"))
                .Concat(UpcomingEvents.Select(e => $"{e.Title}@{e.On:yyyy-MM-dd}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }
}

internal static class BoardReportData
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static async Task<BoardReportFigures> LoadAsync(IAppDbContext db, AllianceClock clock, int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var start = clock.StartOf(first);
        var end = clock.StartOf(first.AddMonths(1));
        bool In(DateTimeOffset at) => at >= start && at < end;

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.VoidedOn == null && i.IssuedOn <= last)
            .Select(i => new { i.Id, i.Kind, i.IssuedOn, i.Total }).ToListAsync(ct);
        var kinds = invoices.ToDictionary(i => i.Id, i => i.Kind);
        bool IsDues(int? invoiceId) => invoiceId is not { } id || !kinds.TryGetValue(id, out var kind) || kind == InvoiceKind.Dues;
        var payments = (await db.Payments.AsNoTracking().Where(p => p.ReceivedOn <= last)
            .Select(p => new { p.InvoiceId, p.ReceivedOn, p.Amount }).ToListAsync(ct)).Where(p => IsDues(p.InvoiceId)).ToList();
        var credits = (await db.DuesCredits.AsNoTracking().Where(c => c.On <= last)
            .Select(c => new { c.InvoiceId, c.Amount }).ToListAsync(ct)).Where(c => IsDues(c.InvoiceId)).ToList();
        var dues = invoices.Where(i => i.Kind == InvoiceKind.Dues).ToList();

        var enrolled = await db.Elections.AsNoTracking()
            .Where(e => e.Choice == ElectionChoice.Enroll && e.EffectiveOn <= last && (e.EndsOn == null || e.EndsOn >= last))
            .Select(e => e.MemberId).Distinct().CountAsync(ct);

        var requests = (await db.AssistanceRequests.AsNoTracking().Select(r => new { r.SubmittedAt, r.ResolvedAt, r.Status }).ToListAsync(ct)).ToList();
        var breaches = (await db.SlaAlerts.AsNoTracking()
            .Where(a => a.Threshold == SlaThreshold.FirstResponseBreached || a.Threshold == SlaThreshold.ResolutionBreached)
            .Select(a => a.At).ToListAsync(ct)).Count(In);

        var pipeline = (await db.DevelopingCoops.AsNoTracking().Where(d => d.GraduatedCooperativeId == null)
                .GroupBy(d => d.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderBy(g => g.Stage).Select(g => (g.Stage.Describe(), g.Count)).ToList();

        var (fund, loans) = await Fund.LoadAsync(db, last, ct);

        var soon = last.AddMonths(2).AddDays(1).ToDateTime(TimeOnly.MinValue);
        var after = last.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var upcoming = (await db.Events.AsNoTracking()
                .Where(e => e.Status == EventStatus.Published && e.StartsAt >= after && e.StartsAt < soon)
                .OrderBy(e => e.StartsAt).Select(e => new { e.Title, e.StartsAt }).ToListAsync(ct))
            .Select(e => new BoardEventLine(e.Title, DateOnly.FromDateTime(e.StartsAt))).ToList();
        var openCommitments = await db.Commitments.AsNoTracking()
            .CountAsync(c => c.Status == CommitmentStatus.NotStarted || c.Status == CommitmentStatus.InProgress || c.Status == CommitmentStatus.Stalled, ct);

        return new BoardReportFigures(year, month,
            DuesInvoiced: dues.Where(i => i.IssuedOn >= first).Sum(i => i.Total),
            DuesCollected: payments.Where(p => p.ReceivedOn >= first).Sum(p => p.Amount),
            DuesOutstanding: Math.Max(0, dues.Sum(i => i.Total) - payments.Sum(p => p.Amount) - credits.Sum(c => c.Amount)),
            BenefitsEnrolled: enrolled,
            PremiumsInvoiced: invoices.Where(i => i.Kind == InvoiceKind.BenefitPremium && i.IssuedOn >= first).Sum(i => i.Total),
            AssistanceOpened: requests.Count(r => In(r.SubmittedAt)),
            AssistanceResolved: requests.Count(r => r.ResolvedAt is { } at && In(at)),
            AssistanceOpen: requests.Count(r => r.SubmittedAt < end && (r.ResolvedAt is not { } at || at >= end) && r.Status != AssistanceStatus.Closed),
            SlaBreaches: breaches,
            MentoringPipeline: pipeline,
            FundCash: fund.CashAvailable,
            FundOutstandingPrincipal: fund.OutstandingPrincipal,
            LoansDisbursed: loans.Where(l => l.DisbursedOn >= first && l.DisbursedOn <= last).Sum(l => l.Principal),
            LoanRepayments: loans.SelectMany(l => l.Payments).Where(p => p.ReceivedOn >= first && p.ReceivedOn <= last).Sum(p => p.Amount),
            UpcomingEvents: upcoming,
            OpenCommitments: openCommitments);
    }

    private static string Money(decimal amount) => amount.ToString("$#,##0.00", Us);

    public static ReportDocument Document(BoardReportFigures f, string allianceName, DateTimeOffset createdAt)
    {
        var builder = new ReportBuilder($"Board report, {f.MonthName}")
            .Letterhead(allianceName, "Monthly report to the board")
            .Footer($"Board report for {f.MonthName}, made {createdAt:MMMM d, yyyy}")
            .Metadata(author: allianceName, subject: $"Board report, {f.MonthName}", keywords: "board, dues, benefits, assistance, loan fund", createdAt: createdAt)
            .Heading("Dues", 2)
            .KeyValues(("Dues invoiced", Money(f.DuesInvoiced)), ("Dues collected", Money(f.DuesCollected)), ("Dues outstanding at month end", Money(f.DuesOutstanding)))
            .Heading("Group benefits", 2)
            .KeyValues(("Workers enrolled at month end", f.BenefitsEnrolled.ToString("#,##0", Us)), ("Premiums invoiced", Money(f.PremiumsInvoiced)))
            .Heading("Technical assistance", 2)
            .KeyValues(("Requests opened", f.AssistanceOpened.ToString(Us)), ("Requests resolved", f.AssistanceResolved.ToString(Us)),
                ("Open at month end", f.AssistanceOpen.ToString(Us)), ("SLA breaches", f.SlaBreaches.ToString(Us)))
            .Heading("Mentoring pipeline", 2);
        builder = f.MentoringPipeline.Count == 0
            ? builder.Paragraph("No developing co-ops in the pipeline.")
            : builder.BarChart("Developing co-ops by stage", f.MentoringPipeline.Select(p => new Bar(p.Stage, p.Coops)), "#,##0");
        builder.Heading("Loan fund", 2)
            .KeyValues(("Cash available", Money(f.FundCash)), ("Principal outstanding", Money(f.FundOutstandingPrincipal)),
                ("Disbursed this month", Money(f.LoansDisbursed)), ("Repaid this month", Money(f.LoanRepayments)))
            .Heading("Events and commitments", 2);
        builder = f.UpcomingEvents.Count == 0
            ? builder.Paragraph("No events in the next two months.")
            : builder.Table(t => t.Column("Upcoming event", 4).Column("Date", 2)
                .Rows(f.UpcomingEvents, e => [e.Title, e.On.ToString("MMMM d, yyyy", Us)]));
        return builder.Paragraph($"Open commitments from our events: {f.OpenCommitments.ToString(Us)}.").Build();
    }

    public static string FileName(string key) => $"board-report-{key}.pdf";
}
