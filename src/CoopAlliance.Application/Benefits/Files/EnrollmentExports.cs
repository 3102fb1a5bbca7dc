using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using CoopAlliance.Application.Benefits.Coverage;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Benefits;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Benefits.Files;

public sealed record EnrollmentExportDto(int Id, int CarrierId, string CarrierName, EnrollmentExportKind Kind, DateOnly AsOf, EnrollmentExportStatus Status,
    DateTimeOffset CreatedAt, string CreatedBy, int Members, int Subscribers, int Segments, int Changes, string FileName, string? DecisionNote);

/// <summary>
/// Staff make a carrier's enrollment file: <c>Full</c> — everyone covered by the carrier's plans from today on (INS03
/// "030") — or <c>Changes</c> — every election row not yet sent (additions "021", changes "001", terminations "024" with
/// their last day). A change file claims its rows with one guarded UPDATE in its transaction (rows with no file yet), so
/// two exports at once, or one after a crash, never send a row twice and never skip one; a rejected file gives its rows
/// back to the next. The file is kept (gzip) to be downloaded again.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record CreateEnrollmentExport(int CarrierId, EnrollmentExportKind Kind) : ICommand<EnrollmentExportDto>;

public sealed class CreateEnrollmentExportValidator : AbstractValidator<CreateEnrollmentExport>
{
    public CreateEnrollmentExportValidator() => RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose a full file or a change file.");
}

public sealed class CreateEnrollmentExportHandler(IAppDbContext db, ICurrentUser user, TimeProvider time, AllianceClock clock, ISensitiveData sensitive,
    IOptions<EnrollmentOptions> options) : IRequestHandler<CreateEnrollmentExport, EnrollmentExportDto>
{
    public async Task<EnrollmentExportDto> Handle(CreateEnrollmentExport request, CancellationToken cancellationToken)
    {
        var carrier = await db.Carriers.FirstOrDefaultAsync(c => c.Id == request.CarrierId, cancellationToken) ?? throw new NotFoundException("Carrier", request.CarrierId);
        var plans = await db.Plans.AsNoTracking().Include(p => p.Years).Where(p => p.CarrierId == carrier.Id && p.Kind != PlanKind.Retirement).ToListAsync(cancellationToken);
        var years = plans.SelectMany(p => p.Years.Select(y => (Plan: p, Year: y))).ToDictionary(x => x.Year.Id);
        var yearIds = years.Keys.ToList();
        var today = clock.Today;
        var export = new EnrollmentExport(carrier.Id, request.Kind, today, user.AsActor(), time.GetUtcNow());
        db.EnrollmentExports.Add(export);
        await db.SaveChangesAsync(cancellationToken);

        var changes = request.Kind == EnrollmentExportKind.Changes
            ? await db.Elections.Where(e => e.ExportId == null && yearIds.Contains(e.PlanYearId))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ExportId, export.Id), cancellationToken)
            : 0;
        var groups = await db.CoopParticipations.AsNoTracking().Where(p => yearIds.Contains(p.PlanYearId))
            .ToDictionaryAsync(p => (p.CooperativeId, p.PlanYearId), p => p.GroupNumber ?? "", cancellationToken);

        var header = new EnrollmentFileHeader(options.Value.SenderId, carrier.X12ReceiverId, export.Id, clock.ToLocal(time.GetUtcNow()),
            request.Kind == EnrollmentExportKind.Full ? EnrollmentFileKind.Full : EnrollmentFileKind.Changes, $"CA{export.Id:000000}",
            options.Value.SponsorName, options.Value.SponsorTaxId, carrier.Name, carrier.X12ReceiverId, options.Value.ProductionFiles);
        using var buffer = new MemoryStream();
        EnrollmentFileResult result;
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        await using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            result = await X12EnrollmentWriter.WriteAsync(writer, header, Members(export.Id, request.Kind, today, groups, years, cancellationToken), cancellationToken);
        }

        export.Written(result.Members, result.Subscribers, result.Segments, changes);
        db.EnrollmentExportFiles.Add(new EnrollmentExportFile(export.Id, buffer.ToArray()));
        await db.SaveChangesAsync(cancellationToken);
        return EnrollmentExportQueries.ToDto(export, carrier.Name);
    }

    /// <summary>
    /// The file's member loops, read batch by batch of workers (keyset on the worker's id): each batch reads its workers,
    /// their dependents and their whole election history for the carrier's years, never the whole carrier at once.
    /// </summary>
    private async IAsyncEnumerable<EnrollmentMember> Members(int exportId, EnrollmentExportKind kind, DateOnly today, Dictionary<(int, int), string> groups,
        Dictionary<int, (Plan Plan, PlanYear Year)> years, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, options.Value.ExportBatchSize);
        var after = 0;
        while (true)
        {
            // The next batch of workers: a change file's from its claimed rows (few, found by the ExportId index); a full file's
            // by a range of worker ids (the primary key), so no batch sorts or scans the carrier's whole history.
            List<Election> history;
            int? last;
            if (kind == EnrollmentExportKind.Changes)
            {
                var claimed = await db.Elections.Where(e => e.ExportId == exportId && e.MemberId > after).Select(e => e.MemberId).Distinct().OrderBy(id => id)
                    .Take(batchSize).ToListAsync(cancellationToken);
                last = claimed.Count == batchSize ? claimed[^1] : null;
                history = claimed.Count == 0 ? [] : await db.Elections.AsNoTracking().Where(e => claimed.Contains(e.MemberId)).ToListAsync(cancellationToken);
            }
            else
            {
                last = await db.BenefitMembers.Where(m => m.Id > after).OrderBy(m => m.Id).Skip(batchSize - 1).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
                var (from, to) = (after, last ?? int.MaxValue);
                history = await db.Elections.AsNoTracking().Where(e => e.MemberId > from && e.MemberId <= to).ToListAsync(cancellationToken);
            }

            // The carrier's years are kept in memory, not in the SQL: with both, a planner may walk a whole plan year's rows by
            // the year's index for every batch instead of the worker's few rows.
            history.RemoveAll(e => !years.ContainsKey(e.PlanYearId));

            var ids = history.Select(e => e.MemberId).Distinct().ToList();
            var members = await db.BenefitMembers.AsNoTracking().Include(m => m.Dependents).Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
            var rows = kind == EnrollmentExportKind.Changes
                ? history.Where(e => e.ExportId == exportId).OrderBy(e => e.MemberId).ThenBy(e => e.Id).ToList()
                : history.GroupBy(e => (e.MemberId, e.PlanYearId)).Select(g => Election.Latest(g)!)
                    .Where(e => e.IsEnrolled && (e.EndsOn is null || e.EndsOn >= today) && years[e.PlanYearId].Year.EndsOn >= today)
                    .OrderBy(e => e.MemberId).ThenBy(e => e.PlanYearId).ToList();
            foreach (var loop in Loops(rows, history, members, groups, years, kind))
            {
                yield return loop;
            }

            if (last is null)
            {
                yield break;
            }

            after = last.Value;
        }
    }

    private IEnumerable<EnrollmentMember> Loops(List<Election> rows, List<Election> history, Dictionary<int, BenefitMember> members,
        Dictionary<(int, int), string> groups, Dictionary<int, (Plan Plan, PlanYear Year)> years, EnrollmentExportKind kind)
    {
        var before = history.ToLookup(e => (e.MemberId, e.PlanYearId)); // everything recorded, to find what came before each row
        foreach (var row in rows)
        {
            var member = members[row.MemberId];
            var (plan, _) = years[row.PlanYearId];
            var previous = Election.Latest(before[(row.MemberId, row.PlanYearId)].Where(e => e.RecordedAt < row.RecordedAt || (e.RecordedAt == row.RecordedAt && e.Id < row.Id)));
            MaintenanceKind maintenance;
            DateOnly? end = row.EndsOn;
            IReadOnlyList<int> covered = row.DependentIds;
            if (kind == EnrollmentExportKind.Full)
            {
                maintenance = MaintenanceKind.Audit;
            }
            else if (!row.IsEnrolled)
            {
                if (previous is not { IsEnrolled: true })
                {
                    continue; // a waiver with nothing covered before: nothing for the carrier
                }

                maintenance = MaintenanceKind.Termination; // waived after being covered: coverage ends the day before
                end = row.EffectiveOn.AddDays(-1);
                covered = previous.DependentIds;
            }
            else if (row.EndsOn is not null)
            {
                maintenance = MaintenanceKind.Termination;
            }
            else
            {
                maintenance = previous is { IsEnrolled: true } ? MaintenanceKind.Change : MaintenanceKind.Addition;
            }

            var start = (kind == EnrollmentExportKind.Changes && !row.IsEnrolled ? previous!.EffectiveOn : row.EffectiveOn);
            var tier = (row.Tier ?? previous?.Tier)?.X12Code();
            var group = groups.GetValueOrDefault((row.CooperativeId, row.PlanYearId), "");
            var reason = maintenance switch { MaintenanceKind.Termination => "07", MaintenanceKind.Addition => "28", _ => "AI" };
            yield return new EnrollmentMember(member.MemberNumber, true, "18", maintenance, reason, sensitive.Open(member.TaxpayerIdSealed), member.LastName,
                member.FirstName, sensitive.OpenDate(member.BirthDateSealed), member.Gender, group, plan.Kind.X12Code(), plan.PlanCode, tier, start, end, member.HiredOn);
            foreach (var dependent in member.Dependents.Where(d => covered.Contains(d.Id)).OrderBy(d => d.Id))
            {
                yield return new EnrollmentMember(member.MemberNumber, false, dependent.Relationship.X12Code(), maintenance, reason, null, dependent.LastName,
                    dependent.FirstName, sensitive.OpenDate(dependent.BirthDateSealed), dependent.Gender, group, plan.Kind.X12Code(), plan.PlanCode, tier, start, end, null);
            }
        }
    }
}

/// <summary>The carrier accepted or rejected a file; a rejected change file gives its rows back to the next one.</summary>
[Authorize(Roles.Staff)]
public sealed record DecideEnrollmentExport(int Id, bool Accepted, string? Reason) : ICommand<EnrollmentExportDto>;

public sealed class DecideEnrollmentExportValidator : AbstractValidator<DecideEnrollmentExport>
{
    public DecideEnrollmentExportValidator() =>
        RuleFor(x => x.Reason).NotEmpty().When(x => !x.Accepted).WithMessage("Say why the carrier rejected the file.");
}

public sealed class DecideEnrollmentExportHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<DecideEnrollmentExport, EnrollmentExportDto>
{
    public async Task<EnrollmentExportDto> Handle(DecideEnrollmentExport request, CancellationToken cancellationToken)
    {
        var export = await db.EnrollmentExports.FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Enrollment file", request.Id);
        if (request.Accepted)
        {
            export.Accept(user.AsActor());
        }
        else
        {
            export.Reject(request.Reason ?? "", user.AsActor());
            await db.Elections.Where(e => e.ExportId == export.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExportId, (int?)null), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var carrier = await db.Carriers.Where(c => c.Id == export.CarrierId).Select(c => c.Name).FirstAsync(cancellationToken);
        return EnrollmentExportQueries.ToDto(export, carrier);
    }
}

/// <summary>The enrollment files made, newest first (staff), for one carrier or all.</summary>
[Authorize(Roles.Staff)]
public sealed record ListEnrollmentExports(int? CarrierId) : IRequest<IReadOnlyList<EnrollmentExportDto>>;

public sealed class ListEnrollmentExportsHandler(IAppDbContext db) : IRequestHandler<ListEnrollmentExports, IReadOnlyList<EnrollmentExportDto>>
{
    public async Task<IReadOnlyList<EnrollmentExportDto>> Handle(ListEnrollmentExports request, CancellationToken cancellationToken)
    {
        var carriers = await db.Carriers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var exports = await db.EnrollmentExports.AsNoTracking().Where(e => request.CarrierId == null || e.CarrierId == request.CarrierId)
            .OrderByDescending(e => e.Id).Take(500).ToListAsync(cancellationToken);
        return exports.Select(e => EnrollmentExportQueries.ToDto(e, carriers[e.CarrierId])).ToList();
    }
}

public sealed record EnrollmentFileDownload(string FileName, string Content);

/// <summary>An enrollment file's text, as it was made (staff only: it holds taxpayer ids and birth dates).</summary>
[Authorize(Roles.Staff)]
public sealed record GetEnrollmentExportFile(int Id) : IRequest<EnrollmentFileDownload>;

public sealed class GetEnrollmentExportFileHandler(IAppDbContext db) : IRequestHandler<GetEnrollmentExportFile, EnrollmentFileDownload>
{
    public async Task<EnrollmentFileDownload> Handle(GetEnrollmentExportFile request, CancellationToken cancellationToken)
    {
        var export = await db.EnrollmentExports.AsNoTracking().FirstOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Enrollment file", request.Id);
        var file = await db.EnrollmentExportFiles.AsNoTracking().FirstAsync(f => f.ExportId == export.Id, cancellationToken);
        await using var gzip = new GZipStream(new MemoryStream(file.Gzip), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return new EnrollmentFileDownload(export.FileName, await reader.ReadToEndAsync(cancellationToken));
    }
}

internal static class EnrollmentExportQueries
{
    public static EnrollmentExportDto ToDto(EnrollmentExport e, string carrier) =>
        new(e.Id, e.CarrierId, carrier, e.Kind, e.AsOf, e.Status, e.CreatedAt, e.CreatedByName, e.Members, e.Subscribers, e.Segments, e.Changes, e.FileName, e.DecisionNote);
}
