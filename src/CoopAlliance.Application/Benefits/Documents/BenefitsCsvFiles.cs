using System.Globalization;
using System.Text;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Documents;

public sealed record CsvFile(string FileName, byte[] Content);

/// <summary>
/// An enrollment file as CSV (for carriers that take CSV), read back from the 834 as it was made, so both say the same.
/// Staff only; taxpayer ids are masked ("•••• 1234") unless <paramref name="FullTaxpayerIds"/>.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetEnrollmentExportCsv(int Id, bool FullTaxpayerIds) : IRequest<CsvFile>;

public sealed class GetEnrollmentExportCsvHandler(IAppDbContext db) : IRequestHandler<GetEnrollmentExportCsv, CsvFile>
{
    public async Task<CsvFile> Handle(GetEnrollmentExportCsv request, CancellationToken cancellationToken)
    {
        var file = await new GetEnrollmentExportFileHandler(db).Handle(new GetEnrollmentExportFile(request.Id), cancellationToken);
        var document = X12Document.Parse(file.Content);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await EnrollmentCsvWriter.WriteAsync(text, Members(document).ToAsyncEnumerable(), request.FullTaxpayerIds, cancellationToken);
        return new CsvFile(Path.ChangeExtension(file.FileName, ".csv"), Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The member loops of the 834 (INS to the next INS or SE) as the writer's members.</summary>
    public static IEnumerable<EnrollmentMember> Members(X12Document document)
    {
        var segments = document.Segments;
        var i = 0;
        while (i < segments.Count)
        {
            if (segments[i].Id != "INS")
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < segments.Count && segments[end].Id is not ("INS" or "SE"))
            {
                end++;
            }

            var loop = segments.Skip(i).Take(end - i).ToList();
            i = end;
            var ins = loop[0];
            var name = loop.First(s => s.Id == "NM1");
            var dmg = loop.FirstOrDefault(s => s.Id == "DMG");
            var hd = loop.First(s => s.Id == "HD");
            string Ref(string qualifier) => loop.FirstOrDefault(s => s.Id == "REF" && s[1] == qualifier)?[2] ?? "";
            DateOnly? Dtp(string qualifier) => loop.FirstOrDefault(s => s.Id == "DTP" && s[1] == qualifier) is { } d ? Day(d[3]) : null;
            var gender = dmg is not null && dmg[3].Length == 1 && dmg[3] != "U" ? dmg[3][0] : (char?)null;
            yield return new EnrollmentMember(Ref("0F"), ins[1] == "Y", ins[2], (MaintenanceKind)int.Parse(ins[3], CultureInfo.InvariantCulture),
                ins[4].Length > 0 ? ins[4] : null, name[9].Length > 0 ? name[9] : null, name[3], name[4], dmg is null ? null : Day(dmg[2]), gender,
                Ref("1L"), hd[3], hd[4], hd[5].Length > 0 ? hd[5] : null, Dtp("348") ?? default, Dtp("349"), Dtp("336"));
        }
    }

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>
/// A plan year's census for quotes (staff): every worker on the roster of a co-op taking part, with the tier they are
/// covered in on the later of today and the year's first day ("none" if not covered), and their covered dependents, counted
/// by co-op, state, age band and tier. No names or ids.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record GetPlanYearCensusCsv(int PlanYearId) : IRequest<CsvFile>;

public sealed class GetPlanYearCensusCsvHandler(IAppDbContext db, AllianceClock clock, ISensitiveData sensitive) : IRequestHandler<GetPlanYearCensusCsv, CsvFile>
{
    public async Task<CsvFile> Handle(GetPlanYearCensusCsv request, CancellationToken cancellationToken)
    {
        var year = await db.PlanYears.AsNoTracking().Include(y => y.Plan).FirstOrDefaultAsync(y => y.Id == request.PlanYearId, cancellationToken)
                   ?? throw new NotFoundException("Plan year", request.PlanYearId);
        var asOf = clock.Today < year.StartsOn ? year.StartsOn : clock.Today > year.EndsOn ? year.EndsOn : clock.Today;
        var coopIds = await db.CoopParticipations.AsNoTracking().Where(p => p.PlanYearId == year.Id && p.Status == ParticipationStatus.Approved)
            .Select(p => p.CooperativeId).ToListAsync(cancellationToken);
        var coops = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        var members = await db.BenefitMembers.AsNoTracking().Include(m => m.Dependents)
            .Where(m => coopIds.Contains(m.CooperativeId) && (m.LeftRosterOn == null || m.LeftRosterOn >= asOf)).ToListAsync(cancellationToken);
        var elections = (await db.Elections.AsNoTracking().Where(e => e.PlanYearId == year.Id).ToListAsync(cancellationToken)).ToLookup(e => e.MemberId);

        var people = new List<CensusMember>();
        foreach (var member in members)
        {
            var election = Election.InForceOn(elections[member.Id], asOf);
            var tier = election is { IsEnrolled: true } ? election.Tier?.X12Code() : null;
            var coop = coops[member.CooperativeId];
            people.Add(new CensusMember(coop, member.State, sensitive.OpenDate(member.BirthDateSealed), tier, true));
            if (election is { IsEnrolled: true })
            {
                people.AddRange(member.Dependents.Where(d => election.DependentIds.Contains(d.Id))
                    .Select(d => new CensusMember(coop, member.State, sensitive.OpenDate(d.BirthDateSealed), tier, false)));
            }
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await CensusCsv.WriteAsync(text, people.ToAsyncEnumerable(), asOf, cancellationToken);
        return new CsvFile(BenefitsPdfs.FileName("benefits-census", year.Plan.Name, year.StartsOn.ToString("yyyy", CultureInfo.InvariantCulture)).Replace(".pdf", ".csv", StringComparison.Ordinal),
            Encoding.UTF8.GetBytes(text.ToString()));
    }
}
