using AutoMapper;
using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Dues;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Dues;

/// <summary>A run's log: when, by whom, how far (<see cref="PercentDone"/>), what it billed and what went wrong.</summary>
public sealed record InvoiceRunDto(int Id, string PeriodKey, int PolicyId, InvoiceRunStatus Status, string StartedBy, DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt, DateTimeOffset HeartbeatAt, int Attempts, int Eligible, int Processed, int Created, int Skipped, int Errors,
    decimal AmountBilled, float PercentDone, string? Log);

public sealed class InvoiceRunProfile : Profile
{
    public InvoiceRunProfile() => CreateMap<InvoiceRun, InvoiceRunDto>();
}

[Authorize(Roles.Staff)]
public sealed record GetInvoiceRun(int Id) : IRequest<InvoiceRunDto>;

public sealed class GetInvoiceRunHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<GetInvoiceRun, InvoiceRunDto>
{
    public async Task<InvoiceRunDto> Handle(GetInvoiceRun request, CancellationToken cancellationToken) =>
        mapper.Map<InvoiceRunDto>(await db.InvoiceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                                  ?? throw new NotFoundException("Invoice run", request.Id));
}

/// <summary>Every run, the latest period first.</summary>
[Authorize(Roles.Staff)]
public sealed record ListInvoiceRuns : IRequest<IReadOnlyList<InvoiceRunDto>>;

public sealed class ListInvoiceRunsHandler(IAppDbContext db, IMapper mapper) : IRequestHandler<ListInvoiceRuns, IReadOnlyList<InvoiceRunDto>>
{
    public async Task<IReadOnlyList<InvoiceRunDto>> Handle(ListInvoiceRuns request, CancellationToken cancellationToken)
    {
        var runs = await db.InvoiceRuns.AsNoTracking().Where(r => r.Kind == InvoiceKind.Dues).ToListAsync(cancellationToken);
        return runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Select(mapper.Map<InvoiceRunDto>).ToList();
    }
}
