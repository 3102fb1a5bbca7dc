using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Domain.Impact;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Impact;

public enum BoardReportOutcome
{
    Sent = 1,
    AlreadyDone = 2,
    Unchanged = 3,
}

public sealed record BoardReportResult(string Month, BoardReportOutcome Outcome, int Emailed);

/// <summary>
/// Monthly (scheduled for the month just ended): builds the board report and, unless its figures are exactly those of
/// the last report sent (then nothing is stored or sent), stores it — one per month, so a rerun or a second node finds
/// it and does nothing — and emails it to the board through the outbox: the holders of board seats in office on the
/// month's last day (at their roster address) and the configured addresses.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunBoardReport(int Year, int Month) : ICommand<BoardReportResult>
{
    public const string JobName = "board-monthly-report";
}

public sealed class RunBoardReportValidator : AbstractValidator<RunBoardReport>
{
    public RunBoardReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month between 1 and 12.");
    }
}

public sealed class RunBoardReportHandler(
    IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app, IOptions<ImpactOptions> options)
    : IRequestHandler<RunBoardReport, BoardReportResult>
{
    public async Task<BoardReportResult> Handle(RunBoardReport request, CancellationToken cancellationToken)
    {
        var key = $"{request.Year:D4}-{request.Month:D2}";
        if (await db.BoardReports.AnyAsync(r => r.Month == key, cancellationToken))
        {
            return new BoardReportResult(key, BoardReportOutcome.AlreadyDone, 0);
        }

        var now = clock.UtcNow;
        var run = await JobRuns.ClaimAsync(db, RunBoardReport.JobName, key, now, cancellationToken);
        var figures = await BoardReportData.LoadAsync(db, clock, request.Year, request.Month, cancellationToken);
        var hash = figures.Hash();
        var previous = await db.BoardReports.AsNoTracking().Where(r => string.Compare(r.Month, key) < 0)
            .OrderByDescending(r => r.Month).Select(r => new { r.Month, r.FiguresHash }).FirstOrDefaultAsync(cancellationToken);
        if (previous?.FiguresHash == hash)
        {
            run.Succeed(clock.UtcNow, 0, 0, $"Figures for {key} unchanged since the report for {previous.Month}: nothing sent.");
            return new BoardReportResult(key, BoardReportOutcome.Unchanged, 0);
        }

        var pdf = renderer.Render(BoardReportData.Document(figures, app.Value.AllianceName, clock.ToLocal(now)));
        var recipients = await BoardAsync(figures, cancellationToken);
        db.BoardReports.Add(new BoardReport(key, hash, pdf, recipients.Count, now));
        foreach (var (email, name) in recipients)
        {
            db.OutboxMessages.Add(new OutboxMessage(email, $"Board report, {figures.MonthName}",
                    $"Dear {name},\n\nAttached is the board report for {figures.MonthName}: dues, benefits, assistance, mentoring, " +
                    $"the loan fund, upcoming events and open commitments.\n\nStaff can download past reports from the impact page: " +
                    $"{app.Value.PublicBaseUrl.TrimEnd('/')}/Reports/Impact\n", now)
                .Attach(BoardReportData.FileName(key), "application/pdf", pdf));
        }

        run.Succeed(clock.UtcNow, 1, recipients.Count, $"Board report for {key} stored and emailed to {recipients.Count}.");
        return new BoardReportResult(key, BoardReportOutcome.Sent, recipients.Count);
    }

    /// <summary>The board on the month's last day: seat holders in office with an address on their roster entry, and the configured addresses.</summary>
    private async Task<List<(string Email, string Name)>> BoardAsync(BoardReportFigures figures, CancellationToken ct)
    {
        var last = new DateOnly(figures.Year, figures.Month, 1).AddMonths(1).AddDays(-1);
        var holders = await db.BoardSeats.AsNoTracking()
            .Where(s => s.PersonId != null && s.TermStart <= last && s.TermEnd >= last)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Email, s.HolderName })
            .Where(x => x.Email != null)
            .ToListAsync(ct);
        return holders.Select(h => (h.Email!, h.HolderName))
            .Concat(options.Value.BoardEmails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => (e.Trim(), "member of the board")))
            .DistinctBy(r => r.Item1, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
