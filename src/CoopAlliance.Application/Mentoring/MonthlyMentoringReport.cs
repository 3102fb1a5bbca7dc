using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Mentoring;

public sealed record MentorLoadLine(string MentorName, int ActiveMatches, int Capacity)
{
    /// <summary>Load against capacity, 0–1 (a mentor with matches but no capacity counts as full).</summary>
    public decimal LoadShare => Capacity > 0 ? Math.Min(1m, ActiveMatches / (decimal)Capacity) : ActiveMatches > 0 ? 1m : 0m;
}

public sealed record CoopSessionsLine(string CoopName, int Sessions, int Minutes)
{
    /// <summary>This co-op's share of the month's hours, apportioned so the co-ops' hours add up to the total (<see cref="HoursInTenths"/>).</summary>
    public decimal Hours { get; init; }
}

/// <summary>
/// The month's mentoring in numbers, each traceable to its records:
/// active matches — matches active on at least one day of the month;
/// sessions and hours — sessions held in the month;
/// stage advancements — stage changes in the month to a later stage than the co-op was at;
/// co-ops launched — advancements that took a co-op from before launch to launch or beyond;
/// mentors' load — each mentor's matches active on the month's last day, against their capacity.
/// </summary>
public sealed record MentoringReportFigures(
    int Year,
    int Month,
    int ActiveMatches,
    int Sessions,
    int SessionMinutes,
    int StageAdvancements,
    IReadOnlyList<string> CoopsLaunched,
    IReadOnlyList<MentorLoadLine> MentorLoad,
    IReadOnlyList<CoopSessionsLine> SessionsByCoop)
{
    /// <summary>The minutes of all sessions, rounded once to tenths of an hour (the co-ops' hours add up to it).</summary>
    public decimal Hours => HoursInTenths.Total(SessionMinutes);
    public string Key => $"{Year:D4}-{Month:D2}";
    public string MonthName => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>The month's figures (staff): what the monthly report prints.</summary>
[Authorize(Roles.Staff)]
public sealed record GetMentoringReportFigures(int Year, int Month) : IRequest<MentoringReportFigures>;

public sealed class GetMentoringReportFiguresValidator : AbstractValidator<GetMentoringReportFigures>
{
    public GetMentoringReportFiguresValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month between 1 and 12.");
    }
}

public sealed class GetMentoringReportFiguresHandler(IAppDbContext db, AllianceClock clock) : IRequestHandler<GetMentoringReportFigures, MentoringReportFigures>
{
    public Task<MentoringReportFigures> Handle(GetMentoringReportFigures request, CancellationToken cancellationToken) =>
        MentoringReportData.LoadAsync(db, clock, request.Year, request.Month, cancellationToken);
}

internal static class MentoringReportData
{
    public static async Task<MentoringReportFigures> LoadAsync(IAppDbContext db, AllianceClock clock, int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        // The month as the alliance lives it: from local midnight on the 1st to local midnight on the next 1st.
        var from = clock.StartOf(first);
        var to = clock.StartOf(first.AddMonths(1));

        // Started on or before the last day, not ended before the first (completed and ended matches keep their dates).
        var matches = await db.MentorMatches.AsNoTracking()
            .Where(m => m.StartedOn != null && m.StartedOn <= last && (m.EndedOn == null || m.EndedOn >= first))
            .Select(m => new { m.MentorId, m.EndedOn })
            .ToListAsync(ct);

        var sessions = await db.MentoringSessions.AsNoTracking()
            .Where(s => s.HeldOn >= first && s.HeldOn <= last)
            .Join(db.DevelopingCoops, s => s.DevelopingCoopId, c => c.Id, (s, c) => new { c.Name, s.Minutes })
            .ToListAsync(ct);

        // Each stage change up to the month's end, in order per co-op, so "forward" compares with the stage before.
        var changes = (await db.DevelopmentEvents.AsNoTracking()
                .Where(e => e.Kind == DevelopmentEventKind.StageChanged && e.Stage != null)
                .Join(db.DevelopingCoops, e => e.DevelopingCoopId, c => c.Id, (e, c) => new { e.Id, e.DevelopingCoopId, c.Name, e.Stage, e.At })
                .ToListAsync(ct))
            .Where(e => e.At < to)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .ToList();
        var advancements = 0;
        var launched = new List<string>();
        foreach (var coop in changes.GroupBy(e => e.DevelopingCoopId))
        {
            var before = DevelopmentStage.Idea;
            foreach (var change in coop)
            {
                var stage = change.Stage!.Value;
                if (change.At >= from && stage > before)
                {
                    advancements++;
                    if (before < DevelopmentStage.Launch && stage >= DevelopmentStage.Launch)
                    {
                        launched.Add(change.Name);
                    }
                }

                before = stage;
            }
        }

        var mentors = await db.Mentors.AsNoTracking().Select(m => new { m.Id, m.FullName, m.Capacity }).ToListAsync(ct);
        var openAtEnd = matches.Where(m => m.EndedOn == null || m.EndedOn >= last).GroupBy(m => m.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var load = mentors
            .Select(m => new MentorLoadLine(m.FullName, openAtEnd.GetValueOrDefault(m.Id), m.Capacity))
            .Where(l => l.ActiveMatches > 0 || l.Capacity > 0)
            .OrderByDescending(l => l.ActiveMatches).ThenBy(l => l.MentorName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var byCoop = sessions.GroupBy(s => s.Name).Select(g => new CoopSessionsLine(g.Key, g.Count(), g.Sum(x => x.Minutes)))
            .OrderBy(l => l.CoopName, StringComparer.OrdinalIgnoreCase).ToList();
        var hours = HoursInTenths.Parts(byCoop.Select(l => l.Minutes).ToList());
        return new MentoringReportFigures(year, month, matches.Count, sessions.Count, sessions.Sum(s => s.Minutes), advancements,
            launched.Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList(), load,
            byCoop.Select((l, i) => l with { Hours = hours[i] }).ToList());
    }

    public static ReportDocument Document(MentoringReportFigures f, string allianceName, DateTimeOffset createdAt)
    {
        var us = CultureInfo.GetCultureInfo("en-US");
        var builder = new ReportBuilder($"Mentoring report, {f.MonthName}")
            .Letterhead(allianceName, "Mentoring and new co-op development")
            .Footer($"Monthly mentoring report for {f.MonthName}, made {createdAt:MMMM d, yyyy}")
            .Metadata(author: allianceName, subject: $"Mentoring, {f.MonthName}", keywords: "mentoring, developing co-ops", createdAt: createdAt)
            .KeyValues(
                ("Active matches", f.ActiveMatches.ToString(us)),
                ("Sessions", f.Sessions.ToString(us)),
                ("Hours of mentoring", f.Hours.ToString("0.0", us)),
                ("Stage advancements", f.StageAdvancements.ToString(us)),
                ("Co-ops launched", f.CoopsLaunched.Count.ToString(us)))
            .Paragraph(f.CoopsLaunched.Count == 0 ? "No co-op launched this month." : "Launched: " + string.Join(", ", f.CoopsLaunched) + ".")
            .Heading("Sessions by developing co-op", 2);
        builder = f.SessionsByCoop.Count == 0
            ? builder.Paragraph("No sessions were logged this month.")
            : builder.Table(t => t.Column("Developing co-op", 3).Column("Sessions", 1, ColumnAlign.Right).Column("Hours", 1, ColumnAlign.Right)
                .Rows(f.SessionsByCoop, l => [l.CoopName, l.Sessions.ToString(us), l.Hours.ToString("0.0", us)])
                .Totals("Total", f.Sessions.ToString(us), f.Hours.ToString("0.0", us)));
        builder = builder.Heading("Mentors' load", 2);
        return (f.MentorLoad.Count == 0
                ? builder.Paragraph("No mentors yet.")
                // Each bar is the mentor's load against their own capacity: "1 of 2" is half full, "1 of 3" a third.
                : builder.BarChart($"Active matches per mentor against their capacity on {new DateOnly(f.Year, f.Month, 1).AddMonths(1).AddDays(-1):MMMM d}",
                    f.MentorLoad.Select(l => new Bar(l.MentorName, l.LoadShare, $"{l.ActiveMatches} of {l.Capacity}")), fullScale: 1m))
            .Build();
    }

    public static string FileName(MentoringReportFigures f) => $"mentoring-report-{f.Key}.pdf";
}

public sealed record MonthlyMentoringReportResult(string Month, bool AlreadyDone, int Emailed);

/// <summary>
/// Monthly (scheduled for the month just ended): builds the report, stores it (one per month — a second run or a
/// second node finds it and does nothing) and emails it to every staff login as a PDF attachment, through the outbox.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record RunMonthlyMentoringReport(int Year, int Month) : ICommand<MonthlyMentoringReportResult>
{
    public const string JobName = "mentoring-monthly-report";
}

public sealed class RunMonthlyMentoringReportValidator : AbstractValidator<RunMonthlyMentoringReport>
{
    public RunMonthlyMentoringReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month between 1 and 12.");
    }
}

public sealed class RunMonthlyMentoringReportHandler(
    IAppDbContext db, IPdfRenderer renderer, IIdentityService identity, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<RunMonthlyMentoringReport, MonthlyMentoringReportResult>
{
    public async Task<MonthlyMentoringReportResult> Handle(RunMonthlyMentoringReport request, CancellationToken cancellationToken)
    {
        var key = $"{request.Year:D4}-{request.Month:D2}";
        if (await db.MentoringReports.AnyAsync(r => r.Month == key, cancellationToken))
        {
            return new MonthlyMentoringReportResult(key, true, 0);
        }

        var now = clock.UtcNow;
        var run = await JobRuns.ClaimAsync(db, RunMonthlyMentoringReport.JobName, key, now, cancellationToken);
        var figures = await MentoringReportData.LoadAsync(db, clock, request.Year, request.Month, cancellationToken);
        var pdf = renderer.Render(MentoringReportData.Document(figures, app.Value.AllianceName, clock.ToLocal(now)));
        db.MentoringReports.Add(new MentoringReport(key, pdf, now));

        var staff = (await identity.ListAsync(null, cancellationToken))
            .Where(u => u.Roles.Contains(Roles.Staff) && !u.IsDisabled).ToList();
        foreach (var person in staff)
        {
            db.OutboxMessages.Add(new OutboxMessage(person.Email, $"Mentoring report, {figures.MonthName}",
                    $"Dear {person.FullName},\n\nAttached is the mentoring report for {figures.MonthName}: {figures.ActiveMatches} active matches, " +
                    $"{figures.Sessions} sessions ({figures.Hours.ToString("0.0", CultureInfo.InvariantCulture)} hours), {figures.StageAdvancements} stage advancements, " +
                    $"{figures.CoopsLaunched.Count} co-ops launched.\n\nYou can also download it from the mentoring pages: " +
                    $"{app.Value.PublicBaseUrl.TrimEnd('/')}/Mentoring/Report\n", now)
                .Attach(MentoringReportData.FileName(figures), "application/pdf", pdf));
        }

        run.Succeed(clock.UtcNow, 1, staff.Count, $"Report for {key} stored and emailed to {staff.Count} staff.");
        return new MonthlyMentoringReportResult(key, false, staff.Count);
    }
}

public sealed record ReportFile(string FileName, byte[] Content, bool Stored);

/// <summary>
/// A month's report as a PDF (staff): the stored one when the monthly job has run, otherwise made now from
/// today's data (e.g. the month so far).
/// </summary>
[Authorize(Roles.Staff)]
public sealed record DownloadMentoringReport(int Year, int Month) : IRequest<ReportFile>;

public sealed class DownloadMentoringReportValidator : AbstractValidator<DownloadMentoringReport>
{
    public DownloadMentoringReportValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2999).WithMessage("Choose a year.");
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month between 1 and 12.");
    }
}

public sealed class DownloadMentoringReportHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock, IOptions<AppOptions> app)
    : IRequestHandler<DownloadMentoringReport, ReportFile>
{
    public async Task<ReportFile> Handle(DownloadMentoringReport request, CancellationToken cancellationToken)
    {
        var key = $"{request.Year:D4}-{request.Month:D2}";
        var name = $"mentoring-report-{key}.pdf";
        var stored = await db.MentoringReports.AsNoTracking().Where(r => r.Month == key).Select(r => r.Pdf).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return new ReportFile(name, stored, true);
        }

        var figures = await MentoringReportData.LoadAsync(db, clock, request.Year, request.Month, cancellationToken);
        return new ReportFile(name, renderer.Render(MentoringReportData.Document(figures, app.Value.AllianceName, clock.Now)), false);
    }
}

/// <summary>The months whose report is stored (sent), newest first.</summary>
[Authorize(Roles.Staff)]
public sealed record ListMentoringReports : IRequest<IReadOnlyList<StoredReportDto>>;

public sealed record StoredReportDto(string Month, DateTimeOffset CreatedAt, int Bytes);

public sealed class ListMentoringReportsHandler(IAppDbContext db) : IRequestHandler<ListMentoringReports, IReadOnlyList<StoredReportDto>>
{
    public async Task<IReadOnlyList<StoredReportDto>> Handle(ListMentoringReports request, CancellationToken cancellationToken) =>
        (await db.MentoringReports.AsNoTracking().OrderByDescending(r => r.Month)
            .Select(r => new { r.Month, r.CreatedAt, r.Pdf.Length }).ToListAsync(cancellationToken))
        .Select(r => new StoredReportDto(r.Month, r.CreatedAt, r.Length)).ToList();
}
