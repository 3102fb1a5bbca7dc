using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Impact;

/// <summary>
/// One chart of the impact report, as data: the PDF draws it (a line chart, or bars of the first series) and the same
/// rows download as CSV, so every picture can be checked against its numbers.
/// </summary>
public sealed record ImpactChart(string Slug, string Title, bool IsLine, IReadOnlyList<string> Labels, IReadOnlyList<LineSeries> Series, string ValueFormat = "#,##0.##")
{
    public string Csv()
    {
        var csv = new CsvBuilder().Row(["Period", .. Series.Select(s => (object?)s.Name)]);
        for (var i = 0; i < Labels.Count; i++)
        {
            csv.Row([Labels[i], .. Series.Select(s => (object?)(i < s.Values.Count ? s.Values[i] : null))]);
        }

        return csv.ToString();
    }
}

/// <summary>Everything the year's report prints: the year, the years before it (for the trends), the narrative and stories.</summary>
public sealed record ImpactReportData(
    int Year,
    ImpactFigures Figures,
    ImpactFigures PreviousYear,
    IReadOnlyList<(int Year, ImpactFigures Figures)> Trend,
    string Narrative,
    IReadOnlyList<(string Title, string CoopName, string Body)> Stories)
{
    public IReadOnlyList<ImpactChart> Charts() =>
    [
        new("members", "Member co-ops at the end of each year", true, Labels,
            [new LineSeries("Member co-ops", Trend.Select(t => (decimal)t.Figures.MemberCoops).ToList())]),
        new("workers", "Worker-owners and all workers at member co-ops", true, Labels,
            [
                new LineSeries("Worker-owners", Trend.Select(t => (decimal)t.Figures.WorkerOwners).ToList()),
                new LineSeries("All workers", Trend.Select(t => (decimal)t.Figures.Workers).ToList()),
            ]),
        new("jobs", "Jobs created each year", false, Labels,
            [new LineSeries("Jobs created", Trend.Select(t => (decimal)t.Figures.JobsCreated).ToList())]),
        new("assistance", "Technical-assistance hours delivered each year", false, Labels,
            [new LineSeries("Assistance hours", Trend.Select(t => t.Figures.AssistanceHours).ToList())], "#,##0.#"),
    ];

    private IReadOnlyList<string> Labels => Trend.Select(t => t.Year.ToString(CultureInfo.InvariantCulture)).ToList();
}

internal static class ImpactReport
{
    public const int TrendYears = 5;
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public static async Task<ImpactReportData> LoadAsync(IAppDbContext db, AllianceClock clock, int year, CancellationToken ct)
    {
        var trend = new List<(int, ImpactFigures)>();
        for (var y = year - TrendYears + 1; y <= year; y++)
        {
            trend.Add((y, await ImpactData.LoadAsync(db, clock, ImpactData.FirstDay(y), ImpactData.LastDay(y), ct)));
        }

        var narrative = await db.ImpactNarratives.AsNoTracking().Where(n => n.Year == year).Select(n => n.Text).FirstOrDefaultAsync(ct) ?? "";
        var start = clock.StartOf(ImpactData.FirstDay(year));
        var end = clock.StartOf(ImpactData.FirstDay(year + 1));
        // Published stories, featured first, newest first; published in the year when there are any, else the latest.
        var stories = (await db.MemberStories.AsNoTracking().Where(s => s.Status == StoryStatus.Published && s.PublishedAt != null)
                .Select(s => new { s.Title, s.CoopName, s.Body, s.IsFeatured, PublishedAt = s.PublishedAt!.Value }).ToListAsync(ct))
            .Where(s => s.PublishedAt < end)
            .OrderByDescending(s => s.PublishedAt >= start).ThenByDescending(s => s.IsFeatured).ThenByDescending(s => s.PublishedAt)
            .Take(3)
            .Select(s => (s.Title, s.CoopName, Excerpt(s.Body)))
            .ToList();
        return new ImpactReportData(year, trend[^1].Item2, trend[^2].Item2, trend, narrative, stories);
    }

    private static string Excerpt(string body) => body.Length <= 700 ? body : body[..body.LastIndexOf(' ', 690)].TrimEnd(',', '.', ';') + "…";

    /// <summary>The figures as the report lists them: label, value this year, value last year (same order as the CSV).</summary>
    public static IReadOnlyList<(string Label, decimal ThisYear, decimal LastYear, string Format)> Lines(ImpactFigures f, ImpactFigures p) =>
    [
        ("Member co-ops at year end", f.MemberCoops, p.MemberCoops, "#,##0"),
        ("Net change in member co-ops", f.NetChangeInMembers, p.NetChangeInMembers, "+#,##0;-#,##0;0"),
        ("Co-ops that joined", f.CoopsJoined, p.CoopsJoined, "#,##0"),
        ("Co-ops that left", f.CoopsLeft, p.CoopsLeft, "#,##0"),
        ("Worker-owners", f.WorkerOwners, p.WorkerOwners, "#,##0"),
        ("All workers", f.Workers, p.Workers, "#,##0"),
        ("Jobs created", f.JobsCreated, p.JobsCreated, "#,##0"),
        ("New co-ops launched from mentoring", f.NewCoopsLaunched, p.NewCoopsLaunched, "#,##0"),
        ("Conversions to worker ownership", f.ConversionsCompleted, p.ConversionsCompleted, "#,##0"),
        ("Technical-assistance hours", f.AssistanceHours, p.AssistanceHours, "#,##0.#"),
        ("Assistance requests resolved", f.AssistanceRequestsResolved, p.AssistanceRequestsResolved, "#,##0"),
        ("Mentoring sessions", f.MentoringSessions, p.MentoringSessions, "#,##0"),
        ("Loans disbursed", f.LoansDisbursed, p.LoansDisbursed, "#,##0"),
        ("Loan principal disbursed", f.LoanPrincipalDisbursed, p.LoanPrincipalDisbursed, "$#,##0.00"),
        ("Loan repayments received", f.LoanRepayments, p.LoanRepayments, "$#,##0.00"),
        ("Workers covered by group benefits", f.WorkersCoveredByBenefits, p.WorkersCoveredByBenefits, "#,##0"),
        ("Event attendance (checked in)", f.EventAttendance, p.EventAttendance, "#,##0"),
        ("Commitments made at events", f.CommitmentsMade, p.CommitmentsMade, "#,##0"),
        ("Commitments kept", f.CommitmentsKept, p.CommitmentsKept, "#,##0"),
        ("Inter-cooperation ties", f.InterCoopTies, p.InterCoopTies, "#,##0"),
    ];

    public static ReportDocument Document(ImpactReportData data, string allianceName, DateTimeOffset createdAt)
    {
        var f = data.Figures;
        var builder = new ReportBuilder($"Impact report {data.Year}")
            .Letterhead(allianceName, $"Impact report {data.Year}")
            .Footer($"Figures drawn from the alliance's records on {createdAt:MMMM d, yyyy}")
            .Metadata(author: allianceName, subject: $"Impact report {data.Year}", keywords: "impact, worker co-operatives", createdAt: createdAt)
            .Cover($"Impact report {data.Year}", allianceName,
                $"{f.MemberCoops.ToString("#,##0", Us)} member co-ops · {f.Workers.ToString("#,##0", Us)} workers · {f.JobsCreated.ToString("#,##0", Us)} jobs created");

        builder.Heading("The year in a few words");
        builder.Paragraph(string.IsNullOrWhiteSpace(data.Narrative) ? "No narrative has been written for this year yet." : data.Narrative);

        builder.Heading("The year in figures");
        builder.Table(t => t.Column("Figure", 4).Column($"{data.Year - 1}", 1.3f, ColumnAlign.Right).Column($"{data.Year}", 1.3f, ColumnAlign.Right)
            .Column("Change", 1.3f, ColumnAlign.Right)
            .Rows(Lines(f, data.PreviousYear), l => [l.Label, l.LastYear.ToString(l.Format, Us), l.ThisYear.ToString(l.Format, Us), Change(l.ThisYear, l.LastYear)]));

        builder.Heading("Trends");
        foreach (var chart in data.Charts())
        {
            if (chart.IsLine)
            {
                builder.LineChart(chart.Title, chart.Labels, chart.Series, chart.ValueFormat);
            }
            else
            {
                builder.BarChart(chart.Title, chart.Labels.Select((l, i) => new Bar(l, chart.Series[0].Values[i])), chart.ValueFormat);
            }
        }

        builder.Paragraph("The numbers behind each chart can be downloaded as CSV from the impact page.");

        if (data.Stories.Count > 0)
        {
            builder.Heading("Member stories");
            foreach (var (title, coop, body) in data.Stories)
            {
                builder.Heading($"{title} — {coop}", 2).Paragraph(body);
            }
        }

        builder.Heading("How the figures are counted", 2)
            .Paragraph("Member co-ops are those whose membership was active on the last day of the year. Worker counts are the roster " +
                "counts on members' profiles. Jobs created are the workers of co-ops that became members for the first time, plus the " +
                "people added to existing members' rosters with a start date in the year. Co-ops launched are developing co-ops that " +
                "graduated from mentoring to membership.");
        return builder.Build();
    }

    private static string Change(decimal now, decimal before) =>
        before == 0 ? (now == 0 ? "—" : "new") : ((now - before) / before).ToString("+0%;-0%;0%", Us);

    public static string FileName(int year) => $"impact-report-{year}.pdf";
}
