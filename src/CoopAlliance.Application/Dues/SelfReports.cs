using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Dues;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>
/// A co-op's rep (or staff) reports the year's figures for dues and attests them. Submitting the same year again
/// replaces the figures. Invoices already issued keep the figures they were computed from.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record SubmitSelfReport(int CoopId, int Year, decimal? Wages, decimal? Revenue, int? WorkerOwners, bool Attested) : ICommand<int>;

public sealed class SubmitSelfReportValidator : AbstractValidator<SubmitSelfReport>
{
    public SubmitSelfReportValidator(AllianceClock clock)
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2200).LessThanOrEqualTo(_ => clock.Today.Year + 1);
        RuleFor(x => x.Wages).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Revenue).GreaterThanOrEqualTo(0);
        RuleFor(x => x.WorkerOwners).InclusiveBetween(0, 100_000);
        RuleFor(x => x.Attested).Equal(true).WithMessage("Confirm that the figures are true to the best of your knowledge.");
    }
}

public sealed class SubmitSelfReportHandler(IAppDbContext db, CoopAccess access, ICurrentUser user, AllianceClock clock) : IRequestHandler<SubmitSelfReport, int>
{
    public async Task<int> Handle(SubmitSelfReport request, CancellationToken cancellationToken)
    {
        var coop = await access.GetAsync(db.Cooperatives, request.CoopId, cancellationToken);
        var report = await db.DuesSelfReports.FirstOrDefaultAsync(r => r.CooperativeId == coop.Id && r.Year == request.Year, cancellationToken);
        if (report is null)
        {
            report = new DuesSelfReport(coop.Id, request.Year);
            db.DuesSelfReports.Add(report);
        }

        report.Submit(request.Wages, request.Revenue, request.WorkerOwners, request.Attested, user.AsActor(), clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return report.Id;
    }
}

public sealed record SelfReportDto(int Id, int CoopId, int Year, decimal? Wages, decimal? Revenue, int? WorkerOwners, string AttestedBy, DateTimeOffset AttestedAt);

/// <summary>A co-op's self-reports, the latest year first (staff, or that co-op's rep).</summary>
[AnySignedInUser]
public sealed record ListSelfReports(int CoopId) : IRequest<IReadOnlyList<SelfReportDto>>;

public sealed class ListSelfReportsHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<ListSelfReports, IReadOnlyList<SelfReportDto>>
{
    public async Task<IReadOnlyList<SelfReportDto>> Handle(ListSelfReports request, CancellationToken cancellationToken)
    {
        access.EnsureCanSee(request.CoopId);
        return await db.DuesSelfReports.AsNoTracking().Where(r => r.CooperativeId == request.CoopId).OrderByDescending(r => r.Year)
            .Select(r => new SelfReportDto(r.Id, r.CooperativeId, r.Year, r.Wages, r.Revenue, r.WorkerOwners, r.AttestedByName, r.AttestedAt))
            .ToListAsync(cancellationToken);
    }
}
