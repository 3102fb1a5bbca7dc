using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Financing;

/// <summary>The fund's contributions, newest first (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ListFundContributions : IRequest<IReadOnlyList<ContributionDto>>;

public sealed class ListFundContributionsHandler(IAppDbContext db) : IRequestHandler<ListFundContributions, IReadOnlyList<ContributionDto>>
{
    public async Task<IReadOnlyList<ContributionDto>> Handle(ListFundContributions request, CancellationToken cancellationToken) =>
        await db.FundContributions.AsNoTracking().OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .Select(c => new ContributionDto(c.Id, c.Kind, c.Source, c.Amount, c.ReceivedOn, c.NoteTerms, c.RecordedBy))
            .ToListAsync(cancellationToken);
}
