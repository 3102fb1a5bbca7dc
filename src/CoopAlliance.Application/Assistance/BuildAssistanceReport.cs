using System.Globalization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

public sealed record ReportPdf(string FileName, byte[] Data);

/// <summary>
/// The technical-assistance activity report for one month, as a PDF: requests opened and resolved by category,
/// hours by provider and by co-op, subsidized against billed, how often the SLA was met, the average rating and the
/// requests open longest. Days are the alliance's calendar days. It reads requests, time entries and providers —
/// never a comment — so no internal note can reach it.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record BuildAssistanceReport(int Year, int Month) : IRequest<ReportPdf>
{
    public const int LongestOpenShown = 10;

    public DateOnly From => new(Year, Month, 1);

    public DateOnly To => From.AddMonths(1).AddDays(-1);

    public string Key => $"{Year:0000}-{Month:00}";
}

public sealed class BuildAssistanceReportValidator : AbstractValidator<BuildAssistanceReport>
{
    public BuildAssistanceReportValidator()
    {
        RuleFor(x => x.Month).InclusiveBetween(1, 12).WithMessage("Choose a month from 1 to 12.");
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100).WithMessage("Choose a year from 2000 to 2100.");
    }
}

public sealed class BuildAssistanceReportHandler(IAppDbContext db, IPdfRenderer renderer, AllianceClock clock,
    IOptions<AssistanceOptions> options, IOptions<AppOptions> app) : IRequestHandler<BuildAssistanceReport, ReportPdf>
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");

    public async Task<ReportPdf> Handle(BuildAssistanceReport r, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var (from, to) = (r.From, r.To);
        var monthName = from.ToString("MMMM yyyy", Us);
        var day = (DateTimeOffset at) => clock.DateOf(at);

        var requests = await db.AssistanceRequests.AsNoTracking().ToListAsync(cancellationToken);
        var coops = await db.Cooperatives.AsNoTracking().Select(c => new { c.Id, Name = c.TradeName ?? c.LegalName })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var providers = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        // Summed in memory: SQLite keeps decimals as text.
        var entries = await db.TimeEntries.AsNoTracking().Where(t => t.WorkedOn >= from && t.WorkedOn <= to).ToListAsync(cancellationToken);

        bool InMonth(DateTimeOffset? at) => at is { } a && day(a) >= from && day(a) <= to;
        var opened = requests.Where(x => InMonth(x.SubmittedAt)).ToList();
        var resolved = requests.Where(x => InMonth(x.ResolvedAt)).ToList();
        var responded = requests.Where(x => InMonth(x.FirstRespondedAt)).ToList();
        var rated = requests.Where(x => x.Rating is not null && InMonth(x.RatedAt)).ToList();
        var longestOpen = requests.Where(x => x.Status.IsOpen() && day(x.SubmittedAt) <= to)
            .OrderBy(x => x.SubmittedAt).ThenBy(x => x.Id).Take(BuildAssistanceReport.LongestOpenShown).ToList();

        var subsidized = entries.Where(t => t.IsSubsidized).Sum(t => t.Hours);
        var billed = entries.Where(t => !t.IsSubsidized).Sum(t => t.Hours);
        var billedAmount = entries.Where(t => !t.IsSubsidized).Sum(t => t.Amount);
        var subsidizedValue = entries.Where(t => t.IsSubsidized).Sum(t => t.Amount);
        var resolutionMet = resolved.Count(x => day(x.ResolvedAt!.Value) <= x.ResolutionDueOn);
        var responseMet = responded.Count(x => day(x.FirstRespondedAt!.Value) <= x.FirstResponseDueOn);

        var doc = new ReportBuilder($"Technical assistance activity, {monthName}")
            .Letterhead(app.Value.AllianceName, "Technical assistance activity report")
            .Footer($"{app.Value.AllianceName} · {monthName} · made {day(clock.UtcNow).ToString("MMMM d, yyyy", Us)}")
            .Metadata(author: app.Value.AllianceName, subject: $"Technical assistance, {monthName}", keywords: $"technical assistance, {r.Key}",
                createdAt: clock.UtcNow)
            .Heading($"Technical assistance activity, {monthName}")
            .Paragraph($"From {from.ToString("MMMM d", Us)} to {to.ToString("MMMM d, yyyy", Us)}. A request counts as opened on the day it was sent " +
                       "and as resolved on the day it was last resolved; hours count on the day they were worked.")
            .KeyValues(
                ("Requests opened", Count(opened.Count)),
                ("Requests resolved", Count(resolved.Count)),
                ("Hours logged", Hours(subsidized + billed)),
                ("Subsidized hours", $"{Hours(subsidized)}, paid by the alliance ({Money(subsidizedValue)} at the providers' rates)"),
                ("Billed hours", $"{Hours(billed)}, billed to the co-ops ({Money(billedAmount)})"),
                ("First response on time", Percent(responseMet, responded.Count)),
                ("Resolved on time (SLA met)", Percent(resolutionMet, resolved.Count)),
                ("Average rating", rated.Count == 0 ? "no ratings this month" : $"{rated.Average(x => x.Rating!.Value).ToString("0.0", Us)} of 5 ({Count(rated.Count)} rating{(rated.Count == 1 ? "" : "s")})"))
            .Heading("Requests by category", 2)
            .Table(t => t.Column("Category", 3).Column("Opened", 1, ColumnAlign.Right).Column("Resolved", 1, ColumnAlign.Right)
                .Rows(Enum.GetValues<AssistanceCategory>().Where(c => opened.Any(x => x.Category == c) || resolved.Any(x => x.Category == c)),
                    c => [c.Describe(), Count(opened.Count(x => x.Category == c)), Count(resolved.Count(x => x.Category == c))])
                .Totals("Total", Count(opened.Count), Count(resolved.Count)))
            .Heading("Hours by provider", 2)
            .Table(t => HoursTable(t, "Provider", entries.GroupBy(e => providers.GetValueOrDefault(e.ProviderId, $"Provider {e.ProviderId}")), subsidized, billed, billedAmount))
            .Heading("Hours by co-op", 2)
            .Table(t => HoursTable(t, "Co-op", entries.GroupBy(e => coops.GetValueOrDefault(e.CooperativeId, $"Co-op {e.CooperativeId}")), subsidized, billed, billedAmount))
            .Heading("Longest-open requests", 2);
        if (longestOpen.Count == 0)
        {
            doc.Paragraph($"No request sent by {to.ToString("MMMM d", Us)} is still open.");
        }
        else
        {
            doc.Paragraph($"Requests sent by {to.ToString("MMMM d", Us)} and still open when this report was made, oldest first; days open are counted to {to.ToString("MMMM d", Us)}.")
                .Table(t => t.Column("Request", 1).Column("Co-op", 3).Column("Title", 4).Column("Status", 2).Column("Sent", 2).Column("Days open", 1, ColumnAlign.Right)
                    .Rows(longestOpen, x => [$"#{x.Id}", coops.GetValueOrDefault(x.CooperativeId, ""), x.Title, x.Status.Describe(),
                        day(x.SubmittedAt).ToString("MMM d, yyyy", Us), Count(to.DayNumber - day(x.SubmittedAt).DayNumber)]));
        }

        var pdf = renderer.Render(doc.Build());
        return new ReportPdf($"technical-assistance-{r.Key}.pdf", pdf);
    }

    private static void HoursTable(TableBuilder t, string heading, IEnumerable<IGrouping<string, TimeEntry>> groups, decimal subsidized, decimal billed, decimal amount)
    {
        t.Column(heading, 3).Column("Subsidized hours", 1.3f, ColumnAlign.Right).Column("Billed hours", 1.3f, ColumnAlign.Right)
            .Column("Billed amount", 1.3f, ColumnAlign.Right)
            .Rows(groups.OrderBy(g => g.Key, StringComparer.Ordinal), g => [g.Key, Hours(g.Where(e => e.IsSubsidized).Sum(e => e.Hours)),
                Hours(g.Where(e => !e.IsSubsidized).Sum(e => e.Hours)), Money(g.Where(e => !e.IsSubsidized).Sum(e => e.Amount))])
            .Totals("Total", Hours(subsidized), Hours(billed), Money(amount));
    }

    private static string Count(int n) => n.ToString("#,##0", Us);

    private static string Hours(decimal h) => h.ToString("#,##0.##", Us);

    private static string Money(decimal m) => m.ToString("$#,##0.00", Us);

    private static string Percent(int met, int of) =>
        of == 0 ? "nothing due this month" : $"{met} of {of} ({Math.Round(100m * met / of, 0, MidpointRounding.AwayFromZero).ToString("0", Us)} %)";
}
