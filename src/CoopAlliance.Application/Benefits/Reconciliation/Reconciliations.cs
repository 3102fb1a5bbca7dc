using System.Globalization;
using System.Text;
using System.Text.Json;
using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Benefits.Premiums;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Benefits.Reconciliation;

/// <summary>An uploaded carrier bill and what reconciling it found.</summary>
public sealed record CarrierBillUploadDto(int Id, int CarrierId, string CarrierName, string Month, string FileName, DateTimeOffset UploadedAt, string UploadedBy,
    decimal ExpectedTotal, decimal BilledTotal, int Matched, int Discrepancies, int RowProblems);

/// <summary>The reconciliation of one uploaded bill: the totals, each co-op's expected and billed amounts, every discrepancy, and rows not read.</summary>
public sealed record CarrierBillReconciliationDto(CarrierBillUploadDto Upload, IReadOnlyList<CoopReconciliation> ByCoop, IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyList<BillRowProblem> Problems);

/// <summary>
/// Staff upload a carrier's monthly bill (CSV): it is read through the carrier's stored column mapping and compared,
/// subscriber by subscriber, with the elections in force on the month's first day (what the premium run bills): billed
/// but not enrolled, enrolled but not billed, billed twice, another premium or tier. The file and the totals are kept.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record ReconcileCarrierBill(int CarrierId, string Month, string FileName, byte[] Data) : ICommand<CarrierBillReconciliationDto>;

public sealed class ReconcileCarrierBillValidator : AbstractValidator<ReconcileCarrierBill>
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public ReconcileCarrierBillValidator()
    {
        RuleFor(x => x.Month).Must(RunPremiumsValidator.IsMonth).WithMessage("Write the month billed as yyyy-MM, e.g. 2027-01.");
        RuleFor(x => x.Data).NotEmpty().WithMessage("Choose the carrier's bill (a CSV file).")
            .Must(d => d is null || d.Length <= MaxBytes).WithMessage("The bill is too large: 5 MB at most.");
        RuleFor(x => x.FileName).MaximumLength(200);
    }
}

public sealed class ReconcileCarrierBillHandler(IAppDbContext db, ICurrentUser user, TimeProvider time)
    : IRequestHandler<ReconcileCarrierBill, CarrierBillReconciliationDto>
{
    public async Task<CarrierBillReconciliationDto> Handle(ReconcileCarrierBill request, CancellationToken cancellationToken)
    {
        var carrier = await db.Carriers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.CarrierId, cancellationToken)
                      ?? throw new NotFoundException("Carrier", request.CarrierId);
        var mapping = Reconciliations.MappingOf(carrier)
                      ?? throw new Common.Exceptions.ValidationException("carrierId", $"Set up the columns of {carrier.Name}'s bill before reconciling it.");
        var upload = new CarrierBillUpload(carrier.Id, request.Month, Path.GetFileName(string.IsNullOrWhiteSpace(request.FileName) ? "bill.csv" : request.FileName.Trim()),
            request.Data, user.AsActor(), time.GetUtcNow());
        var (result, bill) = await Reconciliations.RunAsync(db, carrier, mapping, request.Month, request.Data, cancellationToken);
        upload.Reconciled(result.ExpectedTotal, result.BilledTotal, result.Matched, result.Discrepancies.Count, bill.Problems.Count);
        db.CarrierBillUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return new CarrierBillReconciliationDto(Reconciliations.ToDto(upload, carrier.Name), result.ByCoop, result.Discrepancies, bill.Problems);
    }
}

/// <summary>A stored bill reconciled again against the elections as they are now (after corrections), for the page and the report.</summary>
[Authorize(Roles.Staff)]
public sealed record GetCarrierBillReconciliation(int Id) : IRequest<CarrierBillReconciliationDto>;

public sealed class GetCarrierBillReconciliationHandler(IAppDbContext db) : IRequestHandler<GetCarrierBillReconciliation, CarrierBillReconciliationDto>
{
    public async Task<CarrierBillReconciliationDto> Handle(GetCarrierBillReconciliation request, CancellationToken cancellationToken)
    {
        var upload = await db.CarrierBillUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Carrier bill", request.Id);
        var carrier = await db.Carriers.AsNoTracking().FirstAsync(c => c.Id == upload.CarrierId, cancellationToken);
        var mapping = Reconciliations.MappingOf(carrier) ?? CarrierBillMapping.Default;
        var (result, bill) = await Reconciliations.RunAsync(db, carrier, mapping, upload.PeriodKey, upload.Data, cancellationToken);
        return new CarrierBillReconciliationDto(Reconciliations.ToDto(upload, carrier.Name), result.ByCoop, result.Discrepancies, bill.Problems);
    }
}

/// <summary>The discrepancies of a stored bill as CSV (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record GetDiscrepancyCsv(int Id) : IRequest<CsvFile>;

public sealed class GetDiscrepancyCsvHandler(IAppDbContext db) : IRequestHandler<GetDiscrepancyCsv, CsvFile>
{
    public async Task<CsvFile> Handle(GetDiscrepancyCsv request, CancellationToken cancellationToken)
    {
        var reconciliation = await new GetCarrierBillReconciliationHandler(db).Handle(new GetCarrierBillReconciliation(request.Id), cancellationToken);
        var upload = reconciliation.Upload;
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await DiscrepancyReport.WriteCsvAsync(text,
            new ReconciliationResult(upload.Matched, upload.ExpectedTotal, upload.BilledTotal, reconciliation.Discrepancies, reconciliation.ByCoop), cancellationToken);
        return new CsvFile(BenefitsPdfs.FileName("discrepancies", upload.CarrierName, $"{upload.Month}-{upload.Id}").Replace(".pdf", ".csv", StringComparison.Ordinal),
            Encoding.UTF8.GetBytes(text.ToString()));
    }
}

/// <summary>The bills uploaded, newest first (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListCarrierBillUploads : IRequest<IReadOnlyList<CarrierBillUploadDto>>;

public sealed class ListCarrierBillUploadsHandler(IAppDbContext db) : IRequestHandler<ListCarrierBillUploads, IReadOnlyList<CarrierBillUploadDto>>
{
    public async Task<IReadOnlyList<CarrierBillUploadDto>> Handle(ListCarrierBillUploads request, CancellationToken cancellationToken)
    {
        var carriers = await db.Carriers.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var uploads = await db.CarrierBillUploads.AsNoTracking().OrderByDescending(u => u.Id).Take(200)
            .Select(u => new { u.Id, u.CarrierId, u.PeriodKey, u.FileName, u.UploadedAt, u.UploadedByName, u.ExpectedTotal, u.BilledTotal, u.Matched, u.Discrepancies, u.RowProblems })
            .ToListAsync(cancellationToken);
        return uploads.Select(u => new CarrierBillUploadDto(u.Id, u.CarrierId, carriers[u.CarrierId], u.PeriodKey, u.FileName, u.UploadedAt, u.UploadedByName,
            u.ExpectedTotal, u.BilledTotal, u.Matched, u.Discrepancies, u.RowProblems)).ToList();
    }
}

/// <summary>
/// Staff set which columns of a carrier's bill hold the group number, member id and amount (and optionally name, tier,
/// period, coverage) and the delimiter; checked by <see cref="CarrierBillMappingValidator"/> and stored on the carrier.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record SaveCarrierBillMapping(int CarrierId, CarrierBillMapping Mapping) : ICommand<Unit>;

public sealed class SaveCarrierBillMappingValidator : AbstractValidator<SaveCarrierBillMapping>
{
    public SaveCarrierBillMappingValidator() =>
        RuleFor(x => x.Mapping).NotNull().WithMessage("Give the bill's columns.").SetValidator(new CarrierBillMappingValidator());
}

public sealed class SaveCarrierBillMappingHandler(IAppDbContext db) : IRequestHandler<SaveCarrierBillMapping, Unit>
{
    public async Task<Unit> Handle(SaveCarrierBillMapping request, CancellationToken cancellationToken)
    {
        var carrier = await db.Carriers.FirstOrDefaultAsync(c => c.Id == request.CarrierId, cancellationToken) ?? throw new NotFoundException("Carrier", request.CarrierId);
        var m = request.Mapping;
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        carrier.BillMappingJson = JsonSerializer.Serialize(new CarrierBillMapping(m.GroupNumberColumn.Trim(), m.MemberIdColumn.Trim(), m.PremiumColumn.Trim(),
            Clean(m.MemberNameColumn), Clean(m.TierColumn), Clean(m.PeriodColumn), Clean(m.CoverageColumn), m.Delimiter));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public static class Reconciliations
{
    public static CarrierBillMapping? MappingOf(Carrier carrier) =>
        string.IsNullOrWhiteSpace(carrier.BillMappingJson) ? null : JsonSerializer.Deserialize<CarrierBillMapping>(carrier.BillMappingJson);

    public static CarrierBillUploadDto ToDto(CarrierBillUpload u, string carrierName) =>
        new(u.Id, u.CarrierId, carrierName, u.PeriodKey, u.FileName, u.UploadedAt, u.UploadedByName, u.ExpectedTotal, u.BilledTotal, u.Matched, u.Discrepancies, u.RowProblems);

    public static async Task<(ReconciliationResult Result, CarrierBill Bill)> RunAsync(IAppDbContext db, Carrier carrier, CarrierBillMapping mapping, string month,
        byte[] data, CancellationToken ct)
    {
        var bill = CarrierBillReader.Read(new MemoryStream(data), mapping);
        var expected = await ExpectedAsync(db, carrier.Id, BillingPeriod.Parse(month).Start, ct);
        return (BillReconciler.Compare(expected, bill.Lines), bill);
    }

    /// <summary>What the carrier should bill for a month: each worker covered on its first day by the carrier's plans, at the full premium of the tier.</summary>
    public static async Task<List<ExpectedPremium>> ExpectedAsync(IAppDbContext db, int carrierId, DateOnly day, CancellationToken ct)
    {
        var years = (await PremiumComputation.YearsOnAsync(db, day, ct)).Where(y => y.Plan.CarrierId == carrierId && y.Plan.Kind != PlanKind.Retirement)
            .ToDictionary(y => y.Id);
        var yearIds = years.Keys.ToList();
        var participations = await db.CoopParticipations.AsNoTracking()
            .Where(p => yearIds.Contains(p.PlanYearId) && p.Status == ParticipationStatus.Approved).ToListAsync(ct);
        var groups = participations.ToDictionary(p => (p.CooperativeId, p.PlanYearId), p => p.GroupNumber ?? "");
        var coopIds = participations.Select(p => p.CooperativeId).Distinct().ToList();
        var coops = await db.Cooperatives.AsNoTracking().Where(c => coopIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, ct);
        var elections = await db.Elections.AsNoTracking().Where(e => yearIds.Contains(e.PlanYearId) && e.EffectiveOn <= day).ToListAsync(ct);
        var covered = elections.GroupBy(e => (e.MemberId, e.PlanYearId)).Select(g => Election.InForceOn(g, day)).OfType<Election>()
            .Where(e => e.Covers(day) && e.Tier is not null && groups.ContainsKey((e.CooperativeId, e.PlanYearId))).ToList();
        var memberIds = covered.Select(e => e.MemberId).Distinct().ToList();
        var members = await db.BenefitMembers.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        return covered.Select(e =>
        {
            var year = years[e.PlanYearId];
            var member = members[e.MemberId];
            var tier = e.Tier!.Value;
            return new ExpectedPremium(e.CooperativeId, coops[e.CooperativeId], groups[(e.CooperativeId, e.PlanYearId)], member.Id, member.MemberNumber,
                member.FullName, tier.X12Code(), year.Offers(tier) ? year.PremiumFor(tier) : 0);
        }).ToList();
    }
}
