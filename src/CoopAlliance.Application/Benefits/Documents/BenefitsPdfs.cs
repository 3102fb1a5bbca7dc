using System.Globalization;
using CoopAlliance.Application.Benefits.Elections;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Reporting;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Dues;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Documents;

/// <summary>
/// A co-op's enrollment summary as a PDF: per plan year it takes part in, who is covered by what tier and which dependents
/// from when, and the monthly premium split into the co-op's and the worker's share, with totals. Only masked ids
/// (member number, "•••• 1234"). Staff, or that co-op's reps; anyone else gets 404 (as <see cref="GetCoopBenefits"/>).
/// </summary>
/// Written in <paramref name="Language"/> when asked (<c>?culture=es</c>), else in the co-op's preferred language.
[AnySignedInUser]
public sealed record GetEnrollmentSummaryPdf(int CoopId, string? Language = null) : IRequest<PdfFile>;

public sealed class GetEnrollmentSummaryPdfHandler(IAppDbContext db, CoopAccess access, AllianceClock clock, IPdfRenderer renderer, IOptions<AppOptions> app)
    : IRequestHandler<GetEnrollmentSummaryPdf, PdfFile>
{
    public async Task<PdfFile> Handle(GetEnrollmentSummaryPdf request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        var preferred = await db.Cooperatives.Where(c => c.Id == request.CoopId).Select(c => c.PreferredLanguage).SingleOrDefaultAsync(cancellationToken);
        using var language = AppCulture.Use(Languages.IsSupported(request.Language) ? request.Language : preferred);
        var benefits = await new GetCoopBenefitsHandler(db, access, clock).Handle(new GetCoopBenefits(request.CoopId), cancellationToken);
        var document = BenefitsPdfs.Summary(benefits, app.Value.AllianceName, clock.UtcNow);
        return new PdfFile(BenefitsPdfs.FileName("benefits-summary", benefits.CoopName, benefits.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            renderer.Render(document));
    }
}

/// <summary>One enrolled worker on a plan year's roster.</summary>
public sealed record RosterLine(string Coop, string MemberNumber, string Name, string Tier, int Dependents, DateOnly From, decimal Premium);

/// <summary>
/// A plan year's roster for staff: every worker enrolled (coverage in force on the later of today and the year's first
/// day), by co-op, with tier and number of dependents covered, and totals per co-op and for the year.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetPlanYearRosterPdf(int PlanYearId) : IRequest<PdfFile>;

public sealed class GetPlanYearRosterPdfHandler(IAppDbContext db, AllianceClock clock, IPdfRenderer renderer, IOptions<AppOptions> app)
    : IRequestHandler<GetPlanYearRosterPdf, PdfFile>
{
    public async Task<PdfFile> Handle(GetPlanYearRosterPdf request, CancellationToken cancellationToken)
    {
        var year = await db.PlanYears.AsNoTracking().Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == request.PlanYearId, cancellationToken)
                   ?? throw new NotFoundException("Plan year", request.PlanYearId);
        var asOf = clock.Today < year.StartsOn ? year.StartsOn : clock.Today > year.EndsOn ? year.EndsOn : clock.Today;
        var lines = await BenefitsPdfs.RosterAsync(db, year, asOf, cancellationToken);
        var document = BenefitsPdfs.Roster(year, asOf, lines, app.Value.AllianceName, clock.UtcNow);
        return new PdfFile(BenefitsPdfs.FileName("benefits-roster", year.Plan.Name, year.StartsOn.ToString("yyyy", CultureInfo.InvariantCulture)),
            renderer.Render(document));
    }
}

public static class BenefitsPdfs
{
    public static string FileName(string prefix, string name, string suffix)
    {
        var slug = new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return $"{prefix}-{slug.Trim('-')}-{suffix}.pdf";
    }

    /// <summary>The rep's summary, in the current language (<see cref="AppCulture.Use"/>): words from BenefitsTexts, dates by <see cref="Formats"/>.</summary>
    public static ReportDocument Summary(CoopBenefitsDto benefits, string allianceName, DateTimeOffset createdAt)
    {
        static string T(string english, params object[] args) => Texts.BenefitsTexts.T(english, args);
        var numbers = benefits.Members.ToDictionary(m => m.Id);
        var builder = new ReportBuilder(T("Benefits enrollment summary, {0}", benefits.CoopName))
            .Letterhead(allianceName, T("Group benefits"))
            .Footer(T("Enrollment summary for {0} as of {1}", benefits.CoopName, Formats.LongDay(benefits.Today)))
            .Metadata(author: allianceName, subject: T("Benefits enrollment summary"), createdAt: createdAt)
            .KeyValues((T("Co-op"), benefits.CoopName), (T("As of"), Formats.LongDay(benefits.Today)),
                (T("Co-op pays each month"), T("{0} for coverage in force today", Money.Format(benefits.CoopMonthlyTotalToday))));
        if (benefits.PlanYears.Count == 0)
        {
            return builder.Paragraph(T("The co-op takes part in no plan year at the moment.")).Build();
        }

        foreach (var year in benefits.PlanYears)
        {
            var enrolled = year.Workers.Where(w => w.Status == ElectionStatus.Enrolled).ToList();
            builder.Heading($"{year.PlanName}, {Formats.LongDay(year.StartsOn)} – {Formats.LongDay(year.EndsOn)}", 2)
                .KeyValues((T("Group number"), year.GroupNumber ?? "—"), (T("Contribution"), year.Contribution),
                    (T("Enrolled"), T("{0} of {1} workers", enrolled.Count, year.Workers.Count)),
                    (T("Waived"), Formats.Count(year.Workers.Count(w => w.Status == ElectionStatus.Waived))),
                    (T("No decision yet"), Formats.Count(year.MissingCount)));
            if (enrolled.Count == 0)
            {
                builder.Paragraph(T("Nobody is enrolled in this plan year."));
                continue;
            }

            builder.Table(t => t.Column(T("Worker (member no., taxpayer id)"), 3).Column(T("Tier"), 1.6f).Column(T("Dependents"), 2.2f).Column(T("From"), 1.5f)
                .Column(T("Premium"), 1.4f, ColumnAlign.Right).Column(T("Co-op"), 1.4f, ColumnAlign.Right).Column(T("Worker share"), 1.4f, ColumnAlign.Right)
                .Rows(enrolled, w => [
                    numbers.TryGetValue(w.MemberId, out var m) ? $"{w.Name} {m.MemberNumber}{(m.MaskedTaxpayerId is { } t ? " " + t : "")}" : w.Name,
                    w.TierName ?? "",
                    w.Dependents.Count == 0 ? "—" : string.Join(", ", w.Dependents),
                    w.EffectiveOn is { } from ? Formats.Day(from) : "",
                    Money.Format(w.Premium), Money.Format(w.CoopShare), Money.Format(w.WorkerShare),
                ])
                .Totals(T("Total"), "", T("{0} dependents", enrolled.Sum(w => w.Dependents.Count)), "",
                    Money.Format(enrolled.Sum(w => w.Premium)), Money.Format(enrolled.Sum(w => w.CoopShare)), Money.Format(enrolled.Sum(w => w.WorkerShare))));
        }

        return builder.Build();
    }

    public static async Task<List<RosterLine>> RosterAsync(IAppDbContext db, PlanYear year, DateOnly asOf, CancellationToken ct)
    {
        var coops = await db.Cooperatives.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        var elections = await db.Elections.AsNoTracking().Where(e => e.PlanYearId == year.Id).ToListAsync(ct);
        var inForce = elections.GroupBy(e => e.MemberId).Select(g => Election.InForceOn(g, asOf)).OfType<Election>().Where(e => e.IsEnrolled).ToList();
        var memberIds = inForce.Select(e => e.MemberId).ToList();
        var members = await db.BenefitMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return inForce.Select(e => new RosterLine(coops.GetValueOrDefault(e.CooperativeId, "?"), members[e.MemberId].MemberNumber, members[e.MemberId].FullName,
                e.Tier?.Describe() ?? "", e.DependentIds.Count, e.EffectiveOn, e.Tier is { } tier && year.Offers(tier) ? year.PremiumFor(tier) : 0))
            .OrderBy(l => l.Coop, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static ReportDocument Roster(PlanYear year, DateOnly asOf, IReadOnlyList<RosterLine> lines, string allianceName, DateTimeOffset createdAt)
    {
        var builder = new ReportBuilder($"Plan-year roster, {year.Plan.Name}")
            .Letterhead(allianceName, "Group benefits")
            .Footer($"Roster of {year.Plan.Name} {DuesStatement.Day(year.StartsOn)} – {DuesStatement.Day(year.EndsOn)}, coverage on {DuesStatement.Day(asOf)}")
            .Metadata(author: allianceName, subject: "Plan-year roster", createdAt: createdAt)
            .KeyValues(("Plan", $"{year.Plan.Name} ({year.Plan.PlanCode})"),
                ("Plan year", $"{DuesStatement.Day(year.StartsOn)} – {DuesStatement.Day(year.EndsOn)}"),
                ("Coverage on", DuesStatement.Day(asOf)),
                ("Enrolled", $"{lines.Count} workers, {lines.Sum(l => l.Dependents)} dependents, in {lines.Select(l => l.Coop).Distinct().Count()} co-ops"),
                ("Monthly premium", Money.Format(lines.Sum(l => l.Premium))));
        if (lines.Count == 0)
        {
            return builder.Paragraph("Nobody is enrolled on that day.").Build();
        }

        foreach (var coop in lines.GroupBy(l => l.Coop))
        {
            builder.Heading(coop.Key, 2).Table(t => t.Column("Worker", 2.4f).Column("Member no.", 1.5f).Column("Tier", 1.8f)
                .Column("Dependents", 1.3f, ColumnAlign.Right).Column("From", 1.5f).Column("Premium", 1.5f, ColumnAlign.Right)
                .Rows(coop, l => [l.Name, l.MemberNumber, l.Tier, l.Dependents.ToString(CultureInfo.InvariantCulture),
                    l.From.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), Money.Format(l.Premium)])
                .Totals($"{coop.Count()} enrolled", "", "", coop.Sum(l => l.Dependents).ToString(CultureInfo.InvariantCulture), "",
                    Money.Format(coop.Sum(l => l.Premium))));
        }

        return builder.Build();
    }
}
