using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

public sealed record MonthlyAssistanceReportResult(string Month, bool AlreadyDone, int Emails);

/// <summary>
/// The monthly job's work: builds last month's activity report (the month before <see cref="Today"/>), stores it and
/// puts one email per staff address, with the PDF attached, in the outbox — all in one transaction. The stored
/// report's month is unique, so a second run finds it and does nothing, and two nodes racing cannot both commit.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SendMonthlyAssistanceReport(DateOnly Today) : ICommand<MonthlyAssistanceReportResult>
{
    public const string JobName = "assistance-report";
}

public sealed class SendMonthlyAssistanceReportHandler(IAppDbContext db, IMediator mediator, AssistanceNotifier notifier, TimeProvider clock,
    IOptions<AppOptions> app) : IRequestHandler<SendMonthlyAssistanceReport, MonthlyAssistanceReportResult>
{
    public async Task<MonthlyAssistanceReportResult> Handle(SendMonthlyAssistanceReport request, CancellationToken cancellationToken)
    {
        var month = new DateOnly(request.Today.Year, request.Today.Month, 1).AddMonths(-1);
        var build = new BuildAssistanceReport(month.Year, month.Month);
        if (await db.AssistanceReports.AnyAsync(x => x.Month == build.Key, cancellationToken))
        {
            return new MonthlyAssistanceReportResult(build.Key, true, 0);
        }

        var now = clock.GetUtcNow();
        var pdf = await mediator.Send(build, cancellationToken);
        db.AssistanceReports.Add(new AssistanceReport(build.Key, build.From, build.To, now, pdf.Data));

        var monthName = month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        var to = await notifier.StaffAddressesAsync(cancellationToken);
        foreach (var address in to.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            db.OutboxMessages.Add(new OutboxMessage(address, $"Technical assistance activity, {monthName}",
                    $"The technical assistance activity report for {monthName} is attached: requests opened and resolved, hours, " +
                    $"SLAs and ratings.\n\nPast reports: {app.Value.PublicBaseUrl.TrimEnd('/')}/Assistance/Reports\n", now)
                .Attach(pdf.FileName, "application/pdf", pdf.Data));
        }

        var run = new JobRun(SendMonthlyAssistanceReport.JobName, build.Key, now);
        run.Succeed(now, 1, 1, $"Report for {monthName} stored and emailed to {to.Count} staff address{(to.Count == 1 ? "" : "es")}.");
        db.JobRuns.Add(run);
        return new MonthlyAssistanceReportResult(build.Key, false, to.Count);
    }
}

public sealed record AssistanceReportSummary(int Id, string Month, DateOnly From, DateOnly To, DateTimeOffset CreatedAt, long SizeBytes);

/// <summary>The stored monthly reports, newest first (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListAssistanceReports : IRequest<IReadOnlyList<AssistanceReportSummary>>;

public sealed class ListAssistanceReportsHandler(IAppDbContext db) : IRequestHandler<ListAssistanceReports, IReadOnlyList<AssistanceReportSummary>>
{
    public async Task<IReadOnlyList<AssistanceReportSummary>> Handle(ListAssistanceReports request, CancellationToken cancellationToken) =>
        await db.AssistanceReports.AsNoTracking().OrderByDescending(r => r.Month)
            .Select(r => new AssistanceReportSummary(r.Id, r.Month, r.From, r.To, r.CreatedAt, r.SizeBytes)).ToListAsync(cancellationToken);
}

/// <summary>A stored monthly report's PDF, exactly as it was emailed (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record GetStoredAssistanceReport(string Month) : IRequest<ReportPdf>;

public sealed class GetStoredAssistanceReportHandler(IAppDbContext db) : IRequestHandler<GetStoredAssistanceReport, ReportPdf>
{
    public async Task<ReportPdf> Handle(GetStoredAssistanceReport request, CancellationToken cancellationToken)
    {
        var pdf = await db.AssistanceReports.AsNoTracking().Where(r => r.Month == request.Month).Select(r => r.Pdf).FirstOrDefaultAsync(cancellationToken)
                  ?? throw new Common.Exceptions.NotFoundException("Assistance report", request.Month);
        return new ReportPdf($"technical-assistance-{request.Month}.pdf", pdf);
    }
}
