using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Registrations;

/// <summary>A member co-op as the registration form offers it: its id and public name only.</summary>
public sealed record CoopChoice(int Id, string Name);

/// <summary>
/// The member co-ops in good standing, A–Z, for the registration form's "I'm a worker-owner at a member co-op" picker
/// (public: only the names the public directory already shows).
/// </summary>
[PublicRequest]
public sealed record ListCoopChoices : IRequest<IReadOnlyList<CoopChoice>>;

public sealed class ListCoopChoicesHandler(IAppDbContext db) : IRequestHandler<ListCoopChoices, IReadOnlyList<CoopChoice>>
{
    public async Task<IReadOnlyList<CoopChoice>> Handle(ListCoopChoices request, CancellationToken cancellationToken) =>
        (await db.Cooperatives.AsNoTracking().Where(c => c.Status == MembershipStatus.Active)
            .Select(c => new CoopChoice(c.Id, c.TradeName ?? c.LegalName)).ToListAsync(cancellationToken))
        .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
}
